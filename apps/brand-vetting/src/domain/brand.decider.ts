import type {
  BrandInformationV1,
  EvpId,
  IdentityStatus,
  VettingClass,
  VettingStatus,
} from '@compliance/contracts';
import { NotFoundError, ValidationError, type Decider } from '@compliance/event-sourcing';
import type { BrandCommandUnion } from './brand.command';
import { RegistryError } from './brand.errors';
import type { BrandEvent } from './brand.events';

export interface VettingRecordState {
  readonly vettingId: string;
  readonly evpId: EvpId;
  readonly vettingClass: VettingClass;
  readonly vettingStatus: VettingStatus;
  readonly vettingScore: number | null;
  readonly createDate: string;
  readonly vettedDate: string | null;
  readonly failureReason: string | null;
  /** REQUESTED here (completes later) or IMPORTED as the provider held it. */
  readonly origin: 'REQUESTED' | 'IMPORTED';
  /** The brand information version the request was made on (REQUESTED only). */
  readonly informationVersion: number | null;
}

export interface RegisteredBrand {
  readonly brandId: string;
  readonly accountId: string;
  readonly information: BrandInformationV1;
  readonly identityStatus: IdentityStatus;
  /** 1 at registration, +1 per revet: a vetting request is refused on a version it was already made on. */
  readonly informationVersion: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revetCommandIds: readonly string[];
  readonly vettings: readonly VettingRecordState[];
}

export type BrandState = RegisteredBrand | null;

function requireBrand(state: BrandState, accountId: string, brandId: string): RegisteredBrand {
  // Another account's brand is exactly an unknown one.
  if (state === null || state.accountId !== accountId) throw new NotFoundError('brand', brandId);
  return state;
}

