import type { CommandMetadata } from '@compliance/event-sourcing';
import type { NewApiKey } from '../api-key/api-key.events';

export type CreateAccount = {
  readonly type: 'CreateAccount';
  readonly data: {
    readonly accountId: string;
    readonly name: string;
    readonly commandId: string;
    readonly webhookSigningSecret: string;
    readonly apiKey: NewApiKey;
  };
  readonly metadata: CommandMetadata;
};

export type IssueApiKey = {
  readonly type: 'IssueApiKey';
  readonly data: { readonly accountId: string; readonly commandId: string; readonly apiKey: NewApiKey };
  readonly metadata: CommandMetadata;
};

export type RevokeApiKey = {
  readonly type: 'RevokeApiKey';
  readonly data: { readonly accountId: string; readonly apiKeyId: string };
  readonly metadata: CommandMetadata;
};

export type AccountCommand = CreateAccount | IssueApiKey | RevokeApiKey;
