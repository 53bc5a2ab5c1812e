import type { Role, StaffRole } from '../roles';

/**
 * Request and reply bodies of the accounts patterns. Commands that create something carry a `commandId` (a ULID the
 * gateway picks once per request): a redelivered or retried command with the same id returns the first result.
 * Commands that issue an API key carry only its `keyHash`: the gateway mints the key and keeps the plaintext.
 */
export interface CreateAccountRequest {
  commandId: string;
  name: string;
  keyHash: string;
}

export interface CreateAccountReply {
  accountId: string;
  name: string;
  apiKeyId: string;
  webhookSigningSecret: string;
  createdAt: string;
}

export interface IssueApiKeyRequest {
  commandId: string;
  accountId: string;
  keyHash: string;
}

export interface IssueApiKeyReply {
  apiKeyId: string;
}

export interface RevokeApiKeyRequest {
  accountId: string;
  apiKeyId: string;
}

export interface RevokeApiKeyReply {
  apiKeyId: string;
  revokedAt: string;
}

export interface CreateStaffRequest {
  commandId: string;
  name: string;
  role: StaffRole;
  keyHash: string;
}

export interface CreateStaffReply {
  staffId: string;
  name: string;
  role: StaffRole;
  apiKeyId: string;
  createdAt: string;
}

export interface GetAccountRequest {
  accountId: string;
}

export interface ApiKeySummary {
  apiKeyId: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

export interface AccountView {
  accountId: string;
  name: string;
  createdAt: string;
  apiKeys: ApiKeySummary[];
}