function decide(command: BrandCommandUnion, state: BrandState): BrandEvent[] {
  const at = command.metadata.now.toISOString();
  switch (command.type) {
    case 'RegisterBrand': {
      if (state !== null) return [];
      const { brandId, accountId, information, identityStatus } = command.data;
      return [
        {
          type: 'BrandRegistered',
          data: { brandId, accountId, information, identityStatus, registeredAt: at },
        },
      ];
    }
    case 'RevetBrand': {
      const { accountId, commandId, identityStatus } = command.data;
      const brand = requireBrand(state, accountId, command.data.brandId);
      if (brand.revetCommandIds.includes(commandId)) return [];
      if (brand.identityStatus !== 'UNVERIFIED') {
        throw RegistryError.revetNotAllowed(brand.brandId, brand.identityStatus);
      }
      return [
        {
          type: 'BrandRevetted',
          data: {
            brandId: brand.brandId,
            accountId,
            commandId,
            previousIdentityStatus: brand.identityStatus,
            identityStatus,
            revettedAt: at,
          },
        },
      ];
    }
    case 'RequestVetting': {
      const { accountId, vettingId, evpId, vettingClass } = command.data;
      const brand = requireBrand(state, accountId, command.data.brandId);
      if (brand.vettings.some((v) => v.vettingId === vettingId)) return [];
      const repeated = brand.vettings.some(
        (v) =>
          v.origin === 'REQUESTED' &&
          v.evpId === evpId &&
          v.vettingClass === vettingClass &&
          v.informationVersion === brand.informationVersion,
      );
      if (repeated) throw RegistryError.resubmissionWithSameInformation();
      return [
        {
          type: 'VettingRequested',
          data: {
            brandId: brand.brandId,
            accountId,
            vettingId,
            evpId,
            vettingClass,
            brandInformationVersion: brand.informationVersion,
            createDate: at,
          },
        },
      ];
    }
    case 'CompleteVetting': {
      if (state === null) throw new NotFoundError('brand', command.data.brandId);
      const { vettingId, outcome } = command.data;
      const vetting = state.vettings.find((v) => v.vettingId === vettingId);
      if (!vetting || vetting.vettingStatus !== 'PENDING') return [];
      const base = { brandId: state.brandId, accountId: state.accountId, vettingId };
      return outcome.vettingStatus === 'ACTIVE'
        ? [
            {
              type: 'VettingCompleted',
              data: { ...base, vettingScore: outcome.vettingScore, vettedDate: outcome.vettedDate },
            },
          ]
        : [
            {
              type: 'VettingFailed',
              data: { ...base, failureReason: outcome.failureReason, failedAt: outcome.failedAt },
            },
          ];
    }
    case 'ImportVetting': {
      const { accountId, evpId, record } = command.data;
      const brand = requireBrand(state, accountId, command.data.brandId);
      const existing = brand.vettings.find((v) => v.vettingId === record.vettingId);
      if (existing?.evpId === evpId) return [];
      if (existing) {
        throw new ValidationError([
          {
            field: 'vettingId',
            code: 'ALREADY_ON_BRAND',
            message: `The brand already holds vetting ${record.vettingId} from ${existing.evpId}.`,
          },
        ]);
      }
      return [
        {
          type: 'VettingImported',
          data: {
            brandId: brand.brandId,
            accountId,
            vettingId: record.vettingId,
            evpId,
            vettingClass: record.vettingClass,
            vettingStatus: record.vettingStatus,
            vettingScore: record.vettingScore,
            createDate: record.createDate,
            vettedDate: record.vettedDate,
            importedAt: at,
          },
        },
      ];
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

function updateVetting(
  brand: RegisteredBrand,
  vettingId: string,
  change: Partial<VettingRecordState>,
): readonly VettingRecordState[] {
  return brand.vettings.map((v) => (v.vettingId === vettingId ? { ...v, ...change } : v));
}

function evolve(state: BrandState, event: BrandEvent): BrandState {
  switch (event.type) {
    case 'BrandRegistered': {
      const d = event.data;
      return {
        brandId: d.brandId,
        accountId: d.accountId,
        information: d.information,
        identityStatus: d.identityStatus,
        informationVersion: 1,
        createdAt: d.registeredAt,
        updatedAt: d.registeredAt,
        revetCommandIds: [],
        vettings: [],
      };
    }
    case 'BrandRevetted': {
      if (state === null) return state;
      const d = event.data;
      return {
        ...state,
        identityStatus: d.identityStatus,
        informationVersion: state.informationVersion + 1,
        updatedAt: d.revettedAt,
        revetCommandIds: [...state.revetCommandIds, d.commandId],
      };
    }
    case 'VettingRequested': {
      if (state === null) return state;
      const d = event.data;
      const record: VettingRecordState = {
        vettingId: d.vettingId,
        evpId: d.evpId,
        vettingClass: d.vettingClass,
        vettingStatus: 'PENDING',
        vettingScore: null,
        createDate: d.createDate,
        vettedDate: null,
        failureReason: null,
        origin: 'REQUESTED',
        informationVersion: d.brandInformationVersion,
      };
      return { ...state, vettings: [...state.vettings, record] };
    }
    case 'VettingCompleted': {
      if (state === null) return state;
      const d = event.data;
      return {
        ...state,
        vettings: updateVetting(state, d.vettingId, {
          vettingStatus: 'ACTIVE',
          vettingScore: d.vettingScore,
          vettedDate: d.vettedDate,
        }),
      };
    }
    case 'VettingFailed': {
      if (state === null) return state;
      const d = event.data;
      return {
        ...state,
        vettings: updateVetting(state, d.vettingId, {
          vettingStatus: 'FAILED',
          failureReason: d.failureReason,
        }),
      };
    }
    case 'VettingImported': {
      if (state === null) return state;
      const d = event.data;
      const record: VettingRecordState = {
        vettingId: d.vettingId,
        evpId: d.evpId,
        vettingClass: d.vettingClass,
        vettingStatus: d.vettingStatus,
        vettingScore: d.vettingScore,
        createDate: d.createDate,
        vettedDate: d.vettedDate,
        failureReason: null,
        origin: 'IMPORTED',
        informationVersion: null,
      };
      return { ...state, vettings: [...state.vettings, record] };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

export const brandDecider: Decider<BrandCommandUnion, BrandEvent, BrandState> = {
  initialState: null,
  evolve,
  decide,
};
