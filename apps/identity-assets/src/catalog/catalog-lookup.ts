import { randomBytes } from 'node:crypto';
import {
  catalogTopics,
  isServiceErrorReply,
  type DocumentTypeView,
  type EndUserTypeView,
} from '@compliance/contracts';
import { DomainError } from '@compliance/event-sourcing';
import { createKafka, ensureTopics } from '@compliance/messaging';
import { ClientKafka } from '@nestjs/microservices';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';

/** The catalog's end-user and document types, which asset fields are checked against. */
export interface CatalogLookup {
  /** The type, or null when the catalog knows no such type. */
  endUserType(type: string): Promise<EndUserTypeView | null>;
  documentType(type: string): Promise<DocumentTypeView | null>;
  close(): Promise<void>;
}

export interface KafkaCatalogLookupOptions {
  brokers: string[];
  namespace: string;
  /** How long a found type is reused before asking again (types change only with a catalog release). */
  cacheMs?: number;
  attemptTimeoutMs?: number;
  attempts?: number;
}

/**
 * Asks the requirements-catalog over its request-reply patterns (`catalog.get-end-user-type`,
 * `catalog.get-document-type`), with its own reply consumer group per instance (as the gateway does, ADR 0006).
 * Found types are cached for a few minutes; no answer is DEPENDENCY_UNAVAILABLE (nothing is written).
 */
export class KafkaCatalogLookup implements CatalogLookup {
  private readonly client: ClientKafka;
  private readonly topics;
  private readonly cache = new Map<string, { value: unknown; until: number }>();
  private connecting: Promise<void> | null = null;

  constructor(private readonly options: KafkaCatalogLookupOptions) {
    const instanceId = randomBytes(4).toString('hex');
    this.topics = catalogTopics(options.namespace);
    this.client = new ClientKafka({
      client: {
        clientId: `identity-catalog-${instanceId}`,
        brokers: options.brokers,
        logLevel: logLevel.NOTHING,
      },
      consumer: {
        groupId: `${options.namespace}identity-assets-catalog-${instanceId}`,
        heartbeatInterval: 500,
        sessionTimeout: 10_000,
      },
      producer: { allowAutoTopicCreation: false },
      postfixId: '',
    });
    this.client.subscribeToResponseOf(this.topics.patterns.getEndUserType);
    this.client.subscribeToResponseOf(this.topics.patterns.getDocumentType);
  }

  endUserType(type: string): Promise<EndUserTypeView | null> {
    return this.ask<EndUserTypeView>(this.topics.patterns.getEndUserType, type);
  }

  documentType(type: string): Promise<DocumentTypeView | null> {
    return this.ask<DocumentTypeView>(this.topics.patterns.getDocumentType, type);
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Connects (creating the catalog's request and reply topics if the catalog has not yet). */
  connect(): Promise<void> {
    this.connecting ??= (async () => {
      const kafka = createKafka({
        clientId: 'identity-catalog-admin',
        brokers: this.options.brokers,
        logLevel: logLevel.NOTHING,
      });
      const { getEndUserType, getDocumentType } = this.topics.patterns;
      await ensureTopics(kafka, [
        { topic: getEndUserType, numPartitions: 3 },
        { topic: getDocumentType, numPartitions: 3 },
        { topic: `${getEndUserType}.reply`, numPartitions: 1 },
        { topic: `${getDocumentType}.reply`, numPartitions: 1 },
      ]);
      await this.client.connect();
    })().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }

  private async ask<T>(topic: string, type: string): Promise<T | null> {
    const cacheKey = `${topic}:${type}`;
    const cached = this.cache.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.value as T;
    try {
      await this.connect();
    } catch {
      throw unavailable();
    }
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const reply = await firstValueFrom(
          this.client
            .send<unknown>(topic, { key: null, value: { type } })
            .pipe(timeout(this.options.attemptTimeoutMs ?? 5000)),
        );
        if (isServiceErrorReply(reply)) {
          if (reply.error.code === 'NOT_FOUND') return null;
          throw unavailable();
        }
        this.cache.set(cacheKey, { value: reply, until: Date.now() + (this.options.cacheMs ?? 5 * 60_000) });
        return reply as T;
      } catch (error) {
        if (error instanceof DomainError) throw error;
        if (!(error instanceof TimeoutError) || attempt >= attempts) throw unavailable();
      }
    }
  }
}

function unavailable(): DomainError {
  return new DomainError(
    'DEPENDENCY_UNAVAILABLE',
    'the requirements catalog did not answer; nothing was written, retry',
  );
}
