import {
  BUNDLE_STATUSES,
  type BundleItemView,
  type BundleRequestRef,
  type BundleView,
  type ListBundlesRequest,
  type ListForBundleRequest,
  type PageView,
} from '@compliance/contracts';
import { NotFoundError, ValidationError } from '@compliance/event-sourcing';
import countries from 'i18n-iso-countries';
import type { BundleDeps } from '../../bundle-deps';
import { toItemView } from '../../bundle/bundle-view';
import {
  accountOrNull,
  decodePageToken,
  encodePageToken,
  invalid,
  pageOf,
  pageSizeOf,
  requireAccountId,
  requireBundleId,
} from '../../bundle/request-checks';
import { toBundleView, type BundleRow } from './bundle.projection';
import { findBundleRow, listBundleRows } from './bundles.repository';

const NUMBER_TYPES = ['LOCAL', 'NATIONAL', 'MOBILE', 'TOLL_FREE'];
const END_USER_TYPES = ['INDIVIDUAL', 'BUSINESS'];

interface Cursor {
  s: string;
  v: string;
  id: string;
}

async function visibleRow(deps: BundleDeps, request: BundleRequestRef): Promise<BundleRow> {
  const bundleId = requireBundleId(request?.bundleId);
  const accountId = accountOrNull(request.accountId);
  const row = await findBundleRow(deps.pool, bundleId);
  if (!row || row.deleted || (accountId !== null && row.accountId !== accountId)) {
    throw new NotFoundError('bundle', bundleId);
  }
  return row;
}

export async function getBundle(deps: BundleDeps, request: BundleRequestRef): Promise<BundleView> {
  return toBundleView(await visibleRow(deps, request));
}

export async function listItems(
  deps: BundleDeps,
  request: ListForBundleRequest,
): Promise<PageView<BundleItemView>> {
  const row = await visibleRow(deps, request);
  return pageOf(row.items.map(toItemView), pageSizeOf(request.pageSize), request.pageToken);
}

export async function listCopies(
  deps: BundleDeps,
  request: ListForBundleRequest,
): Promise<PageView<BundleView>> {
  const row = await visibleRow(deps, request);
  return listBundles(
    deps,
    {
      accountId: row.accountId,
      pageSize: request.pageSize,
      ...(request.pageToken !== undefined && { pageToken: request.pageToken }),
      sortBy: 'createdAt',
      sortDirection: 'ASC',
    },
    row.bundleId,
  );
}

/** `GET .../bundles` with every filter, sort and keyset paging of API.md; always within one account. */
export async function listBundles(
  deps: BundleDeps,
  request: ListBundlesRequest,
  copiedFrom?: string,
): Promise<PageView<BundleView>> {
  const accountId = requireAccountId(request?.accountId);
  const limit = pageSizeOf(request.pageSize);
  const sortBy = request.sortBy ?? 'createdAt';
  const sortDirection = request.sortDirection ?? 'DESC';
  const errors: { field: string; code: string; message: string }[] = [];
  if (sortBy !== 'createdAt' && sortBy !== 'validUntil') {
    errors.push({
      field: 'sortBy',
      code: 'VALUE_NOT_ALLOWED',
      message: 'sortBy is createdAt or validUntil.',
    });
  }
  if (sortDirection !== 'ASC' && sortDirection !== 'DESC') {
    errors.push({
      field: 'sortDirection',
      code: 'VALUE_NOT_ALLOWED',
      message: 'sortDirection is ASC or DESC.',
    });
  }
  if (request.status !== undefined && !BUNDLE_STATUSES.includes(request.status)) {
    errors.push({
      field: 'status',
      code: 'VALUE_NOT_ALLOWED',
      message: `status is one of ${BUNDLE_STATUSES.join(', ')}.`,
    });
  }
  let country: string | undefined;
  if (request.country !== undefined) {
    const raw = String(request.country).trim();
    country = /^[A-Za-z]{2,3}$/.test(raw)
      ? raw.length === 2
        ? countries.alpha2ToAlpha3(raw.toUpperCase())
        : countries.isValid(raw.toUpperCase())
          ? raw.toUpperCase()
          : undefined
      : undefined;
    if (!country)
      errors.push({
        field: 'country',
        code: 'INVALID_COUNTRY',
        message: 'country is an ISO 3166-1 alpha-2 or alpha-3 code.',
      });
  }
  let numberType: string | undefined;
  if (request.numberType !== undefined) {
    const raw = String(request.numberType).toUpperCase();
    numberType = raw === 'GEOGRAPHIC' ? 'LOCAL' : raw;
    if (!NUMBER_TYPES.includes(numberType)) {
      errors.push({
        field: 'numberType',
        code: 'VALUE_NOT_ALLOWED',
        message: `numberType is one of ${NUMBER_TYPES.join(', ')} (or GEOGRAPHIC).`,
      });
    }
  }
  let endUserType: string | undefined;
  if (request.endUserType !== undefined) {
    endUserType = String(request.endUserType).toUpperCase();
    if (!END_USER_TYPES.includes(endUserType)) {
      errors.push({
        field: 'endUserType',
        code: 'VALUE_NOT_ALLOWED',
        message: 'endUserType is INDIVIDUAL or BUSINESS.',
      });
    }
  }
  if (request.validUntilBefore !== undefined && Number.isNaN(Date.parse(request.validUntilBefore))) {
    errors.push({
      field: 'validUntilBefore',
      code: 'INVALID_DATE',
      message: 'validUntilBefore is an ISO-8601 time.',
    });
  }
  if (errors.length > 0) throw new ValidationError(errors);
  const cursor = decodePageToken(request.pageToken, (v): v is Cursor => {
    const c = v as Partial<Cursor> | null;
    return (
      (typeof c?.s === 'string' &&
        typeof c.v === 'string' &&
        typeof c.id === 'string' &&
        !Number.isNaN(Date.parse(c.v))) ||
      c?.v === 'infinity'
    );
  });
  const sortKey = `${sortBy}:${sortDirection}`;
  if (cursor && cursor.s !== sortKey) {
    throw invalid(
      'pageToken',
      'INVALID_PAGE_TOKEN',
      'pageToken belongs to another sort order; start without it.',
    );
  }
  const rows = await listBundleRows(deps.pool, {
    accountId,
    ...(request.status !== undefined && { status: request.status }),
    ...(country !== undefined && { country }),
    ...(numberType !== undefined && { numberType }),
    ...(endUserType !== undefined && { endUserType }),
    ...(typeof request.hasValidUntil === 'boolean' && { hasValidUntil: request.hasValidUntil }),
    ...(request.validUntilBefore !== undefined && { validUntilBefore: request.validUntilBefore }),
    ...(copiedFrom !== undefined && { copiedFrom }),
    sortBy,
    sortDirection,
    ...(cursor && { after: { value: cursor.v, bundleId: cursor.id } }),
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextPageToken =
    rows.length > limit && last
      ? encodePageToken({
          s: sortKey,
          v: sortBy === 'validUntil' ? (last.validUntil ?? 'infinity') : last.createdAt,
          id: last.bundleId,
        } satisfies Cursor)
      : null;
  return { data: page.map(toBundleView), nextPageToken };
}
