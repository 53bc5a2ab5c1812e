import { XMLParser } from 'fast-xml-parser';
import { ADMIN_KEY, type AccountsStack } from '../accounts-harness';

export const brandsPath = (accountId: string, rest = '') =>
  `/v1/accounts/${accountId}/campaignManagement/10dlc/brands${rest}`;

export interface Account {
  accountId: string;
  apiKey: string;
}

export async function newAccount(stack: AccountsStack, name = 'Brand Owner Ltd'): Promise<Account> {
  const created = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name } });
  if (created.status !== 201) throw new Error(`account not created: ${created.status}`);
  return created.body as Account;
}

/** A valid brand body; `ein` decides the simulated identity status (odd last digit → UNVERIFIED). */
export function brandBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    entityType: 'PRIVATE_PROFIT',
    companyName: 'Bandwidth Test Inc.',
    displayName: 'Bandwidth',
    ein: '111111111',
    einIssuingCountry: 'US',
    phone: '+18009999999',
    email: 'test1@bandwidth.com',
    street: '1200 Test Road',
    city: 'Raleigh',
    state: 'NC',
    postalCode: '27606',
    country: 'US',
    website: 'https://www.bandwidth.com',
    vertical: 'COMMUNICATION',
    ...overrides,
  };
}

/** The same brand as the guide's `<Brand>` element. */
export function brandXml(overrides: Record<string, string> = {}, extra = ''): string {
  const fields = { ...brandBody(), ...overrides } as Record<string, string>;
  const elements = Object.entries(fields)
    .map(([name, value]) => {
      const element = name.charAt(0).toUpperCase() + name.slice(1);
      return `<${element}>${value}</${element}>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Brand>\n${elements}${extra}\n</Brand>`;
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, ignoreDeclaration: true });

export interface XmlAnswer {
  status: number;
  text: string;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML of every shape
  doc: any;
}

/** A request the way the guide sends it: XML body and `Content-Type: application/xml` (no Accept unless given). */
export async function xmlRequest(
  stack: AccountsStack,
  method: string,
  path: string,
  key: string | undefined,
  body?: string,
  headers: Record<string, string> = {},
): Promise<XmlAnswer> {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      ...(key !== undefined && { authorization: `Bearer ${key}` }),
      ...headers,
    },
    ...(body !== undefined && { body }),
  });
  const text = await response.text();
  const isXml = (response.headers.get('content-type') ?? '').includes('xml');
  return {
    status: response.status,
    text,
    headers: response.headers,
    doc: isXml && text ? parser.parse(text) : undefined,
  };
}

/** A parsed element that may be one or several. */
export function many<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
