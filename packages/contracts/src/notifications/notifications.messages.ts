export const NOTIFICATION_CHANNELS = ['WEBHOOK', 'EMAIL'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATIONS_DEFAULT_PAGE_SIZE = 20;
export const NOTIFICATIONS_MAX_PAGE_SIZE = 100;

/** `listBundleNotifications`: the bundle's notifications, oldest first. Another account's bundle is NOT_FOUND. */
export interface ListBundleNotificationsRequest {
  accountId: string;
  bundleId: string;
  pageSize: number;
  pageToken?: string;
}

/** One row of the delivery log. `statusCode`: the HTTP status (webhooks) or the SMTP reply code (e-mails). */
export interface NotificationAttemptView {
  attempt: number;
  attemptedAt: string;
  durationMs: number;
  outcome: 'DELIVERED' | 'FAILED';
  statusCode: number | null;
  error: string | null;
}

export interface NotificationView {
  /** The bundle event notified; also the webhook's `eventId` and `X-Compliance-Event-Id`. */
  eventId: string;
  bundleId: string;
  channel: NotificationChannel;
  /** The statusCallback URL or the e-mail address it went to. */
  target: string;
  status: NotificationStatus;
  createdAt: string;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  attempts: NotificationAttemptView[];
}

export interface NotificationPage {
  data: NotificationView[];
  nextPageToken: string | null;
}
