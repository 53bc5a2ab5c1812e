import { join } from 'node:path';

/** `data/` of this workspace, from `src/catalog-data` (ts-jest) and `dist/catalog-data` (built) alike. */
export const DATA_DIR = join(__dirname, '..', '..', 'data');
