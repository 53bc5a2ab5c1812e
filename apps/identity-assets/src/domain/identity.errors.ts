import { DomainError } from '@compliance/event-sourcing';

export type AssetKind = 'end user' | 'address' | 'document';

/** Unknown, deleted, or of another account: all look the same to the caller (API.md: another account's id is 404). */
export function assetNotFound(kind: AssetKind, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${kind} ${id} not found`, { id });
}

export function assetLocked(kind: AssetKind, id: string, bundleIds: readonly string[]): DomainError {
  return new DomainError(
    'ASSET_LOCKED',
    `${kind} ${id} is in a bundle under review or approved (${bundleIds.join(', ')}); change it through a copy of the bundle`,
    { id, bundleIds: [...bundleIds] },
  );
}

export function staleVersion(kind: AssetKind, id: string): DomainError {
  return new DomainError('CONCURRENT_MODIFICATION', `${kind} ${id} changed while it was being updated`, {
    id,
  });
}

export function erasedEndUser(id: string): DomainError {
  return new DomainError(
    'INVALID_STATUS_TRANSITION',
    `the personal data of end user ${id} has been erased; it can no longer change`,
    { id },
  );
}
