import {
  ADDRESS_LOCATIONS,
  DOCUMENT_PURPOSES,
  END_USER_TYPES,
  FIELD_TYPES,
  MIME_TYPES,
  type CatalogReference,
  type DocumentType,
  type EndUserType,
  type EndUserTypeDefinition,
  type Field,
  type FieldType,
  type Requirement,
} from './catalog.types';
import { fail, ok, type FieldProblem, type Result } from './problems';

/*
 * Every check here reports and carries on, so one call lists every problem of a spec with the path of
 * each (`requirement.endUser.fields[2].pattern`). The input is untrusted JSON, hence `unknown` throughout.
 */

type Json = Readonly<Record<string, unknown>>;

const FIELD_NAME = /^[a-z][A-Za-z0-9]{0,63}$/;
const DOCUMENT_TYPE_NAME = /^[a-z][A-Za-z0-9]{0,63}$/;
const MAX_LENGTH_LIMIT = 10_000;
const TEXT_LIMIT = 500;
/** Types whose values are free text, so a length limit or a pattern means something. */
const TEXT_TYPES: readonly FieldType[] = ['STRING', 'EMAIL', 'PHONE'];

class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, code: string, message: string): void {
    this.list.push({ field, code, message });
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function checkObject(
  value: unknown,
  path: string,
  allowedKeys: readonly string[],
  p: Problems,
): value is Json {
  if (!isObject(value)) {
    p.add(path, 'INVALID_TYPE', 'Must be an object.');
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!allowedKeys.includes(key)) p.add(`${path}.${key}`, 'UNKNOWN_PROPERTY', `Unknown property '${key}'.`);
  }
  return true;
}

function checkText(value: unknown, path: string, p: Problems, limit = TEXT_LIMIT): value is string {
  if (value === undefined) {
    p.add(path, 'REQUIRED', 'Is required.');
    return false;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    p.add(path, 'INVALID_TYPE', 'Must be a non-empty string.');
    return false;
  }
  if (value.length > limit) {
    p.add(path, 'TOO_LONG', `Must be at most ${limit} characters.`);
    return false;
  }
  return true;
}

function checkEnum<T extends string>(
  allowed: readonly T[],
  value: unknown,
  path: string,
  p: Problems,
): value is T {
  if (value === undefined) {
    p.add(path, 'REQUIRED', `Is required: one of ${allowed.join(', ')}.`);
    return false;
  }
  if (!oneOf(allowed, value)) {
    p.add(path, 'INVALID_VALUE', `Must be one of ${allowed.join(', ')}.`);
    return false;
  }
  return true;
}

function checkBoolean(value: unknown, path: string, p: Problems): value is boolean {
  if (typeof value !== 'boolean') {
    p.add(path, value === undefined ? 'REQUIRED' : 'INVALID_TYPE', 'Must be true or false.');
    return false;
  }
  return true;
}

