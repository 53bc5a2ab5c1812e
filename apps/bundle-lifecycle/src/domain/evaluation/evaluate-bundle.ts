import type {
  CatalogField,
  DocumentTypeView,
  EvaluationAddress,
  EvaluationDocument,
  EvaluationEndUser,
  RegulationView,
} from '@compliance/contracts';
import { checkFieldValues, type FieldProblem } from '@compliance/field-rules';
import type { BundleItem } from '../bundle.events';
import type { EvaluationResult, EvaluationStatus, InvalidField } from './evaluation.types';

/** Field names that carry a person's or a business's name: where a document and the end user both have one, they must match. */
export const NAME_FIELDS = ['firstName', 'middleName', 'lastName', 'businessName'] as const;

export interface EvaluationInput {
  /** The latest version of the bundle's regulation. */
  regulation: RegulationView;
  /** The catalog's document types (at least those the regulation accepts). */
  documentTypes: readonly DocumentTypeView[];
  items: readonly BundleItem[];
  endUsers: readonly EvaluationEndUser[];
  addresses: readonly EvaluationAddress[];
  documents: readonly EvaluationDocument[];
  /** Whether cityInfo knows this postal code in this country (alpha-3); asked only for LOCAL requirements. */
  isKnownLocalPostalCode(country: string, postalCode: string): boolean;
}

export interface EvaluationOutcome {
  status: EvaluationStatus;
  results: EvaluationResult[];
}

/**
 * The regulation's requirements against the bundle's assets: one result per requirement (end user, address, each
 * supporting document), each saying what is wrong and what to do. Pure: every input is given.
 */
export function evaluateBundle(input: EvaluationInput): EvaluationOutcome {
  const assigned = (type: BundleItem['assetType']) =>
    new Set(input.items.filter((item) => item.assetType === type).map((item) => item.assetId));
  const endUserIds = assigned('END_USER');
  const addressIds = assigned('ADDRESS');
  const documentIds = assigned('DOCUMENT');
  const endUser = input.endUsers.find((e) => endUserIds.has(e.endUserId)) ?? null;
  const addresses = input.addresses.filter((a) => addressIds.has(a.addressId));
  const documents = input.documents.filter((d) => documentIds.has(d.documentId));

  const results = [
    endUserResult(input.regulation, endUser),
    addressResult(input, addresses),
    ...input.regulation.requirement.supportingDocuments.map((requirement) =>
      documentResult(input, requirement, documents, endUser),
    ),
  ];
  return { status: results.every((r) => r.passed) ? 'COMPLIANT' : 'NONCOMPLIANT', results };
}

function endUserResult(regulation: RegulationView, endUser: EvaluationEndUser | null): EvaluationResult {
  const spec = regulation.requirement.endUser;
  const kind = spec.type === 'BUSINESS' ? 'Business' : 'Individual';
  const base = {
    requirementName: 'end_user',
    friendlyName: `${kind} end user`,
    objectType: 'END_USER' as const,
    assetId: endUser?.endUserId ?? null,
  };
  if (!endUser) {
    return failed(
      base,
      'END_USER_MISSING',
      `A ${kind} end user is missing. Create one of type ${spec.type} and assign it to the bundle.`,
      spec.fields.filter((f) => f.required).map((f) => missingField(f, `the ${kind} end user`)),
    );
  }
  if (endUser.erased) {
    return failed(
      base,
      'END_USER_ERASED',
      `The end user's personal data was erased. Assign another ${kind} end user to the bundle.`,
    );
  }
  if (endUser.type !== spec.type) {
    return failed(
      base,
      'END_USER_WRONG_TYPE',
      `The assigned end user is ${endUser.type}, but this regulation needs a ${spec.type} end user. Replace it with a ${spec.type} end user.`,
    );
  }
  const invalid = fieldProblems(spec.fields, endUser.fields, `the ${kind} end user`);
  if (invalid.length > 0) {
    return failed(
      base,
      'END_USER_INVALID',
      `The ${kind} end user has ${invalid.length} missing or invalid field(s). Update the end user as listed.`,
      invalid,
    );
  }
  return passed(base);
}

