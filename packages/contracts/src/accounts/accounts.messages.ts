import type { Role, StaffRole } from '../roles';

/**
 * Request and reply bodies of the accounts patterns. Commands that create something carry a `commandId` (a ULID the
 * gateway picks once per request): a redelivered or retried command with the same id returns the first result.
 * Replies that changed state name the event a reader must have seen (`eventId`) before it can rely on the change.
 */
export interface CreateAccountRequest {
  commandId: string;
  name: string;
}

export interface CreateAccountReply {
  accountId: string;
  name: string;
  apiKeyId: string;
  apiKey: string;
  webhookSigningSecret: string;
  createdAt: string;
  /** Id of the ApiKeyIssued event of the account's first key. */
  eventId: string;
}

export interface IssueApiKeyRequest {
  commandId: string;
  accountId: string;
}

export interface IssueApiKeyReply {
  apiKeyId: string;
  apiKey: string;
  eventId: string;
}

export interface RevokeApiKeyRequest {
  accountId: string;
  apiKeyId: string;
}

export interface RevokeApiKeyReply {
  apiKeyId: string;
  revokedAt: string;
  eventId: string;
}

export interface CreateStaffRequest {
  commandId: string;
  name: string;
  role: StaffRole;
}

export interface CreateStaffReply {
  staffId: string;
  name: string;
  role: StaffRole;
  apiKeyId: string;
  apiKey: string;
  createdAt: string;
  eventId: string;
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
