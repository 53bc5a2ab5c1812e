import { Kafka, Partitioners, logLevel, type KafkaConfig, type Producer, type ProducerConfig } from 'kafkajs';

export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';

export interface CreateKafkaOptions {
  clientId: string;
  /** Defaults to env KAFKA_BROKERS (comma-separated) or 127.0.0.1:9092. */
  brokers?: readonly string[];
  logLevel?: logLevel;
  config?: Omit<KafkaConfig, 'clientId' | 'brokers'>;
}

export function kafkaBrokers(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.KAFKA_BROKERS && env.KAFKA_BROKERS.length > 0 ? env.KAFKA_BROKERS : DEFAULT_KAFKA_BROKERS;
  return raw
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
}

export function createKafka({
  clientId,
  brokers = kafkaBrokers(),
  logLevel: level = logLevel.WARN,
  config,
}: CreateKafkaOptions): Kafka {
  return new Kafka({ ...config, clientId, brokers: [...brokers], logLevel: level });
}

/** `acks: -1` ("all"): pass it to every `send` of an idempotent producer (KafkaJS refuses anything else). */
export const ACKS_ALL = -1;

/**
 * An idempotent producer (DESIGN.md "Kafka"). KafkaJS 2.2.4 assigns sequence numbers per partition on the
 * client and does not re-order retried requests, so idempotence (no duplicates, no reordering on retry)
 * only holds with one request in flight: `maxInFlightRequests: 1`. It also requires `acks: -1` on send
 * and keeps retrying (its default for idempotent producers is unlimited retries).
 */
export function createIdempotentProducer(
  kafka: Kafka,
  overrides: Omit<ProducerConfig, 'idempotent' | 'maxInFlightRequests'> = {},
): Producer {
  return kafka.producer({
    // The Java client's murmur2 partitioning, so every client puts one key on the same partition.
    createPartitioner: Partitioners.DefaultPartitioner,
    ...overrides,
    idempotent: true,
    maxInFlightRequests: 1,
  });
}
