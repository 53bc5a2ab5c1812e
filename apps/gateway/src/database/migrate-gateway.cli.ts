import { databaseUrl } from '@compliance/postgres';
import { migrateGateway } from './migrate-gateway';

migrateGateway(databaseUrl())
  .then(() => console.log('gateway schema migrated'))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