function addressResult(input: EvaluationInput, addresses: readonly EvaluationAddress[]): EvaluationResult {
  const { address: spec, country } = {
    address: input.regulation.requirement.address,
    country: input.regulation.country,
  };
  const base = { requirementName: 'address', friendlyName: 'Address', objectType: 'ADDRESS' as const };
  const where =
    spec.location === 'LOCAL'
      ? `a local address in ${country} (its postal code must be one cityInfo knows)`
      : spec.location === 'NATIONAL'
        ? `an address in ${country}`
        : 'an address';
  const usable = addresses.filter((a) => !a.erased);
  if (usable.length === 0) {
    if (!spec.required) return passed({ ...base, assetId: null });
    const erased = addresses.length > 0;
    return failed(
      { ...base, assetId: addresses[0]?.addressId ?? null },
      erased ? 'ADDRESS_ERASED' : 'ADDRESS_MISSING',
      erased
        ? `The assigned address was erased. Create ${where} and assign it to the bundle.`
        : `An address is missing. Create ${where} and assign it to the bundle.`,
    );
  }
  const checked = usable.map((address) => ({ address, problem: locationProblem(input, address) }));
  const good = checked.find((c) => c.problem === null);
  if (good) return passed({ ...base, assetId: good.address.addressId });
  const first = checked[0]!;
  return failed({ ...base, assetId: first.address.addressId }, first.problem!.code, first.problem!.message, [
    first.problem!.field,
  ]);
}

function locationProblem(
  input: EvaluationInput,
  address: EvaluationAddress,
): { code: string; message: string; field: InvalidField } | null {
  const { location } = input.regulation.requirement.address;
  const country = input.regulation.country;
  if (location === 'WORLDWIDE') return null;
  if (address.country !== country) {
    const message = `The address is in ${address.country}, but this regulation needs ${location === 'LOCAL' ? 'a local' : 'an'} address in ${country}. Assign an address in ${country}.`;
    return {
      code: 'ADDRESS_WRONG_COUNTRY',
      message,
      field: {
        field: 'country',
        friendlyName: 'Country',
        failureReason: message,
        errorCode: 'ADDRESS_WRONG_COUNTRY',
      },
    };
  }
  if (location === 'LOCAL' && !input.isKnownLocalPostalCode(country, address.postalCode)) {
    const message = `The postal code is not a known postal code in ${country}. Correct the address's postal code (look it up with GET /v1/addresses/${country}/cityInfo) or assign a local address.`;
    return {
      code: 'ADDRESS_NOT_LOCAL',
      message,
      field: {
        field: 'postalCode',
        friendlyName: 'Postal code',
        failureReason: message,
        errorCode: 'ADDRESS_NOT_LOCAL',
      },
    };
  }
  return null;
}

function documentResult(
  input: EvaluationInput,
  requirement: RegulationView['requirement']['supportingDocuments'][number],
  documents: readonly EvaluationDocument[],
  endUser: EvaluationEndUser | null,
): EvaluationResult {
  const base = {
    requirementName: requirement.name,
    friendlyName: requirement.friendlyName,
    objectType: 'DOCUMENT' as const,
  };
  const typesByName = new Map(input.documentTypes.map((t) => [t.type, t]));
  const acceptedNames = requirement.acceptedDocumentTypes
    .map((type) => typesByName.get(type)?.friendlyName ?? type)
    .join(', ');
  const candidates = documents.filter((d) => requirement.acceptedDocumentTypes.includes(d.type));
  if (candidates.length === 0) {
    return failed(
      { ...base, assetId: null },
      'DOCUMENT_MISSING',
      `A ${requirement.friendlyName} is missing. Upload one of these document types and assign it to the bundle: ${acceptedNames}.`,
    );
  }
  const judged = candidates.map((document) =>
    judgeDocument(typesByName.get(document.type), document, endUser),
  );
  const good = judged.find((j) => j.problem === null);
  if (good) return passed({ ...base, assetId: good.document.documentId });
  const first = judged[0]!;
  return failed(
    { ...base, assetId: first.document.documentId },
    first.problem!.code,
    first.problem!.message,
    first.invalid,
  );
}

interface DocumentJudgement {
  document: EvaluationDocument;
  problem: { code: string; message: string } | null;
  invalid: InvalidField[];
}

