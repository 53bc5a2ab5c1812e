import {
  PHONE_NUMBER_STATUSES,
  PHONE_NUMBERS_DEFAULT_PAGE_SIZE,
  PHONE_NUMBERS_MAX_PAGE_SIZE,
  type GetPhoneNumberRequest,
  type ListBundlePhoneNumbersRequest,
  type PhoneNumberChangeView,
  type PhoneNumberHistoryPage,
  type PhoneNumberPage,
  type PhoneNumberView,
} from '@compliance/contracts';
import { NotFoundError, ValidationError, type CommandMetadata } from '@compliance/event-sourcing';
import { E164_PATTERN } from '../../domain/number-checks';
import type { PhoneNumberStatusChanged } from '../../domain/phone-number.events';
import type { NumbersDeps } from '../../numbers-deps';
import { phoneNumberStreamId } from '../../streams/number-streams';
import type { PhoneNumberRow } from './phone-number.projection';
import { findPhoneNumber, listBundleNumbers } from './phone-numbers.repository';

export function toView(row: PhoneNumberRow): PhoneNumberView {
  return {
    phoneNumber: row.phoneNumber,
    bundleId: row.bundleId,
    status: row.status,
    attachedAt: row.attachedAt,
    updatedAt: row.updatedAt,
  };
}

function text(value: unknown, field: string): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= 100) return value;
  throw new ValidationError([{ field, code: 'REQUIRED', message: `${field} is required.` }]);
}

/** Page tokens are the last number of the page, base64url: opaque to clients, stable when rows change. */
function decodeToken(token: unknown): string | undefined {
  if (token === undefined || token === null || token === '') return undefined;
  const decoded = typeof token === 'string' ? Buffer.from(token, 'base64url').toString('utf8') : '';
  if (!E164_PATTERN.test(decoded)) {
    throw new ValidationError([
      { field: 'pageToken', code: 'INVALID', message: 'pageToken is not one this API gave.' },
    ]);
  }
  return decoded;
}

/** `numbers.list-bundle-phone-numbers`: 404 unless the bundle is the account's (asked of bundle-lifecycle). */
export async function listBundlePhoneNumbers(
  deps: NumbersDeps,
  request: ListBundlePhoneNumbersRequest,
  metadata: CommandMetadata,
): Promise<PhoneNumberPage> {
  const accountId = text(request?.accountId, 'accountId');
  const bundleId = text(request?.bundleId, 'bundleId');
  const pageSize = request.pageSize ?? PHONE_NUMBERS_DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > PHONE_NUMBERS_MAX_PAGE_SIZE) {
    throw new ValidationError([
      {
        field: 'pageSize',
        code: 'OUT_OF_RANGE',
        message: `pageSize is 1 to ${PHONE_NUMBERS_MAX_PAGE_SIZE}.`,
      },
    ]);
  }
  const status = request.status;
  if (status !== undefined && !(PHONE_NUMBER_STATUSES as readonly string[]).includes(status)) {
    throw new ValidationError([
      {
        field: 'status',
        code: 'VALUE_NOT_ALLOWED',
        message: `status is one of ${PHONE_NUMBER_STATUSES.join(', ')}.`,
      },
    ]);
  }
  const after = decodeToken(request.pageToken);
  await deps.bundles.getBundle(accountId, bundleId, metadata);
  const rows = await listBundleNumbers(deps.pool, {
    accountId,
    bundleId,
    status: status,
    after,
    limit: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    data: page.map(toView),
    nextPageToken:
      rows.length > pageSize && last ? Buffer.from(last.phoneNumber).toString('base64url') : null,
  };
}

/** `numbers.get-phone-number`: the number as it is now; another account's number is NOT_FOUND like an unknown one. */
export async function getPhoneNumber(
  deps: NumbersDeps,
  request: GetPhoneNumberRequest,
): Promise<PhoneNumberView> {
  const accountId = text(request?.accountId, 'accountId');
  const phoneNumber = text(request?.phoneNumber, 'phoneNumber');
  const row = E164_PATTERN.test(phoneNumber) ? await findPhoneNumber(deps.pool, phoneNumber) : null;
  if (!row || row.accountId !== accountId) throw new NotFoundError('phone number', phoneNumber);
  return toView(row);
}

/**
 * `numbers.get-phone-number-history`: straight from the number's stream (the whole history is kept there), limited
 * to the changes made while the number was on a bundle of this account.
 */
export async function getPhoneNumberHistory(
  deps: NumbersDeps,
  request: GetPhoneNumberRequest,
): Promise<PhoneNumberHistoryPage> {
  const accountId = text(request?.accountId, 'accountId');
  const phoneNumber = text(request?.phoneNumber, 'phoneNumber');
  if (!E164_PATTERN.test(phoneNumber)) throw new NotFoundError('phone number', phoneNumber);
  const events = await deps.store.readStream(phoneNumberStreamId(phoneNumber));
  const data: PhoneNumberChangeView[] = [];
  let previousAccountId: string | null = null;
  for (const event of events) {
    if (event.type !== 'PhoneNumberStatusChanged') continue;
    const d = event.data as PhoneNumberStatusChanged['data'];
    const ours = d.accountId === accountId;
    const continued = previousAccountId === accountId;
    previousAccountId = d.accountId;
    if (!ours) continue;
    data.push({
      bundleId: d.bundleId,
      // The status it had under another account is that account's business.
      previousStatus: continued ? d.previousStatus : null,
      status: d.status,
      reason: d.reason,
      occurredAt: d.occurredAt,
    });
  }
  if (data.length === 0) throw new NotFoundError('phone number', phoneNumber);
  return { data, nextPageToken: null };
}
