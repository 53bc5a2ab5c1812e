import type {
  BrandInformationV1,
  EvpId,
  IdentityStatus,
  RequestableEvpId,
  VettingClass,
} from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import type { ProviderRecord, VettingOutcome } from './ports';

interface BrandCommand<TType extends string, TData> {
  readonly type: TType;
  readonly data: TData;
  readonly metadata: CommandMetadata;
}

/** `identityStatus` is what the registry answered for `information` (asked before deciding). */
export type RegisterBrand = BrandCommand<
  'RegisterBrand',
  {
    brandId: string;
    accountId: string;
    information: BrandInformationV1;
    identityStatus: IdentityStatus;
  }
>;

/** `identityStatus` is the registry's answer to the revet. */
export type RevetBrand = BrandCommand<
  'RevetBrand',
  { brandId: string; commandId: string; accountId: string; identityStatus: IdentityStatus }
>;

export type RequestVetting = BrandCommand<
  'RequestVetting',
  {
    brandId: string;
    accountId: string;
    vettingId: string;
    evpId: RequestableEvpId;
    vettingClass: VettingClass;
  }
>;

/** The provider finished a requested vetting. */
export type CompleteVetting = BrandCommand<
  'CompleteVetting',
  { brandId: string; vettingId: string; outcome: VettingOutcome }
>;

/** `record` is what the provider holds under (evpId, vettingId). */
export type ImportVetting = BrandCommand<
  'ImportVetting',
  { brandId: string; accountId: string; evpId: EvpId; record: ProviderRecord }
>;

export type BrandCommandUnion = RegisterBrand | RevetBrand | RequestVetting | CompleteVetting | ImportVetting;
