import { DomainError, NotFoundError, type Decider } from '@compliance/event-sourcing';
import { assertValidName } from './account-name';
import type { AccountCommand, CreateAccount, IssueApiKey, RevokeApiKey } from './account.command';
import type { AccountEvent } from './account.events';

export interface AccountKey {
  readonly apiKeyId: string;
  readonly commandId: string;
  readonly keyHash: string;
  readonly issuedAt: string;
  readonly revokedAt: string | null;
}

export type AccountState =
  | { readonly status: 'NONE' }
  | {
      readonly status: 'ACTIVE';
      readonly accountId: string;
      readonly name: string;
      readonly createdAt: string;
      readonly createCommandId: string;
      readonly webhookSigningSecret: string;
      readonly keys: readonly AccountKey[];
    };

export const initialAccountState: AccountState = { status: 'NONE' };

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountCreated':
      return {
        status: 'ACTIVE',
        accountId: event.data.accountId,
        name: event.data.name,
        createdAt: event.data.createdAt,
        createCommandId: event.data.commandId,
        webhookSigningSecret: event.data.webhookSigningSecret,
        keys: [],
      };
    case 'ApiKeyIssued': {
      if (state.status === 'NONE') return state;
      const { apiKeyId, commandId, keyHash, issuedAt } = event.data;
      return { ...state, keys: [...state.keys, { apiKeyId, commandId, keyHash, issuedAt, revokedAt: null }] };
    }
    case 'ApiKeyRevoked': {
      if (state.status === 'NONE') return state;
      const { apiKeyId, revokedAt } = event.data;
      return {
        ...state,
        keys: state.keys.map((key) => (key.apiKeyId === apiKeyId ? { ...key, revokedAt } : key)),
      };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export function decideAccount(command: AccountCommand, state: AccountState): AccountEvent[] {
  switch (command.type) {
    case 'CreateAccount':
      return createAccount(command, state);
    case 'IssueApiKey':
      return issueApiKey(command, state);
    case 'RevokeApiKey':
      return revokeApiKey(command, state);
    default: {
      const _exhaustive: never = command;
      return [];
    }
  }
}

function createAccount({ data, metadata }: CreateAccount, state: AccountState): AccountEvent[] {
  if (state.status === 'ACTIVE') {
    if (state.createCommandId === data.commandId) return [];
    throw new DomainError('CONCURRENT_MODIFICATION', `account ${data.accountId} already exists`);
  }
  assertValidName(data.name);
  const createdAt = metadata.now.toISOString();
  return [
    {
      type: 'AccountCreated',
      data: {
        accountId: data.accountId,
        name: data.name,
        webhookSigningSecret: data.webhookSigningSecret,
        commandId: data.commandId,
        createdAt,
      },
    },
    {
      type: 'ApiKeyIssued',
      data: {
        apiKeyId: data.apiKey.apiKeyId,
        keyHash: data.apiKey.keyHash,
        role: 'CUSTOMER',
        principalId: data.accountId,
        accountId: data.accountId,
        commandId: data.commandId,
        issuedAt: createdAt,
      },
    },
  ];
}

function issueApiKey({ data, metadata }: IssueApiKey, state: AccountState): AccountEvent[] {
  if (state.status === 'NONE') throw new NotFoundError('account', data.accountId);
  if (state.keys.some((key) => key.commandId === data.commandId)) return [];
  return [
    {
      type: 'ApiKeyIssued',
      data: {
        apiKeyId: data.apiKey.apiKeyId,
        keyHash: data.apiKey.keyHash,
        role: 'CUSTOMER',
        principalId: state.accountId,
        accountId: state.accountId,
        commandId: data.commandId,
        issuedAt: metadata.now.toISOString(),
      },
    },
  ];
}

function revokeApiKey({ data, metadata }: RevokeApiKey, state: AccountState): AccountEvent[] {
  if (state.status === 'NONE') throw new NotFoundError('account', data.accountId);
  const key = state.keys.find((candidate) => candidate.apiKeyId === data.apiKeyId);
  if (!key) throw new NotFoundError('apiKey', data.apiKeyId);
  if (key.revokedAt !== null) return [];
  return [
    {
      type: 'ApiKeyRevoked',
      data: { apiKeyId: key.apiKeyId, accountId: state.accountId, revokedAt: metadata.now.toISOString() },
    },
  ];
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: initialAccountState,
  evolve: evolveAccount,
  decide: decideAccount,
};

export const ACCOUNT_STREAM_CATEGORY = 'account';
