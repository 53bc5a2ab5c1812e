import { DeciderSpec } from '@compliance/event-sourcing/testing';
import type { CommandMetadata } from '@compliance/event-sourcing';
import { endUserDecider } from '../src/domain/end-user.decider';
import type { EndUserEvent } from '../src/domain/end-user.events';

const now = new Date('2026-11-22T10:00:00.000Z');
const metadata: CommandMetadata = {
  now,
  actor: 'acc_A',
  accountId: 'acc_A',
  correlationId: 'c',
  causationId: null,
};
const at = now.toISOString();
const created: EndUserEvent = {
  type: 'EndUserCreated',
  data: {
    endUserId: 'eu_1',
    accountId: 'acc_A',
    endUserType: 'INDIVIDUAL',
    sealed: 'v1.a',
    copiedFrom: null,
    occurredAt: '2026-11-01T00:00:00.000Z',
  },
};
const spec = () => DeciderSpec.for(endUserDecider);

describe('end-user decider', () => {
  it('creates once; the same create again records nothing', () => {
    const command = {
      type: 'CreateEndUser' as const,
      data: {
        endUserId: 'eu_1',
        accountId: 'acc_A',
        endUserType: 'INDIVIDUAL' as const,
        sealed: 'v1.a',
        copiedFrom: null,
      },
      metadata,
    };
    spec()
      .when(command)
      .then([{ ...created, data: { ...created.data, occurredAt: at } }]);
    spec().given([created]).when(command).thenNothing();
  });

  it('updates sealed content based on the current version only', () => {
    const update = (basedOnVersion: number, lockedBy: string[] = []) => ({
      type: 'UpdateEndUser' as const,
      data: { endUserId: 'eu_1', accountId: 'acc_A', sealed: 'v1.b', basedOnVersion, lockedBy },
      metadata,
    });
    spec()
      .given([created])
      .when(update(1))
      .then([
        {
          type: 'EndUserUpdated',
          data: { endUserId: 'eu_1', accountId: 'acc_A', sealed: 'v1.b', occurredAt: at },
        },
      ]);
    spec().given([created]).when(update(0)).thenThrows('CONCURRENT_MODIFICATION');
    spec()
      .given([created])
      .when(update(1, ['bun_1']))
      .thenThrows('ASSET_LOCKED');
  });

  it('hides an end user of another account, a deleted one and an unknown one behind NOT_FOUND', () => {
    const update = (accountId: string) => ({
      type: 'UpdateEndUser' as const,
      data: { endUserId: 'eu_1', accountId, sealed: 'v1.b', basedOnVersion: 1, lockedBy: [] },
      metadata,
    });
    spec().given([created]).when(update('acc_B')).thenThrows('NOT_FOUND');
    spec().when(update('acc_A')).thenThrows('NOT_FOUND');
    const deleted: EndUserEvent = {
      type: 'EndUserDeleted',
      data: { endUserId: 'eu_1', accountId: 'acc_A', occurredAt: at },
    };
    spec().given([created, deleted]).when(update('acc_A')).thenThrows('NOT_FOUND');
    spec()
      .given([created])
      .when({
        type: 'DeleteEndUser',
        data: { endUserId: 'eu_1', accountId: 'acc_B', lockedBy: [] },
        metadata,
      })
      .thenThrows('NOT_FOUND');
  });

  it('refuses to delete a locked end user', () => {
    spec()
      .given([created])
      .when({
        type: 'DeleteEndUser',
        data: { endUserId: 'eu_1', accountId: 'acc_A', lockedBy: ['bun_9'] },
        metadata,
      })
      .thenThrows('ASSET_LOCKED');
  });

  it('erases unless a retention hold applies; erasing twice records nothing; erased data cannot change', () => {
    const erase = (retentionHolds: string[]) => ({
      type: 'EraseEndUser' as const,
      data: { endUserId: 'eu_1', retentionHolds },
      metadata: { ...metadata, accountId: null },
    });
    const erased: EndUserEvent = {
      type: 'EndUserErased',
      data: { endUserId: 'eu_1', accountId: 'acc_A', erasedAt: at },
    };
    spec()
      .given([created])
      .when(erase(['bun_1']))
      .thenThrows('RETENTION_HOLD');
    spec().given([created]).when(erase([])).then([erased]);
    spec().given([created, erased]).when(erase([])).thenNothing();
    spec().when(erase([])).thenThrows('NOT_FOUND');
    spec()
      .given([created, erased])
      .when({
        type: 'UpdateEndUser',
        data: { endUserId: 'eu_1', accountId: 'acc_A', sealed: 'v1.c', basedOnVersion: 2, lockedBy: [] },
        metadata,
      })
      .thenThrows('INVALID_STATUS_TRANSITION');
  });
});
