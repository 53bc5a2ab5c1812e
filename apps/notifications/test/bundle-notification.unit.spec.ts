import type { BundleContactRow } from '../src/domain/bundle-contact.projection';
import {
  isSingleAddress,
  planNotifications,
  type BundleEventForNotification,
} from '../src/domain/bundle-notification';
import { snapshot, statusChanged, validUntilSet } from './support/bundle-events';

const contact: BundleContactRow = {
  bundleId: 'bun_01JTEST0000000000000000001',
  accountId: 'acc_01JTEST0000000000000000001',
  statusCallback: 'https://hooks.example.com/compliance',
  email: 'ops@example.com',
  remarks: 'Earlier remarks',
  revision: 7,
};
const id = '0b6f3f5e-8d4c-4c1e-9a51-6f1f2c3d4e5f';

describe('planning notifications', () => {
  it('sends the API.md webhook body, in that field order, and an e-mail on a status change', () => {
    const event: BundleEventForNotification = {
      eventId: id,
      type: 'BundleStatusChanged',
      data: statusChanged('IN_REVIEW', 'REJECTED', {
        remarks: 'Address unreadable',
        failureReason: 'DOCUMENTS',
      }),
    };
    const plan = planNotifications(event, contact, { emailEnabled: true });
    expect(plan.skipped).toEqual([]);
    const [webhook, email] = plan.notifications;
    expect(webhook?.channel).toBe('WEBHOOK');
    expect(webhook?.target).toBe('https://hooks.example.com/compliance');
    expect(webhook?.body).toBe(
      JSON.stringify({
        eventId: id,
        accountId: 'acc_01JTEST0000000000000000001',
        bundleId: 'bun_01JTEST0000000000000000001',
        status: 'REJECTED',
        validUntil: null,
        failureReason: 'DOCUMENTS',
        remarks: 'Address unreadable',
        occurredAt: '2026-11-22T08:00:00.000Z',
      }),
    );
    expect(email?.channel).toBe('EMAIL');
    expect(email?.target).toBe('ops@example.com');
    const message = JSON.parse(email?.body ?? '{}') as { subject: string; text: string };
    expect(message.subject).toBe('Bundle bun_01JTEST0000000000000000001 is now REJECTED');
    expect(message.text).toContain('Remarks: Address unreadable');
    expect(message.text).toContain(`Event: ${id}`);
  });

  it('notifies when validUntil is set, with the remarks the bundle holds', () => {
    const plan = planNotifications(
      { eventId: id, type: 'BundleValidUntilSet', data: validUntilSet('2027-01-01T00:00:00.000Z') },
      contact,
      { emailEnabled: true },
    );
    const body = JSON.parse(plan.notifications[0]?.body ?? '{}') as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'APPROVED',
      validUntil: '2027-01-01T00:00:00.000Z',
      remarks: 'Earlier remarks',
    });
    const message = JSON.parse(plan.notifications[1]?.body ?? '{}') as { subject: string };
    expect(message.subject).toBe(
      'Bundle bun_01JTEST0000000000000000001 must be renewed by 2027-01-01T00:00:00.000Z',
    );
  });

  it.each(['BundleCreated', 'BundleItemAssigned', 'BundleMetadataUpdated', 'BundleDeleted'] as const)(
    'sends nothing for %s',
    (type) => {
      const plan = planNotifications({ eventId: id, type, data: snapshot() }, contact, {
        emailEnabled: true,
      });
      expect(plan.notifications).toEqual([]);
    },
  );

  it('sends only what the bundle has: no statusCallback, no webhook; e-mail off, no e-mail', () => {
    const event: BundleEventForNotification = {
      eventId: id,
      type: 'BundleStatusChanged',
      data: statusChanged('DRAFT', 'PENDING_REVIEW'),
    };
    const plan = planNotifications(event, { ...contact, statusCallback: null }, { emailEnabled: false });
    expect(plan.notifications).toEqual([]);
    expect(plan.skipped).toEqual(['e-mail is off (SMTP_URL is not set)']);
  });

  it('never sends to a target that is not a plain http(s) URL or a single address', () => {
    const event: BundleEventForNotification = {
      eventId: id,
      type: 'BundleStatusChanged',
      data: statusChanged('DRAFT', 'PENDING_REVIEW'),
    };
    const hostile = {
      ...contact,
      statusCallback: 'file:///etc/passwd',
      email: 'a@example.com, victim@example.org',
    };
    const plan = planNotifications(event, hostile, { emailEnabled: true });
    expect(plan.notifications).toEqual([]);
    expect(plan.skipped).toEqual(['statusCallback is not an http(s) URL', 'email is not a single address']);
  });

  it.each([
    ['ops@example.com', true],
    ['first.last+tag@sub.example.co.uk', true],
    ['Ops <ops@example.com>', false],
    ['ops@example.com\r\nBcc: x@y.z', false],
    ['no-at-sign', false],
    ['a@b', false],
  ])('isSingleAddress(%j) is %s', (value, expected) => {
    expect(isSingleAddress(value)).toBe(expected);
  });
});
