import type { ApiKeyIssuedV1, ApiKeyRevokedV1 } from '@compliance/contracts';
import type { Projection } from '@compliance/event-sourcing';

/** A row of `gateway.api_keys`: what the auth guard needs to turn a key hash into a principal. */
export interface ApiKeyRow {
  keyHash: string;
  apiKeyId: string;
  principalId: string;
  accountId: string | null;
  role: ApiKeyIssuedV1['role'];
  createdAt: string;
  revokedAt: string | null;
}

export type ApiKeyEvent =
  | { type: 'ApiKeyIssued'; data: ApiKeyIssuedV1 }
  | { type: 'ApiKeyRevoked'; data: ApiKeyRevokedV1 };

/** Keyed by apiKeyId. A revocation that arrives before its issue (it cannot, per-aggregate order) is dropped. */
export const apiKeyProjection: Projection<ApiKeyRow, ApiKeyEvent> = {
  handles: ['ApiKeyIssued', 'ApiKeyRevoked'],
  evolve(row, event) {
    switch (event.type) {
      case 'ApiKeyIssued': {
        if (row) return row;
        const { keyHash, apiKeyId, principalId, accountId, role, issuedAt } = event.data;
        return { keyHash, apiKeyId, principalId, accountId, role, createdAt: issuedAt, revokedAt: null };
      }
      case 'ApiKeyRevoked':
        return row && row.revokedAt === null ? { ...row, revokedAt: event.data.revokedAt } : row;
      default: {
        const _exhaustive: never = event;
        return row;
      }
    }
  },
};
