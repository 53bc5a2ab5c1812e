import type { ApiKeyIssuedV1, ApiKeyRevokedV1 } from '@compliance/contracts';

/** Shared by the account and the staff streams: both hold the keys of their principal. */
export type ApiKeyIssued = { readonly type: 'ApiKeyIssued'; readonly data: ApiKeyIssuedV1 };
export type ApiKeyRevoked = { readonly type: 'ApiKeyRevoked'; readonly data: ApiKeyRevokedV1 };

/** What a command needs to issue a key: the key itself is made outside the domain and only its hash enters. */
export interface NewApiKey {
  readonly apiKeyId: string;
  readonly keyHash: string;
}
