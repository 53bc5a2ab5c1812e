import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import type { Pool } from '@compliance/postgres';
import { PG_POOL } from '../../src/database/pg-pool.provider';
import { Roles } from '../../src/auth/roles.decorator';
import { currentRequestContext } from '../../src/context/request-context';

export const PROBE_GATE = Symbol('PROBE_GATE');

/** Lets a test hold a request inside the handler (for concurrency tests) until it opens the gate. */
export class ProbeGate {
  private waiting: Promise<void> = Promise.resolve();
  private open: () => void = () => undefined;
  entered = 0;

  close(): void {
    this.waiting = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open();
  }

  async pass(): Promise<void> {
    this.entered += 1;
    await this.waiting;
  }
}

export class ProbeTagDto {
  @IsString()
  @MaxLength(10)
  label!: string;
}

export class CreateProbeDto {
  @IsString()
  @MaxLength(50)
  name!: string;

  @IsInt()
  @Min(1)
  count!: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => ProbeTagDto)
  tag?: ProbeTagDto;
}

export const PROBE_TABLE_SQL = `CREATE TABLE IF NOT EXISTS public.probe_writes (
  id bigserial PRIMARY KEY, account_id text, name text, request_id text, correlation_id text, principal_id text)`;

/** Test-only routes with a visible side effect (a row in public.probe_writes) to prove what did or did not run. */
@Controller()
export class ProbeController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PROBE_GATE) private readonly gate: ProbeGate,
  ) {}

  @Post('v1/accounts/:accountId/probes')
  async create(
    @Param('accountId') accountId: string,
    @Body() body: CreateProbeDto,
  ): Promise<Record<string, unknown>> {
    await this.gate.pass();
    return this.write(accountId, body);
  }

  @Get('v1/accounts/:accountId/probes')
  async list(@Param('accountId') accountId: string): Promise<{ data: unknown[]; nextPageToken: null }> {
    const rows = await this.pool.query(
      'SELECT id, name FROM public.probe_writes WHERE account_id = $1 ORDER BY id',
      [accountId],
    );
    return { data: rows.rows, nextPageToken: null };
  }

  @Post('v1/admin/probes')
  async createAsStaff(@Body() body: CreateProbeDto): Promise<Record<string, unknown>> {
    return this.write(null, body);
  }

  @Roles('ADMIN')
  @Post('v1/accounts/:accountId/admin-only-probes')
  async createAsAdmin(
    @Param('accountId') accountId: string,
    @Body() body: CreateProbeDto,
  ): Promise<Record<string, unknown>> {
    return this.write(accountId, body);
  }

  private async write(accountId: string | null, body: CreateProbeDto): Promise<Record<string, unknown>> {
    const context = currentRequestContext();
    const result = await this.pool.query<{ id: string }>(
      `INSERT INTO public.probe_writes (account_id, name, request_id, correlation_id, principal_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        accountId,
        body.name,
        context.requestId,
        context.correlationId,
        context.principal?.principalId ?? null,
      ],
    );
    return {
      probeId: `prb_${result.rows[0]!.id}`,
      accountId,
      name: body.name,
      count: body.count,
      context: {
        requestId: context.requestId,
        correlationId: context.correlationId,
        principalId: context.principal?.principalId,
      },
    };
  }
}
