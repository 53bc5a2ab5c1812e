import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  END_USER_TYPES,
  NUMBER_TYPES,
  type CatalogReference,
  type DocumentType,
  type EndUserType,
  type EndUserTypeDefinition,
  type NumberType,
  type Regulation,
} from '../domain/catalog.types';
import type { PublishRegulationVersion } from '../domain/regulation.command';
import { createRegulationDecider, regulationFriendlyName } from '../domain/regulation.decider';
import { addVersion } from '../domain/regulation.queries';
import type { CountryCodes } from '../domain/ports';
import { CatalogError, type FieldProblem } from '../domain/problems';
import { validateDocumentTypes, validateEndUserTypes } from '../domain/requirement-spec.validator';
import { DATA_DIR } from './data-dir';
import { regulationIdFor } from './regulation-id';

export const CONTINENTS = ['AFRICA', 'ASIA', 'EUROPE', 'NORTH_AMERICA', 'OCEANIA', 'SOUTH_AMERICA'] as const;
export type Continent = (typeof CONTINENTS)[number];

/** One regulation as a data file states it; its id, name and version come from the catalog. */
export interface RegulationEntry {
  readonly numberType: NumberType;
  readonly endUserType: EndUserType;
  readonly gracePeriodDays: number;
  readonly requirement: unknown;
}

/** `data/regulations/<ISO3>.json`. */
export interface CountryFile {
  readonly country: string;
  readonly continent: Continent;
  /** Bumped on every change of the file; the change is described in `changes`. */
  readonly revision: number;
  readonly updatedAt: string;
  /** The public rules the entries are modelled on (regulator, law, provider guides). */
  readonly source: string;
  readonly references: readonly string[];
  readonly changes: readonly string[];
  readonly regulations: readonly RegulationEntry[];
}

export interface CatalogData {
  readonly documentTypes: readonly DocumentType[];
  readonly endUserTypes: readonly EndUserTypeDefinition[];
  readonly countries: readonly CountryFile[];
}

function readJson(dir: string, file: string, problems: FieldProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  } catch (error) {
    problems.push({
      field: file,
      code: 'UNREADABLE',
      message: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}

function prefixed(file: string, problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.map((p) => ({ ...p, field: `${file}: ${p.field}` }));
}

const COUNTRY_KEYS = [
  'country',
  'continent',
  'revision',
  'updatedAt',
  'source',
  'references',
  'changes',
  'regulations',
];
const ENTRY_KEYS = ['numberType', 'endUserType', 'gracePeriodDays', 'requirement'];

function strings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === 'string' && s.trim() !== '');
}

