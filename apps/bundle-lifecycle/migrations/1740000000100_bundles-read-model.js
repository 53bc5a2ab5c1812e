/* The bundles read model: one row per bundle (deleted ones kept as tombstones), fed by the bundles.events projection. */
exports.up = (pgm) => {
  pgm.createTable('bundles', {
    bundle_id: { type: 'text', primaryKey: true },
    account_id: { type: 'text', notNull: true },
    status: { type: 'text', notNull: true },
    regulation_id: { type: 'text', notNull: true },
    regulation_version: { type: 'integer', notNull: true },
    country: { type: 'text', notNull: true },
    number_type: { type: 'text', notNull: true },
    end_user_type: { type: 'text', notNull: true },
    friendly_name: { type: 'text', notNull: true },
    custom_reference: { type: 'text' },
    email: { type: 'text', notNull: true },
    status_callback: { type: 'text' },
    valid_until: { type: 'timestamptz' },
    remarks: { type: 'text' },
    failure_reason: { type: 'text' },
    copied_from: { type: 'text' },
    items: { type: 'jsonb', notNull: true },
    created_at: { type: 'timestamptz', notNull: true },
    updated_at: { type: 'timestamptz', notNull: true },
    submitted_at: { type: 'timestamptz' },
    deleted: { type: 'boolean', notNull: true, default: false },
    revision: { type: 'integer', notNull: true },
  });
  pgm.createIndex('bundles', ['account_id', 'created_at', 'bundle_id'], { where: 'NOT deleted' });
  pgm.createIndex('bundles', ['status', 'submitted_at', 'bundle_id'], {
    where: "status IN ('PENDING_REVIEW', 'IN_REVIEW') AND NOT deleted",
  });
  pgm.createIndex('bundles', ['regulation_id', 'regulation_version'], {
    where: "status = 'APPROVED' AND NOT deleted",
  });
  pgm.createIndex('bundles', ['valid_until'], {
    where: "status = 'APPROVED' AND valid_until IS NOT NULL AND NOT deleted",
  });
  pgm.createIndex('bundles', ['updated_at'], { where: "status = 'DRAFT' AND NOT deleted" });
  pgm.createIndex('bundles', ['copied_from'], { where: 'copied_from IS NOT NULL AND NOT deleted' });
};

exports.down = (pgm) => {
  pgm.dropTable('bundles');
};
