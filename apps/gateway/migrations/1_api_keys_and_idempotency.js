/* eslint-disable */
// Gateway schema: API keys (written by the accounts projection, read by the auth guard) and stored
// responses of POST requests sent with an Idempotency-Key.
exports.up = (pgm) => {
  pgm.sql(`
    CREATE TABLE gateway.api_keys (
      key_hash     text PRIMARY KEY,
      api_key_id   text NOT NULL UNIQUE,
      principal_id text NOT NULL,
      account_id   text NULL,
      role         text NOT NULL CHECK (role IN ('CUSTOMER', 'REVIEWER', 'ADMIN')),
      created_at   timestamptz NOT NULL,
      revoked_at   timestamptz NULL
    );
    CREATE INDEX api_keys_account_id_idx ON gateway.api_keys (account_id);

    CREATE TABLE gateway.idempotency_keys (
      principal_id          text NOT NULL,
      idempotency_key       text NOT NULL,
      request_fingerprint   text NOT NULL,
      request_method        text NOT NULL,
      request_path          text NOT NULL,
      state                 text NOT NULL CHECK (state IN ('PENDING', 'COMPLETED')),
      claim_token           uuid NOT NULL,
      response_status       integer NULL,
      response_content_type text NULL,
      response_body         text NULL,
      created_at            timestamptz NOT NULL DEFAULT now(),
      completed_at          timestamptz NULL,
      expires_at            timestamptz NOT NULL,
      PRIMARY KEY (principal_id, idempotency_key)
    );
    CREATE INDEX idempotency_keys_expires_at_idx ON gateway.idempotency_keys (expires_at);
  `);
};

exports.down = (pgm) => {
  pgm.sql(`DROP TABLE gateway.idempotency_keys; DROP TABLE gateway.api_keys;`);
};
