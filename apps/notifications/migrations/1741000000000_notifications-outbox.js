/* eslint-disable */
// The `notifications` schema: what the service knows of accounts and bundles, the outbox of notifications (one
// ordered queue per bundle and channel) and the log of every delivery attempt.
exports.up = (pgm) => {
  pgm.sql(`
    CREATE TABLE notifications.account_secrets (
      account_id text PRIMARY KEY,
      webhook_signing_secret text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE notifications.bundle_contacts (
      bundle_id text PRIMARY KEY,
      account_id text NOT NULL,
      status_callback text,
      email text,
      remarks text,
      revision integer NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE notifications.outbox (
      id bigserial PRIMARY KEY,
      event_id uuid NOT NULL,
      channel text NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL')),
      account_id text NOT NULL,
      bundle_id text NOT NULL,
      target text NOT NULL,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
      attempts integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL,
      next_attempt_at timestamptz NOT NULL,
      last_error text,
      delivered_at timestamptz,
      UNIQUE (event_id, channel)
    );
    CREATE INDEX outbox_due_idx ON notifications.outbox (next_attempt_at, id) WHERE status = 'PENDING';
    CREATE INDEX outbox_queue_idx ON notifications.outbox (bundle_id, channel, id) WHERE status = 'PENDING';
    CREATE INDEX outbox_bundle_idx ON notifications.outbox (account_id, bundle_id, id);
    CREATE TABLE notifications.delivery_attempts (
      id bigserial PRIMARY KEY,
      outbox_id bigint NOT NULL REFERENCES notifications.outbox (id),
      attempt integer NOT NULL,
      attempted_at timestamptz NOT NULL,
      duration_ms integer NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('DELIVERED', 'FAILED')),
      status_code integer,
      error text,
      UNIQUE (outbox_id, attempt)
    );
  `);
};

exports.down = (pgm) => {
  pgm.sql(`
    DROP TABLE IF EXISTS notifications.delivery_attempts;
    DROP TABLE IF EXISTS notifications.outbox;
    DROP TABLE IF EXISTS notifications.bundle_contacts;
    DROP TABLE IF EXISTS notifications.account_secrets;
  `);
};
