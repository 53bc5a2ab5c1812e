import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Pool } from '@compliance/postgres';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { PG_POOL } from '../database/pg-pool.provider';

export interface IdempotentRequest {
  principalId: string;
  key: string;
  fingerprint: string;
  method: string;
  path: string;
}

export interface StoredResponse {
  status: number;
  contentType: string | null;
  body: string;
}

export type ClaimResult =
  | { outcome: 'CLAIMED'; claimToken: string }
  | { outcome: 'IN_PROGRESS' }
  | { outcome: 'MISMATCH' }
  | { outcome: 'COMPLETED'; response: StoredResponse };

/** A PENDING claim older than this is taken to be from a crashed instance and may be taken over. */
const ABANDONED_AFTER_SECONDS = 300;
const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

interface ExistingRow {
  request_fingerprint: string;
  state: 'PENDING' | 'COMPLETED';
  response_status: number | null;
  response_content_type: string | null;
  response_body: string | null;
}

/** `gateway.idempotency_keys`: one row per (principal, key); a PENDING claim first, the response once done. */
@Injectable()
export class IdempotencyRepository implements OnModuleInit, OnModuleDestroy {
  private cleanupTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  onModuleInit(): void {
    this.cleanupTimer = setInterval(
      () => void this.deleteExpired().catch(() => undefined),
      CLEANUP_INTERVAL_MS,
    );
    this.cleanupTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanupTimer);
  }

  /**
   * Inserts a PENDING row, or takes over an expired one (or an abandoned claim of the same request). The
   * primary key makes concurrent duplicates serialize here: exactly one of them gets CLAIMED.
   */
  async claim(request: IdempotentRequest): Promise<ClaimResult> {
    const claimToken = randomUUID();
    const claimed = await this.pool.query(
      `INSERT INTO gateway.idempotency_keys AS k
              (principal_id, idempotency_key, request_fingerprint, request_method, request_path, state, claim_token,
               created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'PENDING', $6, now(), now() + make_interval(secs => $7))
       ON CONFLICT (principal_id, idempotency_key) DO UPDATE
          SET request_fingerprint = EXCLUDED.request_fingerprint, request_method = EXCLUDED.request_method,
              request_path = EXCLUDED.request_path, state = 'PENDING', claim_token = EXCLUDED.claim_token,
              response_status = NULL, response_content_type = NULL, response_body = NULL,
              created_at = now(), completed_at = NULL, expires_at = EXCLUDED.expires_at
        WHERE k.expires_at <= now()
           OR (k.state = 'PENDING' AND k.request_fingerprint = EXCLUDED.request_fingerprint
               AND k.created_at <= now() - make_interval(secs => $8))
       RETURNING claim_token`,
      [
        request.principalId,
        request.key,
        request.fingerprint,
        request.method,
        request.path,
        claimToken,
        this.config.idempotencyTtlSeconds,
        ABANDONED_AFTER_SECONDS,
      ],
    );
    if (claimed.rowCount === 1) return { outcome: 'CLAIMED', claimToken };

    const existing = await this.pool.query<ExistingRow>(
      `SELECT request_fingerprint, state, response_status, response_content_type, response_body
         FROM gateway.idempotency_keys
        WHERE principal_id = $1 AND idempotency_key = $2`,
      [request.principalId, request.key],
    );
    const row = existing.rows[0];
    // Deleted meanwhile (its first request failed): try again as a new request.
    if (!row) return this.claim(request);
    if (row.request_fingerprint !== request.fingerprint) return { outcome: 'MISMATCH' };
    if (row.state === 'PENDING' || row.response_status === null) return { outcome: 'IN_PROGRESS' };
    return {
      outcome: 'COMPLETED',
      response: {
        status: row.response_status,
        contentType: row.response_content_type,
        body: row.response_body ?? '',
      },
    };
  }

  async complete(request: IdempotentRequest, claimToken: string, response: StoredResponse): Promise<void> {
    await this.pool.query(
      `UPDATE gateway.idempotency_keys
          SET state = 'COMPLETED', response_status = $4, response_content_type = $5, response_body = $6,
              completed_at = now()
        WHERE principal_id = $1 AND idempotency_key = $2 AND claim_token = $3`,
      [request.principalId, request.key, claimToken, response.status, response.contentType, response.body],
    );
  }

  /** The request failed: forget the claim so the client can retry with the same key. */
  async release(request: IdempotentRequest, claimToken: string): Promise<void> {
    await this.pool.query(
      `DELETE FROM gateway.idempotency_keys WHERE principal_id = $1 AND idempotency_key = $2 AND claim_token = $3`,
      [request.principalId, request.key, claimToken],
    );
  }

  async deleteExpired(): Promise<number> {
    const result = await this.pool.query(`DELETE FROM gateway.idempotency_keys WHERE expires_at <= now()`);
    return result.rowCount ?? 0;
  }
}
