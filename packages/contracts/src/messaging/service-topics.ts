import { replyTopic } from '../accounts/accounts.topics';

/**
 * The topics of one service under an optional namespace prefix: its request-reply patterns (each a topic, replies
 * on `<pattern>.reply`) and its integration-event topic. Production uses no namespace; tests use a unique one so
 * concurrent runs on the one broker never consume each other's messages.
 */
export function serviceTopics<P extends Record<string, string>>(
  patternsByName: P,
  eventsTopic: string,
  namespace = '',
) {
  const patterns = Object.fromEntries(
    Object.entries(patternsByName).map(([name, pattern]) => [name, `${namespace}${pattern}`]),
  ) as { [K in keyof P]: string };
  return {
    namespace,
    events: `${namespace}${eventsTopic}`,
    patterns,
    requestTopics: Object.values(patterns),
    replyTopics: Object.values(patterns).map(replyTopic),
  };
}
