import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { IdempotentReplay } from '../idempotency/idempotent-replay';
import { LOGGER } from '../logging/logger.provider';
import { PROBLEM_CONTENT_TYPE } from './problem-document';
import { toProblem } from './to-problem';

/** Every error, from fastify's body parsing to a service's reply, as RFC 9457 problem details. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (reply.sent) return;
    if (error instanceof IdempotentReplay) {
      const { status, contentType, body } = error.response;
      void reply
        .status(status)
        .header('Idempotent-Replayed', 'true')
        .header('Content-Type', contentType ?? 'application/json; charset=utf-8')
        .send(body);
      return;
    }
    const problem = toProblem(error);
    if (problem.unexpected) this.logger.error({ err: error }, 'request failed unexpectedly');
    else if (problem.status >= 500)
      this.logger.warn({ err: error, code: problem.body.code }, 'request failed');
    void reply
      .status(problem.status)
      .headers(problem.headers)
      .header('Content-Type', PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problem.body));
  }
}
