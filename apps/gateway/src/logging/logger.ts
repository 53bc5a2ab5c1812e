import pino, { type Logger } from 'pino';
import { findRequestContext } from '../context/request-context';

export type { Logger };

/** JSON logs on stdout; every line written while a request is handled carries its requestId and correlationId. */
export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  return pino({
    name: options.name ?? 'gateway',
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    base: { service: 'gateway' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const context = findRequestContext();
      return context
        ? {
            requestId: context.requestId,
            correlationId: context.correlationId,
            principalId: context.principal?.principalId,
          }
        : {};
    },
  });
}
