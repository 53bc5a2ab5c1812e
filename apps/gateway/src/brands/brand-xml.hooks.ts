import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { brandRouteOf } from './brand-routes';
import { brandProblemXml, brandSuccessXml, parseBrandXml, XML_CONTENT_TYPE } from './brand-xml';

const XML_MEDIA = /\b(application|text)\/xml\b/i;
const JSON_MEDIA = /\bapplication\/(problem\+)?json\b/i;

/**
 * Whether the client speaks the guide's XML: it asks for XML in `Accept`, or it sends XML and accepts anything
 * (the guide's requests carry only `Content-Type: application/xml`, GETs included).
 */
export function wantsXml(headers: FastifyRequest['headers']): boolean {
  const accept = headers.accept ?? '';
  if (XML_MEDIA.test(accept)) return true;
  if (JSON_MEDIA.test(accept)) return false;
  return XML_MEDIA.test(headers['content-type'] ?? '');
}

function unsupportedXml(): Error {
  return Object.assign(new Error('Send the request body as JSON with Content-Type: application/json.'), {
    code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
    statusCode: 415,
  });
}

/**
 * The XML of the brand paths (API.md "10DLC brands and vetting"), scoped to those routes: an `application/xml` or
 * `text/xml` body is accepted only there (415 on every other route, as before) and parsed into the object its JSON
 * form would be, so the same DTO validation runs; answers of those routes, errors included, are rendered in the
 * guide's XML when the client wants it. Rendering sits in `onSend`, after the idempotency interceptor and the
 * problem filter, so stored replays and every error come out in XML as well.
 */
export function installBrandXml(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    ['application/xml', 'text/xml'],
    { parseAs: 'string' },
    (request: FastifyRequest, body: string | Buffer, done: (error: Error | null, body?: unknown) => void) => {
      const route = brandRouteOf(request.routeOptions.url);
      if (route === null) {
        done(unsupportedXml());
        return;
      }
      try {
        done(
          null,
          parseBrandXml(request.method, route, typeof body === 'string' ? body : body.toString('utf8')),
        );
      } catch (error) {
        done(error as Error);
      }
    },
  );

  fastify.addHook(
    'onSend',
    (
      request: FastifyRequest,
      reply: FastifyReply,
      payload: unknown,
      done: (error: Error | null, value?: unknown) => void,
    ) => {
      const route = brandRouteOf(request.routeOptions.url);
      if (route === null) {
        done(null, payload);
        return;
      }
      void reply.header('Vary', 'Accept, Content-Type');
      if (!wantsXml(request.headers) || typeof payload !== 'string' || payload === '') {
        done(null, payload);
        return;
      }
      const contentType = String(reply.getHeader('content-type') ?? '');
      let xml: string;
      try {
        if (contentType.startsWith('application/problem+json')) {
          xml = brandProblemXml(route, JSON.parse(payload) as Parameters<typeof brandProblemXml>[1]);
        } else if (contentType.startsWith('application/json')) {
          xml = brandSuccessXml(request.method, route, JSON.parse(payload));
        } else {
          done(null, payload);
          return;
        }
      } catch (error) {
        done(error as Error);
        return;
      }
      void reply.header('Content-Type', XML_CONTENT_TYPE);
      done(null, xml);
    },
  );
}
