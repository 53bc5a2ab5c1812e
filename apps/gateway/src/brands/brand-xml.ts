import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FieldError } from '../errors/api-problem';
import { ApiProblem } from '../errors/api-problem';
import type { BrandRoute } from './brand-routes';

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

const BRAND_FIELDS = [
  'entityType',
  'companyName',
  'displayName',
  'ein',
  'einIssuingCountry',
  'phone',
  'email',
  'street',
  'city',
  'state',
  'postalCode',
  'country',
  'website',
  'vertical',
  'stockSymbol',
  'stockExchange',
  'altBusinessId',
  'altBusinessIdType',
] as const;

interface XmlBodySpec {
  root: string;
  fields: readonly string[];
  /** Elements that are not part of this request, with a hint (the guide's request example has one). */
  hints?: Readonly<Record<string, string>>;
}

/** Request bodies in the guide's XML: the root element and the elements it may hold (camelCase of our fields). */
const XML_BODIES: Readonly<Record<string, XmlBodySpec>> = {
  'POST brands': { root: 'Brand', fields: BRAND_FIELDS },
  'POST vetting': {
    root: 'BrandVetting',
    fields: ['evpId', 'vettingClass'],
    hints: {
      VettingId:
        'A vetting request takes EvpId and VettingClass (the guide\'s example shows the class as "VettingId"); send <VettingClass>.',
    },
  },
  'PUT vetting': { root: 'BrandVetting', fields: ['evpId', 'vettingId', 'vettingToken'] },
};

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

const builder = new XMLBuilder({ ignoreAttributes: true, format: false, processEntities: true });

function invalid(detail: string, errors: FieldError[] = []): ApiProblem {
  return new ApiProblem(400, 'VALIDATION_FAILED', detail, errors);
}

/**
 * The body of a brand request in the guide's XML as the object its JSON form would be: one root element, each child
 * a field (PascalCase of the JSON name). Unknown elements, a wrong root, DTDs and malformed XML are 400 with every
 * problem listed; values stay text (an EIN or a phone number is never turned into a number), an empty element is
 * an absent field, and nested or repeated elements reach the DTO validation as what they are (not text).
 */
export function parseBrandXml(
  method: string,
  route: BrandRoute,
  text: string,
): Record<string, unknown> | undefined {
  if (text.trim() === '') return undefined;
  const spec = XML_BODIES[`${method} ${route}`];
  if (!spec) {
    throw invalid('This request takes no body.', [
      { field: 'body', code: 'UNEXPECTED_BODY', message: 'Send no body.' },
    ]);
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw invalid('Document type declarations and entities are not accepted in XML bodies.', [
      { field: 'body', code: 'DTD_NOT_ALLOWED', message: 'Remove the <!DOCTYPE> declaration.' },
    ]);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw invalid(`The request body is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`, [
      { field: 'body', code: 'MALFORMED_XML', message: valid.err.msg },
    ]);
  }
  const document = parser.parse(text) as Record<string, unknown>;
  const roots = Object.keys(document);
  const problems: FieldError[] = [];
  const rootName = roots[0];
  if (roots.length !== 1 || rootName !== spec.root) {
    throw invalid(`The XML body must be one <${spec.root}> element.`, [
      {
        field: roots.join(',') || 'body',
        code: 'UNKNOWN_ELEMENT',
        message: `Expected the root element <${spec.root}>, got ${roots.map((r) => `<${r}>`).join(', ') || 'none'}.`,
      },
    ]);
  }
  const content = document[rootName];
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    if (content === '' || content === undefined) return {};
    throw invalid(`<${spec.root}> must contain elements, not text.`, [
      { field: spec.root, code: 'WRONG_TYPE', message: `<${spec.root}> must contain elements, not text.` },
    ]);
  }
  const byElement = new Map(spec.fields.map((field) => [pascal(field), field]));
  const body: Record<string, unknown> = {};
  for (const [element, value] of Object.entries(content as Record<string, unknown>)) {
    const field = byElement.get(element);
    if (field === undefined) {
      problems.push({
        field: element,
        code: 'UNKNOWN_ELEMENT',
        message:
          spec.hints?.[element] ??
          `<${element}> is not an element of <${spec.root}>; known: ${[...byElement.keys()].join(', ')}.`,
      });
      continue;
    }
    if (value !== '') body[field] = value;
  }
  if (problems.length > 0) {
    throw invalid(
      problems.length === 1 ? '1 element is not known.' : `${problems.length} elements are not known.`,
      problems,
    );
  }
  return body;
}

/** camelCase object → PascalCase elements; null and undefined members are left out (as the guide does). */
function toElements(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toElements);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member === null || member === undefined) continue;
      out[pascal(key)] = toElements(member);
    }
    return out;
  }
  return value;
}

function document(tree: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(tree)}`;
}

const ERROR_WRAPPER: Readonly<Record<BrandRoute, string>> = {
  brands: 'BrandResponse',
  brand: 'BrandResponse',
  revet: 'BrandRevetResponse',
  vetting: 'BrandVettingResponse',
};

/** A successful answer in the guide's elements and wrappers. */
export function brandSuccessXml(method: string, route: BrandRoute, body: unknown): string {
  const data = (body ?? {}) as { data?: unknown[]; nextPageToken?: string | null };
  switch (route) {
    case 'brands':
      if (method === 'GET') {
        return document({
          BrandsResponse: {
            Brands: { Brand: (data.data ?? []).map(toElements) },
            ...(data.nextPageToken ? { NextPageToken: data.nextPageToken } : {}),
          },
        });
      }
      return document({ BrandResponse: { Brand: toElements(body) } });
    case 'brand':
      return document({ BrandResponse: { Brand: toElements(body) } });
    case 'revet':
      return document({ BrandRevetResponse: { Brand: toElements(body) } });
    case 'vetting':
      if (method === 'GET') {
        return document({
          BrandVettingsResponse: { BrandVettings: { BrandVetting: (data.data ?? []).map(toElements) } },
        });
      }
      return document({ BrandVettingResponse: { BrandVetting: toElements(body) } });
    default: {
      const exhaustive: never = route;
      return exhaustive;
    }
  }
}

interface ProblemBody {
  code?: string;
  errorCode?: string;
  detail?: string;
  errors?: FieldError[];
}

/**
 * A problem in the guide's error shape: `<ResponseStatus>` with the registry's numeric code when there is one
 * (12210, 12185), else the API.md code, and `<Errors>` listing each field error (`Code`, `Description`, and the
 * `Field` it is about).
 */
export function brandProblemXml(route: BrandRoute, problem: ProblemBody): string {
  const errors = problem.errors ?? [];
  return document({
    [ERROR_WRAPPER[route]]: {
      ResponseStatus: {
        ErrorCode: problem.errorCode ?? problem.code ?? 'INTERNAL_ERROR',
        Description: problem.detail ?? '',
      },
      ...(errors.length > 0
        ? {
            Errors: {
              Error: errors.map((error) => ({
                Code: error.code,
                Description: error.message,
                Field: error.field,
              })),
            },
          }
        : {}),
    },
  });
}
