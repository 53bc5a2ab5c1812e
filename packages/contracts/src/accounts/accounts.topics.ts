/** Request-reply patterns of the accounts service; each is a Kafka topic, its replies go to `<pattern>.reply`. */
export const ACCOUNTS_PATTERNS = {
  createAccount: 'accounts.create-account',
  issueApiKey: 'accounts.issue-api-key',
  revokeApiKey: 'accounts.revoke-api-key',
  createStaff: 'accounts.create-staff',
  getAccount: 'accounts.get-account',
} as const;

export type AccountsPatternName = keyof typeof ACCOUNTS_PATTERNS;

/** Integration events of the accounts service, keyed by aggregate id. */
export const ACCOUNTS_EVENTS_TOPIC = 'accounts.events';

export const ACCOUNTS_CONSUMER_GROUP = 'accounts';

export function replyTopic(pattern: string): string {
  return `${pattern}.reply`;
}

/**
 * Every topic of the accounts service under an optional namespace prefix. Production uses none; tests use a unique
 * one so concurrent test runs on the one broker never consume each other's requests or events.
 */
export function accountsTopics(namespace = '') {
  const patterns = Object.fromEntries(
    Object.entries(ACCOUNTS_PATTERNS).map(([name, pattern]) => [name, `${namespace}${pattern}`]),
  ) as { [K in AccountsPatternName]: string };
  return {
    namespace,
    events: `${namespace}${ACCOUNTS_EVENTS_TOPIC}`,
    patterns,
    requestTopics: Object.values(patterns),
    replyTopics: Object.values(patterns).map(replyTopic),
  };
}

export type AccountsTopics = ReturnType<typeof accountsTopics>;
