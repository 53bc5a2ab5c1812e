import type { PhoneNumberStatus } from '@compliance/contracts';
import type { Projection } from '@compliance/event-sourcing';
import type { PhoneNumberStatusChanged } from '../../domain/phone-number.events';

/** One row of `numbers.phone_numbers`: a number as it is now, in the bundle it last joined. */
export interface PhoneNumberRow {
  readonly phoneNumber: string;
  readonly accountId: string;
  readonly bundleId: string;
  readonly status: PhoneNumberStatus;
  readonly attachedAt: string | null;
  readonly updatedAt: string;
}

/** The latest change wins; the same event applied twice gives the same row. */
export const phoneNumberProjection: Projection<PhoneNumberRow, PhoneNumberStatusChanged> = {
  handles: ['PhoneNumberStatusChanged'],
  evolve(_row, event) {
    switch (event.type) {
      case 'PhoneNumberStatusChanged': {
        const d = event.data;
        return {
          phoneNumber: d.phoneNumber,
          accountId: d.accountId,
          bundleId: d.bundleId,
          status: d.status,
          attachedAt: d.attachedAt,
          updatedAt: d.occurredAt,
        };
      }
      default: {
        const _exhaustive: never = event.type;
        return _row;
      }
    }
  },
};

export function isWellFormedNumberChange(data: unknown): data is PhoneNumberStatusChanged['data'] {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    typeof d.phoneNumber === 'string' &&
    typeof d.accountId === 'string' &&
    typeof d.bundleId === 'string' &&
    typeof d.status === 'string' &&
    typeof d.occurredAt === 'string' &&
    (d.attachedAt === null || typeof d.attachedAt === 'string')
  );
}
