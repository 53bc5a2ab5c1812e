/* Read models of number-assignment: each number as it is now, and each bundle's number count. */
exports.up = (pgm) => {
  pgm.createTable('phone_numbers', {
    phone_number: { type: 'text', primaryKey: true },
    account_id: { type: 'text', notNull: true },
    bundle_id: { type: 'text', notNull: true },
    status: { type: 'text', notNull: true },
    attached_at: { type: 'text' },
    updated_at: { type: 'text', notNull: true },
    revision: { type: 'integer', notNull: true },
  });
  pgm.createIndex('phone_numbers', ['bundle_id', 'phone_number']);
  pgm.createIndex('phone_numbers', ['account_id', 'phone_number']);
  pgm.createTable('bundle_number_counts', {
    bundle_id: { type: 'text', primaryKey: true },
    account_id: { type: 'text', notNull: true },
    count: { type: 'integer', notNull: true },
    last_number_left_at: { type: 'text' },
    updated_at: { type: 'text', notNull: true },
    revision: { type: 'integer', notNull: true },
  });
};

exports.down = (pgm) => {
  pgm.dropTable('bundle_number_counts');
  pgm.dropTable('phone_numbers');
};
