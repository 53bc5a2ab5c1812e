import type { Role, StaffRole } from '../roles';

/**
 * Events the accounts service publishes on `accounts.events` (the store envelope as JSON, key = aggregate id).
 * `metadata.schemaVersion` is the version of `data`; a change that is not additive gets a new version.
 */
export const ACCOUNTS_EVENT_TYPES = [
  'AccountCreated',
  'ApiKeyIssued',
  'ApiKeyRevoked',
  'StaffCreated',
] as const;
export type AccountsEventType = (typeof ACCOUNTS_EVENT_TYPES)[number];

export interface AccountCreatedV1 {
  accountId: string;
  name: string;
  /**
   * Kept in the event until the notifications service has its own secret store: it is needed to sign webhooks.
   * Consumers must not copy it anywhere else.
   */
  webhookSigningSecret: string;
  commandId: string;
  createdAt: string;
}

export interface ApiKeyIssuedV1 {
  apiKeyId: string;
  /** SHA-256 hex of the key (`hashApiKey`); the key itself is never stored. */
  keyHash: string;
  role: Role;
  principalId: string;
  accountId: string | null;
  commandId: string;
  issuedAt: string;
}

export interface ApiKeyRevokedV1 {
  apiKeyId: string;
  accountId: string | null;
  revokedAt: string;
}

export interface StaffCreatedV1 {
  staffId: string;
  name: string;
  role: StaffRole;
  commandId: string;
  createdAt: string;
}

export const ACCOUNTS_EVENT_SCHEMA_VERSION = 1;

export type AccountsIntegrationEvent =
  | { type: 'AccountCreated'; data: AccountCreatedV1 }
  | { type: 'ApiKeyIssued'; data: ApiKeyIssuedV1 }
  | { type: 'ApiKeyRevoked'; data: ApiKeyRevokedV1 }
  | { type: 'StaffCreated'; data: StaffCreatedV1 };

export function isAccountsEventType(type: string): type is AccountsEventType {
  return (ACCOUNTS_EVENT_TYPES as readonly string[]).includes(type);
}
