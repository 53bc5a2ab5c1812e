import { NamespacedServerKafka } from './namespaced-server-kafka';

export interface ServiceTopics {
  readonly events: string;
  readonly requestTopics: readonly string[];
  readonly replyTopics: readonly string[];
}

/** The topics a request-reply service owns, for `ensureTopics`: its events, its requests and their replies. */
export function serviceTopicSpecs(
  topics: ServiceTopics,
  requestPartitions = 3,
): { topic: string; numPartitions: number }[] {
  return [
    { topic: topics.events, numPartitions: 3 },
    ...topics.requestTopics.map((topic) => ({ topic, numPartitions: requestPartitions })),
    ...topics.replyTopics.map((topic) => ({ topic, numPartitions: 1 })),
  ];
}

export interface ServiceKafkaServerOptions {
  clientId: string;
  brokers: string[];
  /** The service's consumer group, without the namespace. */
  consumerGroup: string;
  namespace: string;
  requestPartitions?: number;
}

const KAFKAJS_LOG_LEVEL_ERROR = 1;

/** The NestJS Kafka transport every service answers its request-reply patterns with. */
export function serviceKafkaServer({
  clientId,
  brokers,
  consumerGroup,
  namespace,
  requestPartitions = 3,
}: ServiceKafkaServerOptions): NamespacedServerKafka {
  return new NamespacedServerKafka(
    {
      client: { clientId, brokers, logLevel: KAFKAJS_LOG_LEVEL_ERROR },
      consumer: { groupId: `${namespace}${consumerGroup}`, heartbeatInterval: 500, sessionTimeout: 10_000 },
      run: { partitionsConsumedConcurrently: requestPartitions },
      producer: { allowAutoTopicCreation: false },
      postfixId: '',
    },
    namespace,
  );
}
