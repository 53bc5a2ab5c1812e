import type { AccountCreatedV1 } from '@compliance/contracts';
import type { RecordedEvent } from '@compliance/event-store';
import type { MessagingLogger } from '@compliance/messaging';
import type { PoolClient } from '@compliance/postgres';

/**
 * Keeps each account's webhook signing secret (from AccountCreated) in `notifications.account_secrets`; it never
 * leaves this schema. Other account events are not this service's business.
 */
export function createAccountSecretsHandler(logger: MessagingLogger) {
  return async (event: RecordedEvent, client: PoolClient): Promise<void> => {
    if (event.type !== 'AccountCreated') return;
    if (!isAccountCreated(event.data)) {
      logger.warn(`skipped malformed AccountCreated ${event.eventId}`);
      return;
    }
    await client.query(
      `INSERT INTO notifications.account_secrets (account_id, webhook_signing_secret) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET webhook_signing_secret = EXCLUDED.webhook_signing_secret,
         updated_at = now()`,
      [event.data.accountId, event.data.webhookSigningSecret],
    );
  };
}

function isAccountCreated(
  data: unknown,
): data is Pick<AccountCreatedV1, 'accountId' | 'webhookSigningSecret'> {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    typeof d.accountId === 'string' &&
    typeof d.webhookSigningSecret === 'string' &&
    d.webhookSigningSecret.length > 0
  );
}
