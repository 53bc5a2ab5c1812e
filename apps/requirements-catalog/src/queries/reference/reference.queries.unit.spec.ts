import { createCatalogRuntime } from '../../catalog-runtime';
import { CatalogError } from '../../domain/problems';
import { toErrorReply } from '../../kafka/to-error-reply';
import {
  cityInfo,
  findDocumentType,
  findEndUserType,
  listDocumentTypes,
  listEndUserTypes,
} from './reference.queries';

const runtime = createCatalogRuntime();

function problemOf(work: () => unknown) {
  try {
    work();
  } catch (error) {
    return toErrorReply(error).error;
  }
  throw new Error('expected an error');
}

describe('reference queries over the shipped data', () => {
  it('lists both end-user types and finds one in any case', () => {
    expect(
      listEndUserTypes(runtime)
        .data.map((t) => t.type)
        .sort(),
    ).toEqual(['BUSINESS', 'INDIVIDUAL']);
    expect(findEndUserType(runtime, 'business').type).toBe('BUSINESS');
  });

  it('answers NOT_FOUND for an unknown type, VALIDATION_FAILED for none', () => {
    expect(problemOf(() => findDocumentType(runtime, 'nope'))).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
    expect(problemOf(() => findEndUserType(runtime, 'ROBOT'))).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
    expect(problemOf(() => findDocumentType(runtime, undefined))).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'type', code: 'REQUIRED' }],
    });
  });

  it('finds each listed document type', () => {
    for (const doc of listDocumentTypes(runtime).data) expect(findDocumentType(runtime, doc.type)).toBe(doc);
  });

  it('pages cityInfo of a country given as alpha-2 in any case', () => {
    const first = cityInfo(runtime, { country: 'fr', postalCode: '75', pageSize: 3 });
    expect(first.data).toHaveLength(3);
    const second = cityInfo(runtime, {
      country: 'FRA',
      postalCode: '75',
      pageSize: 3,
      pageToken: first.nextPageToken!,
    });
    expect(second.data[0]).not.toEqual(first.data[0]);
  });

  it('answers an empty page for a country without cityInfo data', () => {
    expect(cityInfo(runtime, { country: 'AQ', pageSize: 20 })).toEqual({ data: [], nextPageToken: null });
  });

  it('lists every bad cityInfo parameter at once', () => {
    const problem = problemOf(() => cityInfo(runtime, { country: 'Narnia', pageSize: 0, pageToken: 'junk' }));
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['country', 'pageSize', 'pageToken']);
  });
});

describe('toErrorReply', () => {
  it('keeps the code, status and field errors of a catalog error', () => {
    const reply = toErrorReply(
      CatalogError.validation([{ field: 'country', code: 'REQUIRED', message: 'm' }]),
    );
    expect(reply.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 400,
      errors: [{ field: 'country' }],
    });
  });

  it('hides anything else behind a 500', () => {
    expect(toErrorReply(new Error('pg: secret detail')).error).toEqual({
      code: 'INTERNAL',
      status: 500,
      detail: 'the catalog service failed to handle the request',
    });
  });
});
