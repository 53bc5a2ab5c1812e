import type { CommandMetadata } from '@compliance/event-sourcing';
import { DeciderSpec } from '@compliance/event-sourcing/testing';
import { addressDecider } from '../src/domain/address.decider';
import type { AddressEvent } from '../src/domain/address.events';

const now = new Date('2026-11-22T10:00:00.000Z');
const metadata: CommandMetadata = {
  now,
  actor: 'acc_A',
  accountId: 'acc_A',
  correlationId: 'c',
  causationId: null,
};
const created: AddressEvent = {
  type: 'AddressCreated',
  data: {
    addressId: 'adr_1',
    accountId: 'acc_A',
    subjectId: 'eu_1',
    endUserId: 'eu_1',
    sealed: 'v1.a',
    copiedFrom: null,
    occurredAt: '2026-11-01T00:00:00.000Z',
  },
};
const spec = () => DeciderSpec.for(addressDecider);

describe('address decider', () => {
  it('creates once, sealed with its data subject’s key', () => {
    const command = {
      type: 'CreateAddress' as const,
      data: {
        addressId: 'adr_1',
        accountId: 'acc_A',
        subjectId: 'eu_1',
        endUserId: 'eu_1',
        sealed: 'v1.a',
        copiedFrom: null,
      },
      metadata,
    };
    spec()
      .when(command)
      .then([{ ...created, data: { ...created.data, occurredAt: now.toISOString() } }]);
    spec().given([created]).when(command).thenNothing();
  });

  it('updates and deletes only when unlocked, current and of the account', () => {
    const update = (accountId: string, basedOnVersion: number, lockedBy: string[]) => ({
      type: 'UpdateAddress' as const,
      data: { addressId: 'adr_1', accountId, sealed: 'v1.b', basedOnVersion, lockedBy },
      metadata,
    });
    spec()
      .given([created])
      .when(update('acc_A', 1, []))
      .then([
        {
          type: 'AddressUpdated',
          data: { addressId: 'adr_1', accountId: 'acc_A', sealed: 'v1.b', occurredAt: now.toISOString() },
        },
      ]);
    spec()
      .given([created])
      .when(update('acc_A', 1, ['bun_1']))
      .thenThrows('ASSET_LOCKED');
    spec()
      .given([created])
      .when(update('acc_A', 0, []))
      .thenThrows('CONCURRENT_MODIFICATION');
    spec()
      .given([created])
      .when(update('acc_B', 1, []))
      .thenThrows('NOT_FOUND');
    const deleted: AddressEvent = {
      type: 'AddressDeleted',
      data: { addressId: 'adr_1', accountId: 'acc_A', occurredAt: now.toISOString() },
    };
    spec()
      .given([created])
      .when({
        type: 'DeleteAddress',
        data: { addressId: 'adr_1', accountId: 'acc_A', lockedBy: [] },
        metadata,
      })
      .then([deleted]);
    spec()
      .given([created, deleted])
      .when({
        type: 'DeleteAddress',
        data: { addressId: 'adr_1', accountId: 'acc_A', lockedBy: [] },
        metadata,
      })
      .thenThrows('NOT_FOUND');
  });
});
