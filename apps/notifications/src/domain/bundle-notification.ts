import type { BundleIntegrationEventType, BundleSnapshotV1, BundleStatus } from '@compliance/contracts';
import type { BundleContactRow } from './bundle-contact.projection';

/** The webhook body (API.md "Notifications"), fields in this order. */
export interface WebhookPayload {
  readonly eventId: string;
  readonly accountId: string;
  readonly bundleId: string;
  readonly status: BundleStatus;
  readonly validUntil: string | null;
  readonly failureReason: string | null;
  readonly remarks: string | null;
  readonly occurredAt: string;
}

export interface EmailMessage {
  readonly subject: string;
  readonly text: string;
}

export type PlannedNotification =
  | { readonly channel: 'WEBHOOK'; readonly target: string; readonly body: string }
  | { readonly channel: 'EMAIL'; readonly target: string; readonly body: string };

export interface NotificationPlan {
  readonly notifications: readonly PlannedNotification[];
  /** Targets left out and why (a malformed address is never sent to); logged by the caller. */
  readonly skipped: readonly string[];
}

export interface BundleEventForNotification {
  readonly eventId: string;
  readonly type: BundleIntegrationEventType;
  readonly data: BundleSnapshotV1 & { readonly remarks?: string | null };
}

/** API.md: a notification on every status change and whenever `validUntil` is set; nothing for other events. */
export function isNotifiable(type: BundleIntegrationEventType): boolean {
  switch (type) {
    case 'BundleStatusChanged':
    case 'BundleValidUntilSet':
      return true;
    case 'BundleCreated':
    case 'BundleItemAssigned':
    case 'BundleItemRemoved':
    case 'BundleItemsReplaced':
    case 'BundleMetadataUpdated':
    case 'BundleDeleted':
      return false;
    default: {
      const _exhaustive: never = type;
      return false;
    }
  }
}

/** What one bundle event sends, given where the bundle's notifications go after that event. */
export function planNotifications(
  event: BundleEventForNotification,
  contact: BundleContactRow,
  options: { readonly emailEnabled: boolean },
): NotificationPlan {
  if (!isNotifiable(event.type)) return { notifications: [], skipped: [] };
  const payload = webhookPayloadOf(event, contact);
  const notifications: PlannedNotification[] = [];
  const skipped: string[] = [];
  if (contact.statusCallback !== null) {
    if (isHttpUrl(contact.statusCallback)) {
      notifications.push({
        channel: 'WEBHOOK',
        target: contact.statusCallback,
        body: JSON.stringify(payload),
      });
    } else skipped.push('statusCallback is not an http(s) URL');
  }
  if (contact.email !== null) {
    if (!options.emailEnabled) skipped.push('e-mail is off (SMTP_URL is not set)');
    else if (isSingleAddress(contact.email)) {
      const message = emailOf(event.type, payload);
      notifications.push({ channel: 'EMAIL', target: contact.email, body: JSON.stringify(message) });
    } else skipped.push('email is not a single address');
  }
  return { notifications, skipped };
}

export function webhookPayloadOf(
  event: BundleEventForNotification,
  contact: BundleContactRow,
): WebhookPayload {
  const d = event.data;
  return {
    eventId: event.eventId,
    accountId: d.accountId,
    bundleId: d.bundleId,
    status: d.status,
    validUntil: d.validUntil,
    failureReason: d.failureReason,
    remarks:
      d.remarks !== undefined ? d.remarks : event.type === 'BundleStatusChanged' ? null : contact.remarks,
    occurredAt: d.occurredAt,
  };
}

/** Plain text only: remarks come from people and are never interpreted as markup. */
export function emailOf(type: BundleIntegrationEventType, p: WebhookPayload): EmailMessage {
  const validUntilSet = type === 'BundleValidUntilSet';
  const subject = validUntilSet
    ? `Bundle ${p.bundleId} must be renewed by ${p.validUntil ?? 'an announced date'}`
    : `Bundle ${p.bundleId} is now ${p.status}`;
  const lines = [
    validUntilSet
      ? `A newer version of the regulation of bundle ${p.bundleId} was published.\nThe bundle stays valid until ${p.validUntil ?? '(not set)'}; submit an updated copy before then.`
      : `Bundle ${p.bundleId} is now ${p.status}.`,
    '',
    `Account: ${p.accountId}`,
    `Status: ${p.status}`,
    `Valid until: ${p.validUntil ?? '-'}`,
    `Failure reason: ${p.failureReason ?? '-'}`,
    `Remarks: ${p.remarks ?? '-'}`,
    `Event: ${p.eventId}`,
    `Occurred at: ${p.occurredAt}`,
  ];
  return { subject, text: `${lines.join('\n')}\n` };
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** One plain address: no list, display name or whitespace that a mailer could read as more recipients. */
export function isSingleAddress(value: string): boolean {
  return (
    value.length <= 254 && /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+\.[^\s@,;:<>()[\]"\\]+$/.test(value)
  );
}