function judgeDocument(
  type: DocumentTypeView | undefined,
  document: EvaluationDocument,
  endUser: EvaluationEndUser | null,
): DocumentJudgement {
  const typeName = type?.friendlyName ?? document.type;
  const what = `the ${typeName}`;
  if (document.erased) {
    return {
      document,
      problem: {
        code: 'DOCUMENT_ERASED',
        message: `The ${typeName}'s data was erased. Upload a new one and assign it.`,
      },
      invalid: [],
    };
  }
  const invalid = type ? fieldProblems(type.fields, document.fields, what) : [];
  if (invalid.length > 0) {
    return {
      document,
      problem: {
        code: 'DOCUMENT_INVALID',
        message: `The ${typeName} has ${invalid.length} missing or invalid field(s). Update the document as listed.`,
      },
      invalid,
    };
  }
  if (type?.proofRequired && !document.fileContentExists) {
    return {
      document,
      problem: {
        code: 'DOCUMENT_FILE_MISSING',
        message: `The ${typeName} needs its file (${type.acceptedMimeTypes.join(', ')}). Upload the file of the document.`,
      },
      invalid: [],
    };
  }
  const mismatches = nameMismatches(type, document, endUser);
  if (mismatches.length > 0) {
    return {
      document,
      problem: {
        code: 'DOCUMENT_NAME_MISMATCH',
        message: `The names on the ${typeName} do not match the end user. Make both use exactly the same names.`,
      },
      invalid: mismatches,
    };
  }
  return { document, problem: null, invalid: [] };
}

function nameMismatches(
  type: DocumentTypeView | undefined,
  document: EvaluationDocument,
  endUser: EvaluationEndUser | null,
): InvalidField[] {
  if (!endUser || endUser.erased) return [];
  const friendly = new Map((type?.fields ?? []).map((f) => [f.name, f.friendlyName]));
  return NAME_FIELDS.flatMap((name) => {
    const onDocument = document.fields[name];
    const onEndUser = endUser.fields[name];
    if (!onDocument || !onEndUser || sameName(onDocument, onEndUser)) return [];
    const friendlyName = friendly.get(name) ?? name;
    return [
      {
        field: name,
        friendlyName,
        failureReason: `The ${friendlyName} does not match the ${friendlyName} of the end user. Enter the ${friendlyName} exactly as the document shows it, on both the document and the end user.`,
        errorCode: 'NAME_MISMATCH',
      },
    ];
  });
}

/** Case, accents and spacing do not make two names different. */
export function sameName(a: string, b: string): boolean {
  const normal = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\s\-‐.]+/g, ' ')
      .trim();
  return normal(a) === normal(b);
}

function fieldProblems(
  spec: readonly CatalogField[],
  values: Record<string, string>,
  owner: string,
): InvalidField[] {
  return checkFieldValues(spec, values, { requireAll: true, allowUnknown: true }).map((problem) =>
    toInvalidField(problem, owner),
  );
}

function toInvalidField(problem: FieldProblem, owner: string): InvalidField {
  const action =
    problem.code === 'REQUIRED'
      ? `The ${problem.friendlyName} is missing. Enter the ${problem.friendlyName} on ${owner}.`
      : `${problem.message} Correct it on ${owner}.`;
  return {
    field: problem.field,
    friendlyName: problem.friendlyName,
    failureReason: action,
    errorCode: problem.code,
  };
}

function missingField(field: CatalogField, owner: string): InvalidField {
  return {
    field: field.name,
    friendlyName: field.friendlyName,
    failureReason: `The ${field.friendlyName} is missing. Enter the ${field.friendlyName} on ${owner}.`,
    errorCode: 'REQUIRED',
  };
}

function passed(
  base: Omit<EvaluationResult, 'passed' | 'failureReason' | 'errorCode' | 'invalidFields'>,
): EvaluationResult {
  return { ...base, passed: true, failureReason: null, errorCode: null, invalidFields: [] };
}

function failed(
  base: Omit<EvaluationResult, 'passed' | 'failureReason' | 'errorCode' | 'invalidFields'>,
  errorCode: string,
  failureReason: string,
  invalidFields: InvalidField[] = [],
): EvaluationResult {
  return { ...base, passed: false, failureReason, errorCode, invalidFields };
}
