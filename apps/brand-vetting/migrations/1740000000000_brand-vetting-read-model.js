/* Read models of brand-vetting: brands and their vetting records, each row the public view plus what queries need. */
exports.up = (pgm) => {
  pgm.createTable('brands', {
    brand_id: { type: 'text', primaryKey: true },
    account_id: { type: 'text', notNull: true },
    revision: { type: 'integer', notNull: true },
    view: { type: 'jsonb', notNull: true },
  });
  pgm.createIndex('brands', ['account_id', 'brand_id']);
  pgm.createTable('vettings', {
    brand_id: { type: 'text', notNull: true },
    vetting_id: { type: 'text', notNull: true },
    account_id: { type: 'text', notNull: true },
    vetting_status: { type: 'text', notNull: true },
    /** Order of the records of one brand: the stream revision of the event that created the record. */
    created_revision: { type: 'integer', notNull: true },
    view: { type: 'jsonb', notNull: true },
  });
  pgm.addConstraint('vettings', 'vettings_pkey', { primaryKey: ['brand_id', 'vetting_id'] });
  pgm.createIndex('vettings', ['vetting_status'], { where: "vetting_status = 'PENDING'" });
};

exports.down = (pgm) => {
  pgm.dropTable('vettings');
  pgm.dropTable('brands');
};
