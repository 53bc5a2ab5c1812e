import type { BrandView, VettingView } from '@compliance/contracts';
import type { RegisteredBrand, VettingRecordState } from './brand.decider';

/** The public shape of a brand, from the aggregate (command replies) or the projection. */
export function toBrandView(brand: RegisteredBrand): BrandView {
  return brandViewOf({
    brandId: brand.brandId,
    accountId: brand.accountId,
    identityStatus: brand.identityStatus,
    ...brand.information,
    createdAt: brand.createdAt,
    updatedAt: brand.updatedAt,
  });
}

/** The view with its members in the documented order (stored JSONB does not keep it). */
export function brandViewOf(view: BrandView): BrandView {
  return {
    brandId: view.brandId,
    accountId: view.accountId,
    identityStatus: view.identityStatus,
    entityType: view.entityType,
    companyName: view.companyName,
    displayName: view.displayName,
    ein: view.ein,
    einIssuingCountry: view.einIssuingCountry,
    phone: view.phone,
    email: view.email,
    street: view.street,
    city: view.city,
    state: view.state,
    postalCode: view.postalCode,
    country: view.country,
    website: view.website,
    vertical: view.vertical,
    stockSymbol: view.stockSymbol,
    stockExchange: view.stockExchange,
    altBusinessId: view.altBusinessId,
    altBusinessIdType: view.altBusinessIdType,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}

export function toVettingView(brandId: string, vetting: VettingRecordState): VettingView {
  return vettingViewOf({ ...vetting, brandId });
}

/** The view with its members in the documented order (the guide's, then ours). */
export function vettingViewOf(vetting: VettingView): VettingView {
  return {
    evpId: vetting.evpId,
    vettingId: vetting.vettingId,
    vettingScore: vetting.vettingScore,
    vettingClass: vetting.vettingClass,
    vettingStatus: vetting.vettingStatus,
    createDate: vetting.createDate,
    vettedDate: vetting.vettedDate,
    brandId: vetting.brandId,
    failureReason: vetting.failureReason,
  };
}
