import { ulid } from 'ulid';

/** Type prefixes of public ids (API.md "Conventions"), plus internal ones (`key_`, `stf_`). */
export const ID_PREFIX = {
  account: 'acc_',
  apiKey: 'key_',
  staff: 'stf_',
  regulation: 'reg_',
  endUser: 'eu_',
  address: 'adr_',
  document: 'doc_',
  bundle: 'bun_',
  item: 'itm_',
  evaluation: 'evl_',
  brand: 'brd_',
  vetting: 'vet_',
} as const;

export type IdPrefix = (typeof ID_PREFIX)[keyof typeof ID_PREFIX];

const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function newUlid(): string {
  return ulid();
}

/** Prefix + ULID: opaque, unique, time-ordered. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}${ulid()}`;
}

export function isUlid(value: string): boolean {
  return ULID_PATTERN.test(value);
}

export function isId(prefix: IdPrefix, value: string): boolean {
  return value.startsWith(prefix) && isUlid(value.slice(prefix.length));
}
