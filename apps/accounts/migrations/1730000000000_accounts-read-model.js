/* The accounts read model: one row per account, its keys (ids, roles, dates; never hashes) as JSON. */
exports.up = (pgm) => {
  pgm.createTable('accounts', {
    account_id: { type: 'text', primaryKey: true },
    name: { type: 'text', notNull: true },
    created_at: { type: 'timestamptz', notNull: true },
    api_keys: { type: 'jsonb', notNull: true, default: pgm.func("'[]'::jsonb") },
  });
};

exports.down = (pgm) => {
  pgm.dropTable('accounts');
};
