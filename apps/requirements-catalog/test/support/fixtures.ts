import type { CatalogReference, CountryCodes, Requirement } from '../../src';

export const reference: CatalogReference = {
  endUserTypes: [
    {
      type: 'INDIVIDUAL',
      friendlyName: 'Individual',
      fields: [
        { name: 'firstName', friendlyName: 'First name', type: 'STRING', required: true, maxLength: 100 },
        { name: 'lastName', friendlyName: 'Last name', type: 'STRING', required: true, maxLength: 100 },
        { name: 'dateOfBirth', friendlyName: 'Date of birth', type: 'DATE', required: false },
        { name: 'taxId', friendlyName: 'Tax id', type: 'STRING', required: false, maxLength: 32 },
      ],
    },
    {
      type: 'BUSINESS',
      friendlyName: 'Business',
      fields: [
        {
          name: 'businessName',
          friendlyName: 'Business name',
          type: 'STRING',
          required: true,
          maxLength: 200,
        },
        {
          name: 'businessType',
          friendlyName: 'Legal form',
          type: 'ENUM',
          required: false,
          values: ['LIMITED_COMPANY', 'PARTNERSHIP'],
        },
      ],
    },
  ],
  documentTypes: [
    {
      type: 'passport',
      friendlyName: 'Passport',
      fields: [{ name: 'documentNumber', friendlyName: 'Number', type: 'STRING', required: true }],
      proofRequired: true,
      acceptedMimeTypes: ['application/pdf', 'image/png', 'image/jpeg'],
      deleteFileAfterVerification: false,
    },
    {
      type: 'utilityBill',
      friendlyName: 'Utility bill',
      fields: [],
      proofRequired: true,
      acceptedMimeTypes: ['application/pdf'],
      deleteFileAfterVerification: false,
    },
  ],
};

export const italianIndividual: Requirement = {
  endUser: {
    type: 'INDIVIDUAL',
    fields: [
      { name: 'firstName', friendlyName: 'Nome', type: 'STRING', required: true, maxLength: 100 },
      { name: 'lastName', friendlyName: 'Cognome', type: 'STRING', required: true, maxLength: 100 },
      {
        name: 'taxId',
        friendlyName: 'Codice fiscale',
        type: 'STRING',
        required: true,
        maxLength: 16,
        pattern: '^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$',
      },
    ],
  },
  address: { required: true, location: 'NATIONAL' },
  supportingDocuments: [
    {
      name: 'proofOfIdentity',
      friendlyName: 'Proof of identity',
      description: 'A valid photo ID.',
      purpose: 'IDENTITY',
      acceptedDocumentTypes: ['passport'],
    },
  ],
};

/** A stand-in for the ISO library, so domain tests stay pure. */
export const fakeCountries: CountryCodes = {
  toAlpha3(code) {
    const table: Record<string, string> = {
      DE: 'DEU',
      DEU: 'DEU',
      IT: 'ITA',
      ITA: 'ITA',
      FR: 'FRA',
      FRA: 'FRA',
    };
    return table[code.toUpperCase()];
  },
  name(alpha3) {
    return ({ DEU: 'Germany', ITA: 'Italy', FRA: 'France' } as Record<string, string>)[alpha3];
  },
};

/** Deep copy that tests may mutate freely. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
