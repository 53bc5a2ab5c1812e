import type { StaffRole } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { NewApiKey } from '../api-key/api-key.events';

export type CreateStaff = {
  readonly type: 'CreateStaff';
  readonly data: {
    readonly staffId: string;
    readonly name: string;
    readonly role: StaffRole;
    readonly commandId: string;
    readonly apiKey: NewApiKey;
  };
  readonly metadata: CommandMetadata;
};

export type StaffCommand = CreateStaff;
