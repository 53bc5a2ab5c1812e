import {
  type BrandPage,
  type BrandView,
  type GetBrandRequest,
  type ListBrandsRequest,
} from '@compliance/contracts';
import { NotFoundError, ValidationError } from '@compliance/event-sourcing';
import type { BrandVettingDeps } from '../../brand-vetting.deps';
import { findAccountBrand, listBrands } from './brand.repository';

const BRAND_ID = /^brd_[0-9A-HJKMNP-TV-Z]{26}$/;

function pageTokenOf(brandId: string): string {
  return Buffer.from(brandId, 'utf8').toString('base64url');
}

function afterOf(pageToken: string | undefined): string | null {
  if (pageToken === undefined) return null;
  const brandId = Buffer.from(pageToken, 'base64url').toString('utf8');
  if (!BRAND_ID.test(brandId)) {
    throw new ValidationError([
      { field: 'pageToken', code: 'INVALID_FORMAT', message: 'pageToken is not a token this API gave out.' },
    ]);
  }
  return brandId;
}

export async function listBrandsQuery(
  deps: BrandVettingDeps,
  request: ListBrandsRequest,
): Promise<BrandPage> {
  const pageSize = Math.min(Math.max(Math.trunc(Number(request.pageSize) || 20), 1), 100);
  const rows = await listBrands(deps.pool, request.accountId, pageSize + 1, afterOf(request.pageToken));
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return { data: page, nextPageToken: rows.length > pageSize && last ? pageTokenOf(last.brandId) : null };
}

export async function getBrandQuery(deps: BrandVettingDeps, request: GetBrandRequest): Promise<BrandView> {
  const brand = BRAND_ID.test(String(request.brandId))
    ? await findAccountBrand(deps.pool, request.accountId, request.brandId)
    : null;
  if (!brand) throw new NotFoundError('brand', String(request.brandId));
  return brand;
}
