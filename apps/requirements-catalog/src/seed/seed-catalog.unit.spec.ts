import type { RecordedEvent } from '@compliance/event-store';
import type { PublishRegulationVersion } from '../domain/regulation.command';
import { alreadySeeded, SEED_ACTOR } from './seed-catalog';

const spec = (required: boolean) => ({
  endUser: {
    type: 'BUSINESS',
    fields: [{ name: 'businessName', friendlyName: 'Name', type: 'STRING', required }],
  },
  address: { required: false, location: 'WORLDWIDE' },
  supportingDocuments: [],
});

const command = (required: boolean): PublishRegulationVersion => ({
  type: 'PublishRegulationVersion',
  data: {
    regulationId: 'reg_1',
    country: 'DEU',
    numberType: 'LOCAL',
    endUserType: 'BUSINESS',
    friendlyName: 'x',
    requirement: spec(required),
    gracePeriodDays: 30,
  },
  metadata: { now: new Date(0), actor: SEED_ACTOR, correlationId: 'c' },
});

let revision = 0;
const version = (actor: string, required: boolean): RecordedEvent => ({
  eventId: `e${revision}`,
  type: 'RegulationVersionPublished',
  data: { regulationId: 'reg_1', version: revision + 1, requirement: spec(required) },
  metadata: {
    actor,
    accountId: null,
    correlationId: 'c',
    causationId: null,
    occurredAt: '2025-01-01T00:00:00.000Z',
    schemaVersion: 1,
  },
  streamId: 'regulation-reg_1',
  revision: revision++,
  position: String(revision),
});

describe('alreadySeeded', () => {
  it('is false for a new regulation', () => {
    expect(alreadySeeded([], command(true), spec(true))).toBe(false);
  });

  it('is true when the data files last published this spec, whatever an ADMIN published since', () => {
    const events = [version(SEED_ACTOR, true), version('staff_admin', false)];
    expect(alreadySeeded(events, command(true), spec(true))).toBe(true);
  });

  it('is false when the data file changed since it was last published', () => {
    const events = [version(SEED_ACTOR, true), version('staff_admin', false)];
    expect(alreadySeeded(events, command(false), spec(false))).toBe(false);
  });

  it('ignores key order', () => {
    const { supportingDocuments, address, endUser } = spec(true);
    const reordered = { supportingDocuments, address, endUser };
    expect(alreadySeeded([version(SEED_ACTOR, true)], command(true), reordered)).toBe(true);
  });
});
