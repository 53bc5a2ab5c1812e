import type { StaffCreatedV1 } from '@compliance/contracts';
import type { ApiKeyIssued, ApiKeyRevoked } from '../api-key/api-key.events';

export type StaffCreated = { readonly type: 'StaffCreated'; readonly data: StaffCreatedV1 };

export type StaffEvent = StaffCreated | ApiKeyIssued | ApiKeyRevoked;
