import { randomUUID } from 'node:crypto';
import type { BundleStatus, GetBundleInternalReply } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import { InMemoryEventStore } from '@compliance/event-sourcing/testing';
import type { RecordedEvent } from '@compliance/event-store';
import { createLibphonenumberPlan } from '../src/adapters/libphonenumber-plan';
import type { BundleDirectory } from '../src/bundles/bundles.port';
import { bulkPhoneNumbers } from '../src/commands/bulk-phone-numbers/bulk-phone-numbers.handler';
import type { NumbersDeps } from '../src/numbers-deps';
import { reactToBundleEvent } from '../src/reactions/bundle-status/bundle-events.reactor';
import { BUNDLE_NUMBERS_STREAM_CATEGORY } from '../src/streams/number-streams';

const metadata: CommandMetadata = {
  now: new Date('2026-11-22T09:00:00.000Z'),
  actor: 'key_1',
  accountId: 'acc_A',
  correlationId: 'c1',
  causationId: null,
};

/** bundle-lifecycle as the bulk handler sees it: a bundle whose status and revision the test moves. */
class Bundles implements BundleDirectory {
  status: BundleStatus = 'IN_REVIEW';
  revision = 2;
  withRevision = true;

  getBundle(accountId: string, bundleId: string): Promise<GetBundleInternalReply> {
    return Promise.resolve({
      bundleId,
      accountId,
      status: this.status,
      regulationId: 'reg_1',
      regulationVersion: 1,
      country: 'ITA',
      numberType: 'LOCAL',
      endUserType: 'BUSINESS',
      items: [],
      validUntil: null,
      failureReason: null,
      copiedFrom: null,
      ...(this.withRevision && { revision: this.revision }),
    });
  }
}

function statusChanged(status: BundleStatus, previousStatus: BundleStatus, revision: number): RecordedEvent {
  return {
    eventId: randomUUID(),
    type: 'BundleStatusChanged',
    data: { bundleId: 'bun_1', accountId: 'acc_A', status, previousStatus },
    metadata: {
      accountId: 'acc_A',
      actor: 'stf_1',
      correlationId: 'c2',
      causationId: null,
      occurredAt: metadata.now.toISOString(),
      schemaVersion: 1,
    },
    streamId: 'bundle-bun_1',
    revision,
    position: String(revision),
  };
}

const numberStatus = async (store: InMemoryEventStore, phoneNumber: string) =>
  ((await store.readStream(`phonenumber-${phoneNumber}`)).at(-1)?.data as { status: string } | undefined)
    ?.status;

describe('bulk ADD racing a review decision (in-memory store)', () => {
  let store: InMemoryEventStore;
  let bundles: Bundles;
  let deps: NumbersDeps;
  const add = (phoneNumbers: string[]) =>
    bulkPhoneNumbers(
      deps,
      { accountId: 'acc_A', bundleId: 'bun_1', action: 'ADD', phoneNumbers, allDetailsAccurate: true },
      metadata,
    );

  beforeEach(() => {
    store = new InMemoryEventStore();
    bundles = new Bundles();
    deps = { store, pool: null as never, plan: createLibphonenumberPlan(), bundles, concurrency: 4 };
  });

  it.each([true, false])(
    'attaches numbers whose approval was acted on before the ADD recorded them (revision given: %s)',
    async (withRevision) => {
      bundles.withRevision = withRevision;
      const n = '+390144230001';
      // Waiting members the reactor already knew are activated by the reactor itself.
      let approvedMeanwhile = false;
      store.beforeAppend = async (streamId) => {
        if (approvedMeanwhile || !streamId.startsWith(`${BUNDLE_NUMBERS_STREAM_CATEGORY}-`)) return;
        approvedMeanwhile = true;
        // The bundle is approved and the reactor acts on it after the numbers were written, before the ADD records
        // them in the bundle's stream: its member list does not have them.
        bundles.status = 'APPROVED';
        bundles.revision = 3;
        await reactToBundleEvent(deps, statusChanged('APPROVED', 'IN_REVIEW', 3));
      };
      const reply = await add([n]);
      expect(approvedMeanwhile).toBe(true);
      expect(reply.results).toEqual([{ phoneNumber: n, status: 'ATTACHED' }]);
      expect(await numberStatus(store, n)).toBe('ATTACHED');
    },
  );

  it('the reactor activates numbers recorded before the approval, once, even when the event comes twice', async () => {
    const n = '+390144230002';
    expect((await add([n])).results[0]?.status).toBe('PENDING_ACTIVATION');
    const approved = statusChanged('APPROVED', 'IN_REVIEW', 3);
    await reactToBundleEvent(deps, approved);
    await reactToBundleEvent(deps, approved);
    const history = await store.readStream(`phonenumber-${n}`);
    expect(history.map((e) => (e.data as { status: string }).status)).toEqual([
      'PENDING_ACTIVATION',
      'ATTACHED',
    ]);
  });

  it('an older bundle event that arrives after a newer one does not move the numbers back', async () => {
    bundles.status = 'APPROVED';
    const n = '+390144230003';
    await add([n]);
    await reactToBundleEvent(deps, statusChanged('REJECTED', 'APPROVED', 5));
    await reactToBundleEvent(deps, statusChanged('APPROVED', 'IN_REVIEW', 4));
    expect(await numberStatus(store, n)).toBe('SUSPENDED');
  });
});
