/* eslint-disable */
// Rate-limit counters shared by every gateway instance (rate-limiter-flexible's PostgreSQL store, ADR 0010):
// one row per (limiter, account) holding the points used in the current window and when the window ends (ms).
exports.up = (pgm) => {
  pgm.sql(`
    CREATE TABLE gateway.rate_limits (
      key    varchar(255) PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    );
  `);
};

exports.down = (pgm) => {
  pgm.sql('DROP TABLE gateway.rate_limits;');
};
