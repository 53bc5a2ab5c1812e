import type {
  DocumentTypeView,
  EvaluationDocument,
  EvaluationEndUser,
  RegulationView,
} from '@compliance/contracts';
import { evaluateBundle, sameName, type EvaluationInput } from '../src/domain/evaluation/evaluate-bundle';
import { item } from './support/bundle-fixtures';

const regulation: RegulationView = {
  regulationId: 'reg_1',
  version: 2,
  country: 'DEU',
  numberType: 'LOCAL',
  endUserType: 'INDIVIDUAL',
  friendlyName: 'Germany: local numbers for individuals',
  publishedAt: '2026-01-01T00:00:00.000Z',
  requirement: {
    endUser: {
      type: 'INDIVIDUAL',
      fields: [
        { name: 'firstName', friendlyName: 'First name', type: 'STRING', required: true, maxLength: 100 },
        { name: 'lastName', friendlyName: 'Last name', type: 'STRING', required: true, maxLength: 100 },
        { name: 'dateOfBirth', friendlyName: 'Date of birth', type: 'DATE', required: true },
      ],
    },
    address: { required: true, location: 'LOCAL' },
    supportingDocuments: [
      {
        name: 'proofOfIdentity',
        friendlyName: 'Proof of identity',
        description: 'A photo ID',
        purpose: 'IDENTITY',
        acceptedDocumentTypes: ['passport'],
      },
    ],
  },
};
const passport: DocumentTypeView = {
  type: 'passport',
  friendlyName: 'Passport',
  fields: [
    { name: 'firstName', friendlyName: 'First name', type: 'STRING', required: true },
    { name: 'lastName', friendlyName: 'Last name', type: 'STRING', required: true },
    {
      name: 'documentNumber',
      friendlyName: 'Passport number',
      type: 'STRING',
      required: true,
      pattern: '^[A-Z0-9]{5,20}$',
    },
  ],
  proofRequired: true,
  acceptedMimeTypes: ['application/pdf'],
  deleteFileAfterVerification: false,
};
const endUser: EvaluationEndUser = {
  endUserId: 'eu_01',
  type: 'INDIVIDUAL',
  erased: false,
  fields: { firstName: 'Jürgen', lastName: 'Müller', dateOfBirth: '1980-02-03' },
};
const document: EvaluationDocument = {
  documentId: 'doc_03',
  type: 'passport',
  erased: false,
  fields: { firstName: 'jurgen', lastName: 'MÜLLER', documentNumber: 'C01X00T47' },
  fileContentExists: true,
  mimeType: 'application/pdf',
};
const address = {
  addressId: 'adr_02',
  erased: false,
  customerName: 'Jürgen Müller',
  street: 'Unter den Linden 1',
  streetSecondary: null,
  city: 'Berlin',
  region: null,
  postalCode: '10117',
  country: 'DEU',
};
const complete: EvaluationInput = {
  regulation,
  documentTypes: [passport],
  items: [item(1, 'END_USER'), item(2, 'ADDRESS'), item(3, 'DOCUMENT')],
  endUsers: [endUser],
  addresses: [address],
  documents: [document],
  isKnownLocalPostalCode: (country, postalCode) => country === 'DEU' && postalCode === '10117',
};
const result = (input: EvaluationInput, name: string) => {
  const found = evaluateBundle(input).results.find((r) => r.requirementName === name);
  if (!found) throw new Error(`no result ${name}`);
  return found;
};