/** The file-level shape of a country file (its requirement specs are checked by the decider). */
function checkCountryFile(raw: unknown, file: string, countries: CountryCodes): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string, message: string) =>
    problems.push({ field: `${file}: ${field}`, code, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    add('(root)', 'INVALID_TYPE', 'A country file is a JSON object.');
    return problems;
  }
  const v = raw as Record<string, unknown>;
  for (const key of Object.keys(v))
    if (!COUNTRY_KEYS.includes(key)) add(key, 'UNKNOWN_PROPERTY', `Unknown property '${key}'.`);
  const expected = file.replace(/^regulations\//, '').replace(/\.json$/, '');
  if (
    typeof v.country !== 'string' ||
    countries.toAlpha3(v.country) !== v.country ||
    v.country !== expected
  ) {
    add('country', 'INVALID_VALUE', `Must be the alpha-3 code ${expected} that names the file.`);
  }
  if (typeof v.continent !== 'string' || !(CONTINENTS as readonly string[]).includes(v.continent)) {
    add('continent', 'INVALID_VALUE', `Must be one of ${CONTINENTS.join(', ')}.`);
  }
  if (typeof v.revision !== 'number' || !Number.isInteger(v.revision) || v.revision < 1) {
    add('revision', 'INVALID_VALUE', 'A positive whole number, bumped on every change.');
  }
  if (typeof v.updatedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.updatedAt)) {
    add('updatedAt', 'INVALID_VALUE', 'A date, YYYY-MM-DD.');
  }
  if (typeof v.source !== 'string' || v.source.trim().length < 20) {
    add('source', 'REQUIRED', 'Say which public rules the entries are modelled on.');
  }
  if (!strings(v.references) || v.references.length === 0)
    add('references', 'REQUIRED', 'List at least one reference.');
  if (!strings(v.changes) || v.changes.length === 0) add('changes', 'REQUIRED', 'Describe each revision.');
  if (!Array.isArray(v.regulations) || v.regulations.length === 0) {
    add('regulations', 'REQUIRED', 'A country file lists at least one regulation.');
    return problems;
  }
  const seen = new Set<string>();
  (v.regulations as unknown[]).forEach((entry, i) => {
    const at = `regulations[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      add(at, 'INVALID_TYPE', 'Must be an object.');
      return;
    }
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e))
      if (!ENTRY_KEYS.includes(key)) add(`${at}.${key}`, 'UNKNOWN_PROPERTY', `Unknown property '${key}'.`);
    if (!(NUMBER_TYPES as readonly unknown[]).includes(e.numberType)) {
      add(
        `${at}.numberType`,
        'INVALID_VALUE',
        `Must be one of ${NUMBER_TYPES.join(', ')} (canonical names only in data).`,
      );
    }
    if (!(END_USER_TYPES as readonly unknown[]).includes(e.endUserType)) {
      add(`${at}.endUserType`, 'INVALID_VALUE', `Must be one of ${END_USER_TYPES.join(', ')}.`);
    }
    const key = `${String(e.numberType)}/${String(e.endUserType)}`;
    if (seen.has(key)) add(at, 'DUPLICATE', `${key} is listed twice.`);
    seen.add(key);
  });
  return problems;
}

/** Reads and checks every data file; lists every problem of every file at once. */
export function loadCatalogData(
  countries: CountryCodes,
  dir = DATA_DIR,
): { ok: true; value: CatalogData } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const docFile = readJson(dir, 'document-types.json', problems) as { documentTypes?: unknown } | undefined;
  const endUserFile = readJson(dir, 'end-user-types.json', problems) as
    | { endUserTypes?: unknown }
    | undefined;
  const documentTypes = validateDocumentTypes(docFile?.documentTypes);
  if (!documentTypes.ok) problems.push(...prefixed('document-types.json', documentTypes.problems));
  const endUserTypes = validateEndUserTypes(endUserFile?.endUserTypes);
  if (!endUserTypes.ok) problems.push(...prefixed('end-user-types.json', endUserTypes.problems));

  const countryFiles: CountryFile[] = [];
  const files = readdirSync(join(dir, 'regulations'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const name of files) {
    const file = `regulations/${name}`;
    const raw = readJson(dir, file, problems);
    if (raw === undefined) continue;
    const fileProblems = checkCountryFile(raw, file, countries);
    problems.push(...fileProblems);
    if (fileProblems.length === 0) countryFiles.push(raw as CountryFile);
  }
  if (problems.length > 0 || !documentTypes.ok || !endUserTypes.ok) return { ok: false, problems };
  return {
    ok: true,
    value: { documentTypes: documentTypes.value, endUserTypes: endUserTypes.value, countries: countryFiles },
  };
}

export function referenceOf(data: CatalogData): CatalogReference {
  return { documentTypes: data.documentTypes, endUserTypes: data.endUserTypes };
}

/** The commands that publish the data files: one per entry, with its stable id and canonical name. */
export function seedCommands(
  data: CatalogData,
  countries: CountryCodes,
  metadata: PublishRegulationVersion['metadata'],
): PublishRegulationVersion[] {
  return data.countries.flatMap((file) =>
    file.regulations.map((entry) => ({
      type: 'PublishRegulationVersion' as const,
      data: {
        regulationId: regulationIdFor(file.country, entry.numberType, entry.endUserType),
        country: file.country,
        numberType: entry.numberType,
        endUserType: entry.endUserType,
        friendlyName: regulationFriendlyName(
          countries.name(file.country) ?? file.country,
          entry.numberType,
          entry.endUserType,
        ),
        requirement: entry.requirement,
        gracePeriodDays: entry.gracePeriodDays,
      },
      metadata,
    })),
  );
}

/**
 * Runs every data entry through the regulation decider (so data obeys exactly the rules an ADMIN publish
 * obeys) and returns the version-1 regulations, or every problem, each named by file and path.
 */
export function publishCatalogData(
  data: CatalogData,
  deps: { countries: CountryCodes; hasCityData: (alpha3: string) => boolean },
  now: Date,
): { ok: true; value: Regulation[] } | { ok: false; problems: FieldProblem[] } {
  const decider = createRegulationDecider({ reference: referenceOf(data), hasCityData: deps.hasCityData });
  const metadata = { now, actor: 'catalog-data', correlationId: 'catalog-data' };
  const problems: FieldProblem[] = [];
  let versions: Regulation[] = [];
  for (const command of seedCommands(data, deps.countries, metadata)) {
    const file = data.countries.find((f) => f.country === command.data.country);
    const index = file?.regulations.findIndex(
      (e) => e.numberType === command.data.numberType && e.endUserType === command.data.endUserType,
    );
    try {
      for (const event of decider.decide(command, decider.initialState))
        versions = addVersion(versions, event);
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      problems.push(
        ...prefixed(`regulations/${command.data.country}.json`, error.errors).map((p) => ({
          ...p,
          field: p.field.replace(': ', `: regulations[${index ?? '?'}].`),
        })),
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: versions };
}
