import { randomUUID } from 'node:crypto';
import { ID_PREFIX, newId } from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import {
  createTestDatabase,
  eventually,
  testKafka,
  uniqueName,
  type TestDatabase,
} from '@compliance/testing';
import type { Producer } from 'kafkajs';
import { executeBundleCommand } from '../src/bundle/execute-bundle-command';
import { bundleStreamId } from '../src/bundle/bundle.stream';
import { findBundleRow } from '../src/queries/bundles/bundles.repository';
import { startBundleService, type BundleService } from '../src/start-bundle-service';

const REGULATION_ID = 'reg_01JGFJJZ000000000000000777';
const DAY = 24 * 60 * 60 * 1000;

/**
 * The service's time- and event-driven transitions on real PostgreSQL and Kafka: a RegulationVersionPublished on
 * catalog.events sets validUntil, the scheduler (with an injected clock) expires what is still unfixed, DRAFTs
 * untouched for a year are deleted, and number-assignment's counts hold bundles (RETENTION_HOLD).
 */
describe('bundle-lifecycle: regulation changes, scheduler, deletion rules', () => {
  let db: TestDatabase;
  let service: BundleService;
  let producer: Producer;
  let now = new Date('2026-01-10T00:00:00.000Z');
  const accountId = newId(ID_PREFIX.account);

  const meta = (actor = 'acc_user'): CommandMetadata => ({
    now,
    actor,
    accountId,
    correlationId: randomUUID(),
    causationId: null,
  });

  async function bundle(status: 'DRAFT' | 'APPROVED'): Promise<string> {
    const bundleId = newId(ID_PREFIX.bundle);
    await executeBundleCommand(service.deps, {
      type: 'CreateBundle',
      data: {
        bundleId,
        accountId,
        regulation: {
          regulationId: REGULATION_ID,
          version: 1,
          country: 'DEU',
          numberType: 'LOCAL',
          endUserType: 'BUSINESS',
        },
        details: { friendlyName: 'b', email: 'b@example.com', statusCallback: null, customReference: null },
        copiedFrom: null,
        items: [],
      },
      metadata: meta(),
    });
    if (status === 'APPROVED') {
      const evaluation = {
        evaluationId: newId(ID_PREFIX.evaluation),
        bundleId,
        regulationId: REGULATION_ID,
        regulationVersion: 1,
        status: 'COMPLIANT' as const,
        results: [],
        createdAt: now.toISOString(),
      };
      await executeBundleCommand(service.deps, {
        type: 'SubmitBundle',
        data: { bundleId, accountId, allDetailsAccurate: true, evaluation },
        metadata: meta(),
      });
      await executeBundleCommand(service.deps, {
        type: 'DecideBundle',
        data: { bundleId, accountId: null, decision: 'APPROVE', remarks: null, itemFailures: [] },
        metadata: meta('stf_rita'),
      });
    }
    return bundleId;
  }

  async function publish(topic: string, type: string, key: string, data: object): Promise<void> {
    const envelope = {
      eventId: randomUUID(),
      type,
      data,
      metadata: {
        accountId: null,
        actor: 'test',
        correlationId: randomUUID(),
        causationId: null,
        occurredAt: now.toISOString(),
        schemaVersion: 1,
      },
      streamId: `test-${key}`,
      revision: 0,
      position: '0',
    };
    await producer.send({ topic, messages: [{ key, value: JSON.stringify(envelope) }] });
  }

  beforeAll(async () => {
    db = await createTestDatabase('bundles_int');
    service = await startBundleService({
      databaseUrl: db.url,
      namespace: `${uniqueName('bundles-int')}.`,
      clock: () => now,
      schedulerIntervalMs: 0,
    });
    producer = testKafka('bundles-int').producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
    await db?.drop();
  });

  it('a new regulation version sets validUntil on APPROVED bundles of older versions only; the scheduler rejects the unfixed ones when it passes', async () => {
    const approved = await bundle('APPROVED');
    const draft = await bundle('DRAFT');
    const namespace = service.topics.namespace;
    const publishedAt = '2026-01-10T00:00:00.000Z';
    const regulation = {
      regulationId: REGULATION_ID,
      version: 2,
      country: 'DEU',
      numberType: 'LOCAL',
      endUserType: 'BUSINESS',
      friendlyName: 'x',
      requirement: {},
      gracePeriodDays: 30,
      publishedAt,
    };
    await publish(`${namespace}catalog.events`, 'RegulationVersionPublished', REGULATION_ID, regulation);
    const row = await eventually(async () => {
      const found = await findBundleRow(db.pool, approved);
      return found?.validUntil ? found : undefined;
    });
    expect(row.validUntil).toBe(new Date(Date.parse(publishedAt) + 30 * DAY).toISOString());
    expect((await findBundleRow(db.pool, draft))?.validUntil).toBeNull();
    // The same event again (a redelivery) changes nothing.
    await publish(`${namespace}catalog.events`, 'RegulationVersionPublished', REGULATION_ID, regulation);

    now = new Date(Date.parse(publishedAt) + 30 * DAY - 1000);
    expect(await service.scheduler.runOnce()).toEqual({ expired: 0, purged: 0 });
    now = new Date(Date.parse(publishedAt) + 30 * DAY);
    expect((await service.scheduler.runOnce()).expired).toBe(1);
    const expired = await findBundleRow(db.pool, approved);
    expect(expired).toMatchObject({ status: 'REJECTED', failureReason: 'REGULATION_UPDATED' });
    const history = await service.store.readStream(bundleStreamId(approved));
    expect(history.filter((e) => e.type === 'BundleValidUntilSet')).toHaveLength(1);
    expect(history.at(-1)).toMatchObject({ type: 'BundleStatusChanged', metadata: { actor: 'system' } });
    expect((await service.scheduler.runOnce()).expired).toBe(0);
  });

  it('deletes DRAFTs untouched for a year, not younger ones', async () => {
    now = new Date('2026-03-01T00:00:00.000Z');
    const old = await bundle('DRAFT');
    now = new Date('2026-06-01T00:00:00.000Z');
    const young = await bundle('DRAFT');
    now = new Date('2027-03-01T00:00:00.000Z');
    const report = await service.scheduler.runOnce();
    expect(report.purged).toBeGreaterThanOrEqual(1);
    expect((await findBundleRow(db.pool, old))?.deleted).toBe(true);
    expect((await findBundleRow(db.pool, young))?.deleted).toBe(false);
    const [last] = await service.store.readStream(bundleStreamId(old), { direction: 'BACKWARDS', limit: 1 });
    expect(last).toMatchObject({ type: 'BundleDeleted', data: { reason: 'STALE_DRAFT' } });
  });

  it('never deletes a bundle with phone numbers; holds an approved one 2 years after its last number left', async () => {
    now = new Date('2027-04-01T00:00:00.000Z');
    const bundleId = await bundle('APPROVED');
    const numbersTopic = `${service.topics.namespace}numbers.events`;
    await publish(numbersTopic, 'BundlePhoneNumberCountChanged', bundleId, {
      bundleId,
      accountId,
      count: 2,
      lastNumberLeftAt: null,
      occurredAt: now.toISOString(),
    });
    await eventually(async () => {
      const events = await service.store.readStream(bundleStreamId(bundleId));
      return events.some((e) => e.type === 'BundlePhoneNumberCountRecorded') ? true : undefined;
    });
    // Make it REJECTED (an expired regulation) so only the numbers stand in the way.
    await executeBundleCommand(service.deps, {
      type: 'SetValidUntil',
      data: {
        bundleId,
        accountId: null,
        regulationId: REGULATION_ID,
        newRegulationVersion: 9,
        validUntil: now.toISOString(),
      },
      metadata: meta('system'),
    });
    await executeBundleCommand(service.deps, {
      type: 'ExpireBundle',
      data: { bundleId, accountId: null },
      metadata: meta('system'),
    });
    const withNumbers = executeBundleCommand(service.deps, {
      type: 'DeleteBundle',
      data: { bundleId, accountId },
      metadata: meta(),
    });
    await expect(withNumbers).rejects.toMatchObject({ code: 'RETENTION_HOLD' });

    const leftAt = '2027-04-02T00:00:00.000Z';
    await publish(numbersTopic, 'BundlePhoneNumberCountChanged', bundleId, {
      bundleId,
      accountId,
      count: 0,
      lastNumberLeftAt: leftAt,
      occurredAt: leftAt,
    });
    await eventually(async () => {
      const events = await service.store.readStream(bundleStreamId(bundleId));
      return events.filter((e) => e.type === 'BundlePhoneNumberCountRecorded').length === 2
        ? true
        : undefined;
    });
    now = new Date('2029-04-01T00:00:00.000Z');
    await expect(
      executeBundleCommand(service.deps, {
        type: 'DeleteBundle',
        data: { bundleId, accountId },
        metadata: meta(),
      }),
    ).rejects.toMatchObject({ code: 'RETENTION_HOLD' });
    now = new Date('2029-04-02T00:00:00.000Z');
    const deleted = await executeBundleCommand(service.deps, {
      type: 'DeleteBundle',
      data: { bundleId, accountId },
      metadata: meta(),
    });
    expect(deleted.events.map((e) => e.type)).toEqual(['BundleDeleted']);
  });
});
