import type { CatalogReference, EndUserType, NumberType } from './catalog.types';
import { normaliseCountry, normaliseEndUserType, normaliseNumberType } from './normalise';
import type { CountryCodes } from './ports';
import { fail, ok, type FieldProblem, type Result } from './problems';
import { MAX_GRACE_PERIOD_DAYS, REGULATION_ID } from './regulation.decider';
import { validateRequirementSpec } from './requirement-spec.validator';

export interface PublishRegulationRequest {
  readonly regulationId?: string;
  readonly country: string;
  readonly numberType: NumberType;
  readonly endUserType: EndUserType;
  readonly requirement: unknown;
  readonly gracePeriodDays: number;
}

const KEYS = ['regulationId', 'country', 'numberType', 'endUserType', 'requirement', 'gracePeriodDays'];

/**
 * The body of `POST /v1/admin/regulations`, checked whole: unknown properties, each parameter, and the
 * requirement spec, every problem listed at once with its path.
 */
export function validatePublishRequest(
  body: unknown,
  deps: { countries: CountryCodes; reference: CatalogReference; hasCityData: (alpha3: string) => boolean },
): Result<PublishRegulationRequest> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail({ field: 'body', code: 'INVALID_TYPE', message: 'The body is a JSON object.' });
  }
  const raw = body as Readonly<Record<string, unknown>>;
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key))
      problems.push({ field: key, code: 'UNKNOWN_PROPERTY', message: `Unknown property '${key}'.` });
  }
  const collect = <T>(r: Result<T>): T | undefined => {
    if (r.ok) return r.value;
    problems.push(...r.problems);
    return undefined;
  };
  const country = collect(normaliseCountry(raw.country, deps.countries));
  const numberType = collect(normaliseNumberType(raw.numberType));
  const endUserType = collect(normaliseEndUserType(raw.endUserType));

  const regulationId = raw.regulationId;
  if (regulationId !== undefined && (typeof regulationId !== 'string' || !REGULATION_ID.test(regulationId))) {
    problems.push({
      field: 'regulationId',
      code: 'INVALID_FORMAT',
      message: 'A regulation id is reg_ and a ULID.',
    });
  }
  const grace = raw.gracePeriodDays;
  if (typeof grace !== 'number' || !Number.isInteger(grace) || grace < 0 || grace > MAX_GRACE_PERIOD_DAYS) {
    problems.push({
      field: 'gracePeriodDays',
      code: grace === undefined ? 'REQUIRED' : 'OUT_OF_RANGE',
      message: `gracePeriodDays is a whole number from 0 to ${MAX_GRACE_PERIOD_DAYS}.`,
    });
  }
  const spec = validateRequirementSpec(raw.requirement, {
    reference: deps.reference,
    ...(endUserType ? { endUserType } : {}),
    ...(country ? { hasCityData: deps.hasCityData(country) } : {}),
  });
  if (!spec.ok) problems.push(...spec.problems);

  if (problems.length > 0 || !country || !numberType || !endUserType || typeof grace !== 'number') {
    return { ok: false, problems };
  }
  return ok({
    ...(typeof regulationId === 'string' ? { regulationId } : {}),
    country,
    numberType,
    endUserType,
    requirement: raw.requirement,
    gracePeriodDays: grace,
  });
}
