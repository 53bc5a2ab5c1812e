import { ServerKafka, type KafkaOptions } from '@nestjs/microservices';

/**
 * A Kafka server whose `@MessagePattern` topics live under a namespace prefix, so a test can run its own service
 * against the shared broker without taking another run's requests. The empty namespace is the production layout.
 */
export class NamespacedServerKafka extends ServerKafka {
  constructor(
    options: Required<KafkaOptions>['options'],
    private readonly namespace: string,
  ) {
    super(options);
  }

  override addHandler(
    pattern: unknown,
    callback: Parameters<ServerKafka['addHandler']>[1],
    isEventHandler?: boolean,
    extras?: Record<string, unknown>,
  ): void {
    const prefixed = typeof pattern === 'string' ? `${this.namespace}${pattern}` : pattern;
    super.addHandler(prefixed, callback, isEventHandler, extras);
  }
}
