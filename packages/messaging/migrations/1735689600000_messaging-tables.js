/* eslint-disable */
// The `messaging` schema: relay checkpoints, consumer de-duplication and events a handler refused.
exports.up = (pgm) => {
  pgm.sql(`
    CREATE TABLE IF NOT EXISTS messaging.relay_checkpoints (
      name text PRIMARY KEY,
      position text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS messaging.processed_events (
      consumer text NOT NULL,
      event_id uuid NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    );
    CREATE TABLE IF NOT EXISTS messaging.failed_events (
      id bigserial PRIMARY KEY,
      consumer text NOT NULL,
      event_id text,
      event_type text,
      topic text NOT NULL,
      partition integer NOT NULL,
      "offset" text NOT NULL,
      error text NOT NULL,
      payload text,
      failed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS failed_events_consumer_idx ON messaging.failed_events (consumer, failed_at);
  `);
};

exports.down = (pgm) => {
  pgm.sql(`
    DROP TABLE IF EXISTS messaging.failed_events;
    DROP TABLE IF EXISTS messaging.processed_events;
    DROP TABLE IF EXISTS messaging.relay_checkpoints;
  `);
};
