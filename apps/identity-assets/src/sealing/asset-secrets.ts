/** The personal data of each asset in plaintext: only ever in memory, sealed before it is stored anywhere. */
export interface EndUserSecret {
  readonly friendlyName: string;
  readonly customReference: string | null;
  readonly fields: Readonly<Record<string, string>>;
}

export interface AddressSecret {
  readonly customerName: string;
  readonly street: string;
  readonly streetSecondary: string | null;
  readonly city: string;
  readonly region: string | null;
  readonly postalCode: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  readonly customReference: string | null;
}

export interface DocumentSecret {
  readonly friendlyName: string;
  readonly customReference: string | null;
  readonly fields: Readonly<Record<string, string>>;
  readonly fileName: string | null;
  readonly sha256: string | null;
}
