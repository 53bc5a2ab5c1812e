export type Role = 'CUSTOMER' | 'REVIEWER' | 'ADMIN';

export const ROLES: readonly Role[] = ['CUSTOMER', 'REVIEWER', 'ADMIN'];

/** Who is calling: resolved from the API key by the auth guard. */
export interface Principal {
  principalId: string;
  role: Role;
  /** The account a CUSTOMER key belongs to; null for platform staff. */
  accountId: string | null;
  apiKeyId: string;
}
