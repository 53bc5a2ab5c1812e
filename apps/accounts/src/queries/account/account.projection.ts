import type { AccountView, ApiKeyIssuedV1, ApiKeyRevokedV1, AccountCreatedV1 } from '@compliance/contracts';
import type { Projection } from '@compliance/event-sourcing';

export type AccountRow = AccountView;

export type AccountProjectionEvent =
  | { type: 'AccountCreated'; data: AccountCreatedV1 }
  | { type: 'ApiKeyIssued'; data: ApiKeyIssuedV1 }
  | { type: 'ApiKeyRevoked'; data: ApiKeyRevokedV1 };

/** The account of an event, or null for staff keys, which this read model does not hold. */
export function accountIdOf(event: AccountProjectionEvent): string | null {
  return event.data.accountId;
}

export const accountProjection: Projection<AccountRow, AccountProjectionEvent> = {
  handles: ['AccountCreated', 'ApiKeyIssued', 'ApiKeyRevoked'],
  evolve(row, event) {
    switch (event.type) {
      case 'AccountCreated':
        return {
          accountId: event.data.accountId,
          name: event.data.name,
          createdAt: event.data.createdAt,
          apiKeys: row?.apiKeys ?? [],
        };
      case 'ApiKeyIssued': {
        if (!row || row.apiKeys.some((key) => key.apiKeyId === event.data.apiKeyId)) return row;
        const { apiKeyId, role, issuedAt } = event.data;
        return {
          ...row,
          apiKeys: [...row.apiKeys, { apiKeyId, role, createdAt: issuedAt, revokedAt: null }],
        };
      }
      case 'ApiKeyRevoked': {
        if (!row) return row;
        const { apiKeyId, revokedAt } = event.data;
        return {
          ...row,
          apiKeys: row.apiKeys.map((key) =>
            key.apiKeyId === apiKeyId && key.revokedAt === null ? { ...key, revokedAt } : key,
          ),
        };
      }
      default: {
        const _exhaustive: never = event;
        return row;
      }
    }
  },
};
