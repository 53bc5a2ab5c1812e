import type { AccountCreatedV1 } from '@compliance/contracts';
import type { ApiKeyIssued, ApiKeyRevoked } from '../api-key/api-key.events';

export type AccountCreated = { readonly type: 'AccountCreated'; readonly data: AccountCreatedV1 };

export type AccountEvent = AccountCreated | ApiKeyIssued | ApiKeyRevoked;
