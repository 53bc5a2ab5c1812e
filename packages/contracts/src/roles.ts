export const ROLES = ['CUSTOMER', 'REVIEWER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ['REVIEWER', 'ADMIN'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
