import { randomUUID } from 'node:crypto';
import {
  BUNDLE_PATTERNS,
  bundleTopics,
  serviceError,
  type BundleStatus,
  type BundleStatusChangedV1,
  type GetBundleInternalReply,
  type GetBundleInternalRequest,
} from '@compliance/contracts';
import { ensureTopics } from '@compliance/messaging';
import { serviceKafkaServer, serviceTopicSpecs } from '@compliance/service-kafka';
import { TEST_KAFKA_BROKERS, testKafka } from '@compliance/testing';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { Producer } from 'kafkajs';

/**
 * bundle-lifecycle's side of the contracts number-assignment relies on, until that service is on main: answers
 * `bundles.get-bundle-internal` over the real broker from bundles the test defines, and publishes contract-shaped
 * `BundleStatusChanged` / `BundleDeleted` events on the namespaced `bundles.events`.
 */
export class FakeBundleLifecycle {
  private readonly bundles = new Map<string, GetBundleInternalReply & { revision: number }>();
  private app: INestMicroservice | null = null;
  private producer: Producer | null = null;
  /** When false, replies leave out `revision` (as a bundle-lifecycle without it would). */
  includeRevision = true;

  constructor(private readonly namespace: string) {}

  async start(): Promise<void> {
    const kafka = testKafka('fake-bundles');
    const topics = bundleTopics(this.namespace);
    await ensureTopics(kafka, serviceTopicSpecs(topics));
    this.producer = kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
    const lookup = (request: GetBundleInternalRequest) => {
      const bundle = this.bundles.get(request?.bundleId);
      if (!bundle || bundle.accountId !== request.accountId) {
        return serviceError('NOT_FOUND', 404, `bundle ${request?.bundleId} not found`);
      }
      if (this.includeRevision) return bundle;
      const { revision: _revision, ...withoutRevision } = bundle;
      return withoutRevision;
    };
    @Controller()
    class BundlesController {
      @MessagePattern(BUNDLE_PATTERNS.getBundleInternal)
      get(@Payload() request: GetBundleInternalRequest) {
        return lookup(request);
      }
    }
    @Module({ controllers: [BundlesController] })
    class FakeBundlesModule {}
    this.app = await NestFactory.createMicroservice(FakeBundlesModule, {
      strategy: serviceKafkaServer({
        clientId: 'fake-bundles',
        brokers: [...TEST_KAFKA_BROKERS],
        consumerGroup: 'bundle-lifecycle',
        namespace: this.namespace,
      }),
      logger: false,
    });
    await this.app.listen();
  }

  define(
    bundleId: string,
    accountId: string,
    status: BundleStatus,
    country = 'ITA',
    numberType: GetBundleInternalReply['numberType'] = 'LOCAL',
  ): void {
    this.bundles.set(bundleId, {
      bundleId,
      accountId,
      status,
      regulationId: 'reg_01JGFJJZ000000000000000001',
      regulationVersion: 1,
      country,
      numberType,
      endUserType: 'BUSINESS',
      items: [],
      validUntil: null,
      failureReason: null,
      copiedFrom: null,
      revision: 0,
    });
  }

  /** Changes the bundle's status and publishes `BundleStatusChanged` with the next revision. */
  async changeStatus(bundleId: string, status: BundleStatus): Promise<void> {
    const bundle = this.bundles.get(bundleId);
    if (!bundle) throw new Error(`no bundle ${bundleId}`);
    const previousStatus = bundle.status;
    const next = { ...bundle, status, revision: bundle.revision + 1 };
    this.bundles.set(bundleId, next);
    const { revision: _r, ...snapshot } = next;
    const data: BundleStatusChangedV1 = {
      ...snapshot,
      previousStatus,
      remarks: status === 'REJECTED' ? 'Documents unreadable' : null,
      itemFailures: [],
      occurredAt: new Date().toISOString(),
    };
    await this.publish(bundleId, 'BundleStatusChanged', data, next.revision);
  }

  async publish(bundleId: string, type: string, data: unknown, revision: number): Promise<void> {
    const eventId = randomUUID();
    await this.producer!.send({
      topic: bundleTopics(this.namespace).events,
      messages: [
        {
          key: bundleId,
          value: JSON.stringify({
            eventId,
            type,
            data,
            metadata: {
              accountId: (data as { accountId?: string }).accountId ?? null,
              actor: 'stf_reviewer',
              correlationId: eventId,
              causationId: null,
              occurredAt: new Date().toISOString(),
              schemaVersion: 1,
            },
            streamId: `bundle-${bundleId}`,
            revision,
            position: `1:${revision}`,
          }),
        },
      ],
    });
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.producer?.disconnect();
  }
}
