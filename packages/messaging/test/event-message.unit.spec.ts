import type { RecordedEvent } from '@compliance/event-store';
import {
  aggregateIdOf,
  InvalidEventMessageError,
  isTransient,
  parseEventMessage,
  toKafkaMessage,
} from '../src';

const event: RecordedEvent = {
  eventId: '6f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f',
  type: 'BundleSubmitted',
  data: { bundleId: 'bun_01', status: 'PENDING_REVIEW' },
  metadata: {
    accountId: 'acc_1',
    actor: 'key_1',
    correlationId: 'corr_1',
    causationId: 'req_1',
    occurredAt: '2024-05-01T10:00:00.000Z',
    schemaVersion: 2,
    traceId: 't',
  },
  streamId: 'bundle-bun_01',
  revision: 3,
  position: '1234',
};

describe('event messages', () => {
  it('key the aggregate id and carry the full envelope as JSON with headers', () => {
    const message = toKafkaMessage(event);
    expect(message.key).toBe('bun_01');
    expect(JSON.parse(message.value as string)).toEqual(event);
    expect(message.headers).toEqual({
      'x-event-id': event.eventId,
      'x-event-type': 'BundleSubmitted',
      'x-correlation-id': 'corr_1',
      'x-causation-id': 'req_1',
      'x-account-id': 'acc_1',
      'x-schema-version': '2',
    });
  });

  it('leave out null account and causation ids', () => {
    const message = toKafkaMessage({
      ...event,
      metadata: { ...event.metadata, accountId: null, causationId: null },
    });
    expect(Object.keys(message.headers!)).toEqual([
      'x-event-id',
      'x-event-type',
      'x-correlation-id',
      'x-schema-version',
    ]);
  });

  it('round-trip through parseEventMessage', () => {
    const message = toKafkaMessage(event);
    expect(parseEventMessage({ value: Buffer.from(message.value as string) })).toEqual(event);
  });

  it('refuse what is not an envelope', () => {
    expect(() => parseEventMessage({ value: null })).toThrow(InvalidEventMessageError);
    expect(() => parseEventMessage({ value: Buffer.from('{oops') })).toThrow(InvalidEventMessageError);
    expect(() =>
      parseEventMessage({ value: Buffer.from(JSON.stringify({ ...event, eventId: 'nope' })) }),
    ).toThrow(/UUID/);
    expect(() =>
      parseEventMessage({ value: Buffer.from(JSON.stringify({ ...event, metadata: {} })) }),
    ).toThrow(/schemaVersion/);
  });

  it('aggregate id is everything after the category', () => {
    expect(aggregateIdOf('account-acc_1')).toBe('acc_1');
    expect(aggregateIdOf('endUser-eu_1-x')).toBe('eu_1-x');
    expect(aggregateIdOf('plain')).toBe('plain');
  });
});

describe('isTransient', () => {
  it('retries connection loss, shutdown, serialization failures; not constraint or data errors', () => {
    expect(isTransient(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { code: '40001' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransient(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false);
    expect(isTransient(new TypeError('cannot read x of undefined'))).toBe(false);
  });
});
