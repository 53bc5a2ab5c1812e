import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from '@compliance/postgres';
import { PG_POOL } from '../database/pg-pool.provider';
import type { Principal, Role } from './principal';

interface ApiKeyRow {
  api_key_id: string;
  principal_id: string;
  account_id: string | null;
  role: Role;
}

/** Reads `gateway.api_keys`, which the accounts projection writes. */
@Injectable()
export class ApiKeyRepository {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async findActiveByHash(keyHash: string): Promise<Principal | null> {
    const result = await this.pool.query<ApiKeyRow>(
      `SELECT api_key_id, principal_id, account_id, role
         FROM gateway.api_keys
        WHERE key_hash = $1 AND revoked_at IS NULL`,
      [keyHash],
    );
    const row = result.rows[0];
    return row
      ? { principalId: row.principal_id, role: row.role, accountId: row.account_id, apiKeyId: row.api_key_id }
      : null;
  }
}
