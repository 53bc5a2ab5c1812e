import { replyTopic } from '../accounts/accounts.topics';

/** Request-reply patterns of the notifications service; each is a Kafka topic, replies go to `<pattern>.reply`. */
export const NOTIFICATIONS_PATTERNS = {
  listBundleNotifications: 'notifications.list-bundle-notifications',
} as const;

export type NotificationsPatternName = keyof typeof NOTIFICATIONS_PATTERNS;

/** The group answering requests (the group reading bundle and account events is `notifications`). */
export const NOTIFICATIONS_CONSUMER_GROUP = 'notifications-requests';

/** The request and reply topics of the notifications service (it publishes no integration events). */
export function notificationsTopics(namespace = '') {
  const patterns = Object.fromEntries(
    Object.entries(NOTIFICATIONS_PATTERNS).map(([name, pattern]) => [name, `${namespace}${pattern}`]),
  ) as { [K in NotificationsPatternName]: string };
  return {
    namespace,
    patterns,
    requestTopics: Object.values(patterns),
    replyTopics: Object.values(patterns).map(replyTopic),
  };
}

export type NotificationsTopics = ReturnType<typeof notificationsTopics>;