function checkArray(value: unknown, path: string, p: Problems): value is readonly unknown[] {
  if (!Array.isArray(value)) {
    p.add(path, value === undefined ? 'REQUIRED' : 'INVALID_TYPE', 'Must be an array.');
    return false;
  }
  return true;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

const FIELD_KEYS = ['name', 'friendlyName', 'type', 'required', 'maxLength', 'pattern', 'values'];

/** One Field on its own: shape, types, and the rules that make it usable (ENUM values, valid regex ...). */
function checkField(value: unknown, path: string, p: Problems): Field | undefined {
  if (!checkObject(value, path, FIELD_KEYS, p)) return undefined;
  const before = p.list.length;
  const { name, friendlyName, type, required, maxLength, pattern, values } = value;

  if (checkText(name, `${path}.name`, p, 64) && !FIELD_NAME.test(name)) {
    p.add(
      `${path}.name`,
      'INVALID_FORMAT',
      'A field name is camelCase letters and digits, starting with a letter.',
    );
  }
  checkText(friendlyName, `${path}.friendlyName`, p, 200);
  const typeOk = checkEnum(FIELD_TYPES, type, `${path}.type`, p);
  checkBoolean(required, `${path}.required`, p);

  if (maxLength !== undefined) {
    if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength <= 0) {
      p.add(`${path}.maxLength`, 'NOT_POSITIVE', 'maxLength must be a positive whole number.');
    } else if (maxLength > MAX_LENGTH_LIMIT) {
      p.add(`${path}.maxLength`, 'TOO_LARGE', `maxLength must be at most ${MAX_LENGTH_LIMIT}.`);
    } else if (typeOk && !TEXT_TYPES.includes(type)) {
      p.add(`${path}.maxLength`, 'NOT_ALLOWED', `maxLength applies to ${TEXT_TYPES.join(', ')} fields only.`);
    }
  }
  if (pattern !== undefined) {
    if (typeof pattern !== 'string' || pattern === '') {
      p.add(`${path}.pattern`, 'INVALID_TYPE', 'pattern must be a non-empty string.');
    } else if (!compiles(pattern)) {
      p.add(`${path}.pattern`, 'INVALID_REGEX', `'${pattern}' is not a valid regular expression.`);
    } else if (typeOk && !TEXT_TYPES.includes(type)) {
      p.add(`${path}.pattern`, 'NOT_ALLOWED', `pattern applies to ${TEXT_TYPES.join(', ')} fields only.`);
    }
  }
  if (typeOk && type === 'ENUM') {
    if (values === undefined) {
      p.add(`${path}.values`, 'REQUIRED', 'An ENUM field needs its values.');
    } else if (checkArray(values, `${path}.values`, p)) {
      if (values.length === 0) p.add(`${path}.values`, 'EMPTY', 'An ENUM field needs at least one value.');
      const seen = new Set<string>();
      values.forEach((v, i) => {
        if (typeof v !== 'string' || v.trim() === '') {
          p.add(`${path}.values[${i}]`, 'INVALID_TYPE', 'An ENUM value is a non-empty string.');
        } else if (seen.has(v)) {
          p.add(`${path}.values[${i}]`, 'DUPLICATE', `Value '${v}' is listed twice.`);
        } else {
          seen.add(v);
        }
      });
    }
  } else if (typeOk && values !== undefined) {
    p.add(`${path}.values`, 'NOT_ALLOWED', 'values apply to ENUM fields only.');
  }
  return p.list.length === before ? (value as unknown as Field) : undefined;
}

/** A list of Fields: each one, plus unique names. Returns the valid ones with their positions. */
function checkFields(value: unknown, path: string, p: Problems): { index: number; field: Field }[] {
  const fields: { index: number; field: Field }[] = [];
  if (!checkArray(value, path, p)) return fields;
  const seen = new Map<string, number>();
  value.forEach((raw, i) => {
    const field = checkField(raw, `${path}[${i}]`, p);
    const name = isObject(raw) ? raw.name : undefined;
    if (typeof name === 'string') {
      const first = seen.get(name);
      if (first !== undefined) {
        p.add(`${path}[${i}].name`, 'DUPLICATE', `Field '${name}' is already defined at ${path}[${first}].`);
      } else {
        seen.set(name, i);
      }
    }
    if (field) fields.push({ index: i, field });
  });
  return fields;
}

/** A regulation may narrow an end-user type's field (required, shorter, a pattern) but not change what it is. */
function checkAgainstEndUserType(
  fields: readonly { index: number; field: Field }[],
  definition: EndUserTypeDefinition,
  path: string,
  p: Problems,
) {
  fields.forEach(({ index, field }) => {
    const base = definition.fields.find((f) => f.name === field.name);
    const at = `${path}[${index}]`;
    if (!base) {
      p.add(`${at}.name`, 'UNKNOWN_FIELD', `End-user type ${definition.type} has no field '${field.name}'.`);
      return;
    }
    if (base.type !== field.type) {
      p.add(`${at}.type`, 'TYPE_MISMATCH', `Field '${field.name}' of ${definition.type} is ${base.type}.`);
    }
    if (base.maxLength !== undefined && field.maxLength !== undefined && field.maxLength > base.maxLength) {
      p.add(
        `${at}.maxLength`,
        'TOO_LARGE',
        `Field '${field.name}' of ${definition.type} allows at most ${base.maxLength}.`,
      );
    }
    if (base.values && field.values) {
      field.values.forEach((v, j) => {
        if (!base.values?.includes(v)) {
          p.add(
            `${at}.values[${j}]`,
            'UNKNOWN_VALUE',
            `'${v}' is not a value of ${definition.type}.${field.name}.`,
          );
        }
      });
    }
  });
}

