/* identity-assets: read models (ciphertext only), data keys, and the local views of bundles and their numbers. */
exports.up = (pgm) => {
  pgm.createTable('data_keys', {
    subject_id: { type: 'text', primaryKey: true },
    account_id: { type: 'text', notNull: true },
    // NULL once destroyed (erasure).
    wrapped_key: { type: 'bytea' },
    master_key_id: { type: 'text', notNull: true },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') },
    destroyed_at: { type: 'timestamptz' },
  });

  const common = {
    account_id: { type: 'text', notNull: true },
    sealed: { type: 'text' },
    erased: { type: 'boolean', notNull: true, default: false },
    copied_from: { type: 'text' },
    created_at: { type: 'timestamptz', notNull: true },
    updated_at: { type: 'timestamptz', notNull: true },
  };
  pgm.createTable('end_users', {
    end_user_id: { type: 'text', primaryKey: true },
    end_user_type: { type: 'text', notNull: true },
    ...common,
  });
  pgm.createTable('addresses', {
    address_id: { type: 'text', primaryKey: true },
    subject_id: { type: 'text', notNull: true },
    end_user_id: { type: 'text' },
    ...common,
  });
  pgm.createTable('documents', {
    document_id: { type: 'text', primaryKey: true },
    subject_id: { type: 'text', notNull: true },
    end_user_id: { type: 'text' },
    document_type: { type: 'text', notNull: true },
    storage_key: { type: 'text' },
    mime_type: { type: 'text' },
    file_size: { type: 'integer' },
    file_content_exists: { type: 'boolean', notNull: true, default: false },
    delete_file_after_verification: { type: 'boolean', notNull: true, default: false },
    ...common,
  });
  pgm.createIndex('end_users', ['account_id', 'end_user_id']);
  pgm.createIndex('addresses', ['account_id', 'address_id']);
  pgm.createIndex('addresses', 'subject_id');
  pgm.createIndex('documents', ['account_id', 'document_id']);
  pgm.createIndex('documents', 'subject_id');

  pgm.createTable('bundle_views', {
    bundle_id: { type: 'text', primaryKey: true },
    account_id: { type: 'text', notNull: true },
    status: { type: 'text', notNull: true },
    failure_reason: { type: 'text' },
    revision: { type: 'bigint', notNull: true },
    deleted: { type: 'boolean', notNull: true, default: false },
  });
  pgm.createTable('bundle_items', {
    bundle_id: { type: 'text', notNull: true },
    item_id: { type: 'text', notNull: true },
    asset_type: { type: 'text', notNull: true },
    asset_id: { type: 'text', notNull: true },
    failure_reason: { type: 'text' },
  });
  pgm.addConstraint('bundle_items', 'bundle_items_pkey', { primaryKey: ['bundle_id', 'item_id'] });
  pgm.createIndex('bundle_items', 'asset_id');
  pgm.createTable('bundle_numbers', {
    bundle_id: { type: 'text', primaryKey: true },
    account_id: { type: 'text', notNull: true },
    number_count: { type: 'integer', notNull: true },
    last_number_left_at: { type: 'timestamptz' },
    revision: { type: 'bigint', notNull: true },
  });
};

exports.down = (pgm) => {
  for (const table of [
    'bundle_numbers',
    'bundle_items',
    'bundle_views',
    'documents',
    'addresses',
    'end_users',
    'data_keys',
  ]) {
    pgm.dropTable(table);
  }
};