describe('evaluateBundle', () => {
  it('is COMPLIANT when every requirement is met, with one passed result per requirement', () => {
    const outcome = evaluateBundle(complete);
    expect(outcome.status).toBe('COMPLIANT');
    expect(outcome.results.map((r) => [r.requirementName, r.objectType, r.passed, r.assetId])).toEqual([
      ['end_user', 'END_USER', true, 'eu_01'],
      ['address', 'ADDRESS', true, 'adr_02'],
      ['proofOfIdentity', 'DOCUMENT', true, 'doc_03'],
    ]);
  });

  it('names a missing end user and every required field it needs', () => {
    const r = result({ ...complete, items: complete.items.slice(1) }, 'end_user');
    expect(r).toMatchObject({ passed: false, errorCode: 'END_USER_MISSING' });
    expect(r.failureReason).toMatch(
      /Individual end user is missing. Create one of type INDIVIDUAL and assign it/,
    );
    expect(r.invalidFields.map((f) => [f.field, f.errorCode])).toEqual([
      ['firstName', 'REQUIRED'],
      ['lastName', 'REQUIRED'],
      ['dateOfBirth', 'REQUIRED'],
    ]);
  });

  it('lists each missing or malformed end-user field with what to do', () => {
    const r = result(
      { ...complete, endUsers: [{ ...endUser, fields: { firstName: 'Jürgen', dateOfBirth: '31.02.1980' } }] },
      'end_user',
    );
    expect(r.errorCode).toBe('END_USER_INVALID');
    expect(r.invalidFields.map((f) => [f.field, f.errorCode])).toEqual([
      ['lastName', 'REQUIRED'],
      ['dateOfBirth', 'INVALID_DATE'],
    ]);
    expect(r.invalidFields[0]!.failureReason).toBe(
      'The Last name is missing. Enter the Last name on the Individual end user.',
    );
  });

  it('refuses an end user of the wrong type and an erased one', () => {
    expect(result({ ...complete, endUsers: [{ ...endUser, type: 'BUSINESS' }] }, 'end_user').errorCode).toBe(
      'END_USER_WRONG_TYPE',
    );
    expect(result({ ...complete, endUsers: [{ ...endUser, erased: true }] }, 'end_user').errorCode).toBe(
      'END_USER_ERASED',
    );
  });

  it('needs an address when required, in the country, with a postal code cityInfo knows for LOCAL', () => {
    expect(result({ ...complete, items: [item(1, 'END_USER'), item(3)] }, 'address').errorCode).toBe(
      'ADDRESS_MISSING',
    );
    const abroad = result({ ...complete, addresses: [{ ...address, country: 'AUT' }] }, 'address');
    expect(abroad).toMatchObject({
      errorCode: 'ADDRESS_WRONG_COUNTRY',
      invalidFields: [expect.objectContaining({ field: 'country' })],
    });
    const unknown = result({ ...complete, addresses: [{ ...address, postalCode: '99999' }] }, 'address');
    expect(unknown.errorCode).toBe('ADDRESS_NOT_LOCAL');
    expect(unknown.failureReason).toMatch(/cityInfo/);
  });

  it('NATIONAL needs the country only; WORLDWIDE anything; an optional address may be absent', () => {
    const national = {
      ...regulation,
      requirement: { ...regulation.requirement, address: { required: true, location: 'NATIONAL' as const } },
    };
    expect(
      result(
        { ...complete, regulation: national, addresses: [{ ...address, postalCode: '99999' }] },
        'address',
      ).passed,
    ).toBe(true);
    expect(
      result({ ...complete, regulation: national, addresses: [{ ...address, country: 'FRA' }] }, 'address')
        .passed,
    ).toBe(false);
    const optional = {
      ...regulation,
      requirement: {
        ...regulation.requirement,
        address: { required: false, location: 'WORLDWIDE' as const },
      },
    };
    expect(
      result({ ...complete, regulation: optional, items: [item(1, 'END_USER'), item(3)] }, 'address').passed,
    ).toBe(true);
  });

  it('names the document types that would meet a missing document requirement', () => {
    const r = result({ ...complete, items: complete.items.slice(0, 2) }, 'proofOfIdentity');
    expect(r).toMatchObject({ passed: false, errorCode: 'DOCUMENT_MISSING', assetId: null });
    expect(r.failureReason).toBe(
      'A Proof of identity is missing. Upload one of these document types and assign it to the bundle: Passport.',
    );
  });

  it('checks the document fields, its file when proof is required, and its names against the end user', () => {
    const badField = result(
      { ...complete, documents: [{ ...document, fields: { ...document.fields, documentNumber: 'c0 1' } }] },
      'proofOfIdentity',
    );
    expect(badField).toMatchObject({
      errorCode: 'DOCUMENT_INVALID',
      invalidFields: [expect.objectContaining({ field: 'documentNumber', errorCode: 'PATTERN_MISMATCH' })],
    });
    const noFile = result(
      { ...complete, documents: [{ ...document, fileContentExists: false }] },
      'proofOfIdentity',
    );
    expect(noFile.errorCode).toBe('DOCUMENT_FILE_MISSING');
    expect(noFile.failureReason).toMatch(/Upload the file/);
    const otherName = result(
      { ...complete, documents: [{ ...document, fields: { ...document.fields, lastName: 'Schmidt' } }] },
      'proofOfIdentity',
    );
    expect(otherName).toMatchObject({
      errorCode: 'DOCUMENT_NAME_MISMATCH',
      invalidFields: [expect.objectContaining({ field: 'lastName', errorCode: 'NAME_MISMATCH' })],
    });
    expect(JSON.stringify(otherName)).not.toMatch(/Schmidt|Müller/);
  });

  it('ignores a document of a type the requirement does not accept', () => {
    const r = result({ ...complete, documents: [{ ...document, type: 'utilityBill' }] }, 'proofOfIdentity');
    expect(r.errorCode).toBe('DOCUMENT_MISSING');
  });

  it('passes when one of several candidate documents meets the requirement', () => {
    const bad = { ...document, documentId: 'doc_04', fileContentExists: false };
    const outcome = evaluateBundle({
      ...complete,
      items: [...complete.items, item(4)],
      documents: [bad, document],
    });
    expect(outcome.status).toBe('COMPLIANT');
    expect(outcome.results[2]!.assetId).toBe('doc_03');
  });

  it('compares names without case, accents or extra spaces', () => {
    expect(sameName(' Jürgen  Müller', 'jurgen muller')).toBe(true);
    expect(sameName('Anna', 'Anne')).toBe(false);
  });
});