export interface RequirementSpecContext {
  readonly reference: CatalogReference;
  /** The regulation's end-user type; `requirement.endUser.type` must agree with it. */
  readonly endUserType?: EndUserType;
  /** Whether cityInfo data exists for the regulation's country (a LOCAL address cannot be checked without it). */
  readonly hasCityData?: boolean;
  /** Prefix of every path; `requirement` by default. */
  readonly path?: string;
}

const REQUIREMENT_KEYS = ['endUser', 'address', 'supportingDocuments'];
const SUPPORTING_DOCUMENT_KEYS = ['name', 'friendlyName', 'description', 'purpose', 'acceptedDocumentTypes'];

/** Checks a whole requirement spec and lists every problem at once. */
export function validateRequirementSpec(
  input: unknown,
  context: RequirementSpecContext,
): Result<Requirement> {
  const p = new Problems();
  const root = context.path ?? 'requirement';
  if (!checkObject(input, root, REQUIREMENT_KEYS, p)) return fail(...p.list);

  // End user
  const endUser = input.endUser;
  if (checkObject(endUser, `${root}.endUser`, ['type', 'fields'], p)) {
    const typeOk = checkEnum(END_USER_TYPES, endUser.type, `${root}.endUser.type`, p);
    if (typeOk && context.endUserType && endUser.type !== context.endUserType) {
      p.add(
        `${root}.endUser.type`,
        'MISMATCH',
        `Must be ${context.endUserType}, the regulation's end-user type.`,
      );
    }
    const fields = checkFields(endUser.fields, `${root}.endUser.fields`, p);
    const definition = typeOk
      ? context.reference.endUserTypes.find((t) => t.type === endUser.type)
      : undefined;
    if (definition) checkAgainstEndUserType(fields, definition, `${root}.endUser.fields`, p);
  }

  // Address
  const address = input.address;
  if (checkObject(address, `${root}.address`, ['required', 'location'], p)) {
    checkBoolean(address.required, `${root}.address.required`, p);
    const locationOk = checkEnum(ADDRESS_LOCATIONS, address.location, `${root}.address.location`, p);
    if (locationOk && address.location === 'LOCAL' && context.hasCityData === false) {
      p.add(
        `${root}.address.location`,
        'NO_CITY_DATA',
        'A LOCAL address can only be checked in a country with cityInfo data; add the data first.',
      );
    }
  }

  // Supporting documents
  const documents = input.supportingDocuments;
  const knownTypes = new Set(context.reference.documentTypes.map((d) => d.type));
  if (checkArray(documents, `${root}.supportingDocuments`, p)) {
    const names = new Map<string, number>();
    documents.forEach((doc, i) => {
      const at = `${root}.supportingDocuments[${i}]`;
      if (!checkObject(doc, at, SUPPORTING_DOCUMENT_KEYS, p)) return;
      if (checkText(doc.name, `${at}.name`, p, 100)) {
        const first = names.get(doc.name);
        if (first !== undefined) {
          p.add(
            `${at}.name`,
            'DUPLICATE',
            `Requirement '${doc.name}' is already defined at supportingDocuments[${first}].`,
          );
        } else {
          names.set(doc.name, i);
        }
      }
      checkText(doc.friendlyName, `${at}.friendlyName`, p, 200);
      checkText(doc.description, `${at}.description`, p, 1000);
      checkEnum(DOCUMENT_PURPOSES, doc.purpose, `${at}.purpose`, p);
      const accepted = doc.acceptedDocumentTypes;
      if (checkArray(accepted, `${at}.acceptedDocumentTypes`, p)) {
        if (accepted.length === 0) {
          p.add(`${at}.acceptedDocumentTypes`, 'EMPTY', 'Accept at least one document type.');
        }
        const seen = new Set<unknown>();
        accepted.forEach((type, j) => {
          const tp = `${at}.acceptedDocumentTypes[${j}]`;
          if (typeof type !== 'string') p.add(tp, 'INVALID_TYPE', 'A document type is a string.');
          else if (seen.has(type)) p.add(tp, 'DUPLICATE', `'${type}' is listed twice.`);
          else if (!knownTypes.has(type))
            p.add(tp, 'UNKNOWN_DOCUMENT_TYPE', `'${type}' is not a known document type.`);
          seen.add(type);
        });
      }
    });
  }

  return p.list.length > 0 ? fail(...p.list) : ok(input as unknown as Requirement);
}

