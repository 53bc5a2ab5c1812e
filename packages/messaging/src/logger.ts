/** What the relay and consumers log through; NestJS's `Logger` fits it. */
export interface MessagingLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string, trace?: string): void;
}

export function consoleLogger(context: string): MessagingLogger {
  return {
    log: (message) => console.log(`[${context}] ${message}`),
    warn: (message) => console.warn(`[${context}] ${message}`),
    error: (message, trace) => console.error(`[${context}] ${message}${trace ? `\n${trace}` : ''}`),
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
