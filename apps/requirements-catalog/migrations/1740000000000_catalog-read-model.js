/* The catalog read model: every published version of every regulation, keyed by (regulation_id, version). */
exports.up = (pgm) => {
  pgm.createTable('regulation_versions', {
    regulation_id: { type: 'text', notNull: true },
    version: { type: 'integer', notNull: true },
    country: { type: 'text', notNull: true },
    number_type: { type: 'text', notNull: true },
    end_user_type: { type: 'text', notNull: true },
    friendly_name: { type: 'text', notNull: true },
    published_at: { type: 'text', notNull: true },
    grace_period_days: { type: 'integer', notNull: true },
    requirement: { type: 'jsonb', notNull: true },
  });
  pgm.addConstraint('regulation_versions', 'regulation_versions_pkey', {
    primaryKey: ['regulation_id', 'version'],
  });
  pgm.createIndex('regulation_versions', ['country', 'number_type', 'end_user_type']);
};

exports.down = (pgm) => {
  pgm.dropTable('regulation_versions');
};
