import {
  validateDocumentTypes,
  validateEndUserTypes,
  validateRequirementSpec,
  type FieldProblem,
} from '../src';
import { copy, italianIndividual, reference } from './support/fixtures';

const problemsOf = (
  input: unknown,
  extra: { endUserType?: 'INDIVIDUAL' | 'BUSINESS'; hasCityData?: boolean } = {},
) => {
  const result = validateRequirementSpec(input, { reference, ...extra });
  return result.ok ? [] : result.problems.map((p: FieldProblem) => `${p.field} ${p.code}`);
};

describe('requirement spec validator', () => {
  it('accepts a well-formed spec and returns it', () => {
    const result = validateRequirementSpec(italianIndividual, { reference, endUserType: 'INDIVIDUAL' });
    expect(result).toEqual({ ok: true, value: italianIndividual });
  });

  it('lists every problem at once, each with its path', () => {
    const spec = {
      endUser: {
        type: 'INDIVIDUAL',
        fields: [
          { name: 'firstName', friendlyName: 'First', type: 'STRING', required: true, maxLength: -5 },
          { name: 'lastName', friendlyName: 'Last', type: 'STRING', required: true },
          { name: 'taxId', friendlyName: 'Tax', type: 'STRING', required: true, pattern: '[a-' },
          { name: 'firstName', friendlyName: 'Again', type: 'STRING', required: false },
          { name: 'shoeSize', friendlyName: 'Shoe size', type: 'STRING', required: false },
          { name: 'dateOfBirth', friendlyName: 'Born', type: 'ENUM', required: 'yes' },
          { name: 'Bad Name', friendlyName: '', type: 'NUMBER', required: true, colour: 'red' },
        ],
      },
      address: { required: true, location: 'NEARBY' },
      supportingDocuments: [
        {
          name: 'id',
          friendlyName: 'ID',
          description: 'd',
          purpose: 'IDENTITY',
          acceptedDocumentTypes: ['passport', 'visa'],
        },
        { name: 'id', friendlyName: 'ID 2', description: 'd', purpose: 'SELFIE', acceptedDocumentTypes: [] },
      ],
      extra: true,
    };
    expect(problemsOf(spec, { endUserType: 'INDIVIDUAL' })).toEqual([
      'requirement.extra UNKNOWN_PROPERTY',
      'requirement.endUser.fields[0].maxLength NOT_POSITIVE',
      'requirement.endUser.fields[2].pattern INVALID_REGEX',
      'requirement.endUser.fields[3].name DUPLICATE',
      'requirement.endUser.fields[5].required INVALID_TYPE',
      'requirement.endUser.fields[5].values REQUIRED',
      'requirement.endUser.fields[6].colour UNKNOWN_PROPERTY',
      'requirement.endUser.fields[6].name INVALID_FORMAT',
      'requirement.endUser.fields[6].friendlyName INVALID_TYPE',
      'requirement.endUser.fields[6].type INVALID_VALUE',
      'requirement.endUser.fields[4].name UNKNOWN_FIELD',
      'requirement.address.location INVALID_VALUE',
      'requirement.supportingDocuments[0].acceptedDocumentTypes[1] UNKNOWN_DOCUMENT_TYPE',
      'requirement.supportingDocuments[1].name DUPLICATE',
      'requirement.supportingDocuments[1].purpose INVALID_VALUE',
      'requirement.supportingDocuments[1].acceptedDocumentTypes EMPTY',
    ]);
  });

  it('checks ENUM values: present, non-empty, unique, and known to the end-user type', () => {
    const spec = {
      endUser: {
        type: 'BUSINESS',
        fields: [
          { name: 'businessName', friendlyName: 'Name', type: 'STRING', required: true },
          { name: 'businessType', friendlyName: 'Form', type: 'ENUM', required: true, values: [] },
        ],
      },
      address: { required: false, location: 'WORLDWIDE' },
      supportingDocuments: [],
    };
    expect(problemsOf(spec)).toEqual(['requirement.endUser.fields[1].values EMPTY']);
    spec.endUser.fields[1] = {
      ...spec.endUser.fields[1]!,
      values: ['PARTNERSHIP', 'PARTNERSHIP', 'TRUST'],
    } as never;
    expect(problemsOf(spec)).toEqual(['requirement.endUser.fields[1].values[1] DUPLICATE']);
  });

  it('reports values not known to the end-user type once the field itself is valid', () => {
    const spec = {
      endUser: {
        type: 'BUSINESS',
        fields: [
          { name: 'businessType', friendlyName: 'Form', type: 'ENUM', required: true, values: ['TRUST'] },
        ],
      },
      address: { required: false, location: 'WORLDWIDE' },
      supportingDocuments: [],
    };
    expect(problemsOf(spec)).toEqual(['requirement.endUser.fields[0].values[0] UNKNOWN_VALUE']);
  });

  it('keeps regulations within what the end-user type allows (type and maxLength)', () => {
    const spec = copy(italianIndividual) as unknown as { endUser: { fields: Record<string, unknown>[] } };
    spec.endUser.fields[0]!.maxLength = 500;
    spec.endUser.fields[1]!.type = 'EMAIL';
    expect(problemsOf(spec)).toEqual([
      'requirement.endUser.fields[0].maxLength TOO_LARGE',
      'requirement.endUser.fields[1].type TYPE_MISMATCH',
    ]);
  });

  it('refuses pattern, maxLength and values where the field type gives them no meaning', () => {
    const spec = {
      endUser: {
        type: 'INDIVIDUAL',
        fields: [
          {
            name: 'dateOfBirth',
            friendlyName: 'Born',
            type: 'DATE',
            required: true,
            pattern: '^\\d+$',
            maxLength: 10,
          },
          { name: 'firstName', friendlyName: 'First', type: 'STRING', required: true, values: ['A'] },
        ],
      },
      address: { required: false, location: 'WORLDWIDE' },
      supportingDocuments: [],
    };
    expect(problemsOf(spec)).toEqual([
      'requirement.endUser.fields[0].maxLength NOT_ALLOWED',
      'requirement.endUser.fields[0].pattern NOT_ALLOWED',
      'requirement.endUser.fields[1].values NOT_ALLOWED',
    ]);
  });

  it('checks the end-user type against the regulation and LOCAL against cityInfo data', () => {
    const spec = copy(italianIndividual) as unknown as { address: { location: string } };
    spec.address.location = 'LOCAL';
    expect(problemsOf(spec, { endUserType: 'BUSINESS', hasCityData: false })).toEqual([
      'requirement.endUser.type MISMATCH',
      'requirement.address.location NO_CITY_DATA',
    ]);
    expect(problemsOf(spec, { endUserType: 'INDIVIDUAL', hasCityData: true })).toEqual([]);
  });

  it('names missing parts and wrong shapes', () => {
    expect(problemsOf('spec')).toEqual(['requirement INVALID_TYPE']);
    expect(problemsOf({})).toEqual([
      'requirement.endUser INVALID_TYPE',
      'requirement.address INVALID_TYPE',
      'requirement.supportingDocuments REQUIRED',
    ]);
    expect(problemsOf({ endUser: { type: 'INDIVIDUAL' }, address: {}, supportingDocuments: {} })).toEqual([
      'requirement.endUser.fields REQUIRED',
      'requirement.address.required REQUIRED',
      'requirement.address.location REQUIRED',
      'requirement.supportingDocuments INVALID_TYPE',
    ]);
  });

  it('checks document types: MIME types, unique names, proof needs a file type', () => {
    const result = validateDocumentTypes([
      ...reference.documentTypes,
      { ...reference.documentTypes[0], acceptedMimeTypes: ['image/gif'] },
      { ...reference.documentTypes[1], type: 'bill2', acceptedMimeTypes: [] },
    ]);
    expect(result.ok ? [] : result.problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'documentTypes[2].type DUPLICATE',
      'documentTypes[2].acceptedMimeTypes[0] INVALID_VALUE',
      'documentTypes[3].acceptedMimeTypes EMPTY',
    ]);
  });

  it('checks end-user types: both defined, once each', () => {
    const result = validateEndUserTypes([reference.endUserTypes[0], reference.endUserTypes[0]]);
    expect(result.ok ? [] : result.problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'endUserTypes[1].type DUPLICATE',
      'endUserTypes MISSING',
    ]);
    expect(validateEndUserTypes(reference.endUserTypes).ok).toBe(true);
  });
});
