import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import {
  requestContextFromHeaders,
  runWithRequestContext,
  type RequestContext,
} from '../context/request-context';

declare module 'fastify' {
  interface FastifyRequest {
    requestContext: RequestContext;
  }
}

const JSON_CONTENT_TYPE = 'application/json';

/**
 * Request ids and their async context, request logs, and the body rules of API.md: JSON only (anything else 415),
 * an empty JSON body reads as no body.
 */
export function installFastifyHooks(fastify: FastifyInstance, logger: Logger): void {
  fastify.decorateRequest('requestContext', undefined as unknown as RequestContext);

  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done) => {
    const context = requestContextFromHeaders(request.headers);
    request.requestContext = context;
    void reply.header('X-Request-Id', context.requestId).header('X-Correlation-Id', context.correlationId);
    done();
  });

  // After the body is parsed and before any NestJS code (guards, interceptors, handlers): everything the request
  // does from here, Kafka calls included, sees its context through currentRequestContext().
  fastify.addHook('preHandler', (request: FastifyRequest, _reply: FastifyReply, done) => {
    runWithRequestContext(request.requestContext, () => done());
  });

  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done) => {
    const context = request.requestContext;
    logger.info(
      {
        requestId: context.requestId,
        correlationId: context.correlationId,
        principalId: context.principal?.principalId,
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        responseTimeMs: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
    done();
  });

  fastify.removeAllContentTypeParsers();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser(JSON_CONTENT_TYPE, { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    void parseJson(request, text, done);
  });
}