/** Checks the catalog's own document types: the same Field rules, plus MIME types and unique type names. */
export function validateDocumentTypes(input: unknown, path = 'documentTypes'): Result<DocumentType[]> {
  const p = new Problems();
  if (!checkArray(input, path, p)) return fail(...p.list);
  const seen = new Map<string, number>();
  input.forEach((raw, i) => {
    const at = `${path}[${i}]`;
    const keys = [
      'type',
      'friendlyName',
      'fields',
      'proofRequired',
      'acceptedMimeTypes',
      'deleteFileAfterVerification',
    ];
    if (!checkObject(raw, at, keys, p)) return;
    if (checkText(raw.type, `${at}.type`, p, 64)) {
      if (!DOCUMENT_TYPE_NAME.test(raw.type))
        p.add(`${at}.type`, 'INVALID_FORMAT', 'A document type is camelCase.');
      const first = seen.get(raw.type);
      if (first !== undefined) p.add(`${at}.type`, 'DUPLICATE', `Already defined at ${path}[${first}].`);
      else seen.set(raw.type, i);
    }
    checkText(raw.friendlyName, `${at}.friendlyName`, p, 200);
    checkFields(raw.fields, `${at}.fields`, p);
    checkBoolean(raw.proofRequired, `${at}.proofRequired`, p);
    checkBoolean(raw.deleteFileAfterVerification, `${at}.deleteFileAfterVerification`, p);
    if (checkArray(raw.acceptedMimeTypes, `${at}.acceptedMimeTypes`, p)) {
      raw.acceptedMimeTypes.forEach((m, j) => {
        if (!oneOf(MIME_TYPES, m)) {
          p.add(`${at}.acceptedMimeTypes[${j}]`, 'INVALID_VALUE', `Must be one of ${MIME_TYPES.join(', ')}.`);
        }
      });
      if (raw.proofRequired === true && raw.acceptedMimeTypes.length === 0) {
        p.add(
          `${at}.acceptedMimeTypes`,
          'EMPTY',
          'A document type that requires proof must accept a file type.',
        );
      }
    }
  });
  return p.list.length > 0 ? fail(...p.list) : ok(input as unknown as DocumentType[]);
}

/** Checks the end-user type definitions: one per type, with valid Fields. */
export function validateEndUserTypes(input: unknown, path = 'endUserTypes'): Result<EndUserTypeDefinition[]> {
  const p = new Problems();
  if (!checkArray(input, path, p)) return fail(...p.list);
  const seen = new Set<string>();
  input.forEach((raw, i) => {
    const at = `${path}[${i}]`;
    if (!checkObject(raw, at, ['type', 'friendlyName', 'fields'], p)) return;
    if (checkEnum(END_USER_TYPES, raw.type, `${at}.type`, p)) {
      if (seen.has(raw.type)) p.add(`${at}.type`, 'DUPLICATE', `${raw.type} is defined twice.`);
      seen.add(raw.type);
    }
    checkText(raw.friendlyName, `${at}.friendlyName`, p, 200);
    checkFields(raw.fields, `${at}.fields`, p);
  });
  for (const type of END_USER_TYPES) {
    if (!seen.has(type)) p.add(path, 'MISSING', `End-user type ${type} is not defined.`);
  }
  return p.list.length > 0 ? fail(...p.list) : ok(input as unknown as EndUserTypeDefinition[]);
}
