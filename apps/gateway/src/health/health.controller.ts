import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { KafkaHealth, type DependencyStatus } from './kafka-health';
import { PostgresHealth } from './postgres-health';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: { postgres: DependencyStatus; kafka: DependencyStatus };
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly postgres: PostgresHealth,
    private readonly kafka: KafkaHealth,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Readiness: 200 when PostgreSQL and Kafka answer, else 503 with what is down.' })
  @ApiOkResponse({ description: 'Both dependencies answer.' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency does not answer.' })
  async readiness(@Res() reply: FastifyReply): Promise<void> {
    const [postgres, kafka] = await Promise.all([this.postgres.check(), this.kafka.check()]);
    const up = postgres.status === 'up' && kafka.status === 'up';
    const report: HealthReport = { status: up ? 'ok' : 'unavailable', checks: { postgres, kafka } };
    if (!up) void reply.header('Retry-After', '5');
    await reply.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).send(report);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers HTTP.' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
