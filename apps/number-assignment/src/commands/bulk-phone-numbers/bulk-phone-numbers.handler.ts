import type {
  BulkPhoneNumberResult,
  BulkPhoneNumbersReply,
  GetBundleInternalReply,
} from '@compliance/contracts';
import type { CommandMetadata } from '@compliance/event-sourcing';
import { checkE164, checkNumberForBundle, type NumberCheckFailure } from '../../domain/number-checks';
import type { PhoneNumberState } from '../../domain/phone-number.decider';
import type { NumbersDeps } from '../../numbers-deps';
import {
  applyBundleStatus,
  membershipOf,
  recordMembership,
  runNumberCommands,
  type NumberOutcome,
} from '../shared/number-commands';
import { parseBulkRequest, type BulkRequest } from './bulk-request';

const ADDABLE_STATUSES = new Set(['PENDING_REVIEW', 'IN_REVIEW', 'APPROVED']);

/** A bad entry is echoed as text, cut to a length no real number reaches (the body may hold 1 MiB of it). */
function echo(phoneNumber: unknown): string {
  const text =
    typeof phoneNumber === 'string' ? phoneNumber : (JSON.stringify(phoneNumber) ?? String(phoneNumber));
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

function failed(phoneNumber: unknown, failure: NumberCheckFailure): BulkPhoneNumberResult {
  return {
    phoneNumber: echo(phoneNumber),
    status: 'FAILED',
    errorCode: failure.code,
    message: failure.message,
  };
}

/**
 * `numbers.bulk-phone-numbers`: one result per given number, in the given order. Checks each number (form, plan,
 * country, type, duplicates), writes every number's stream with bounded concurrency (the one-bundle rule holds by
 * each stream's expected revision), then records the bundle's membership in one event. The whole request is one
 * service call: no round trip per number.
 */
export async function bulkPhoneNumbers(
  deps: NumbersDeps,
  request: unknown,
  metadata: CommandMetadata,
): Promise<BulkPhoneNumbersReply> {
  const parsed = parseBulkRequest(request);
  const bundle = await deps.bundles.getBundle(parsed.accountId, parsed.bundleId, metadata);
  const commandMetadata: CommandMetadata = { ...metadata, accountId: parsed.accountId };
  const results =
    parsed.action === 'ADD'
      ? await addNumbers(deps, parsed, bundle, commandMetadata)
      : await removeNumbers(deps, parsed, commandMetadata);
  return { results };
}

/** Index of each number's first occurrence; later ones are DUPLICATE_IN_REQUEST. */
function firstOccurrences(phoneNumbers: readonly unknown[]): (index: number) => boolean {
  const first = new Map<unknown, number>();
  phoneNumbers.forEach((n, i) => {
    if (!first.has(n)) first.set(n, i);
  });
  return (index) => first.get(phoneNumbers[index]) === index;
}

const DUPLICATE: NumberCheckFailure = {
  code: 'DUPLICATE_IN_REQUEST',
  message: 'This number is given more than once in the request; its first occurrence is the one processed.',
};

async function addNumbers(
  deps: NumbersDeps,
  request: BulkRequest,
  bundle: GetBundleInternalReply,
  metadata: CommandMetadata,
): Promise<BulkPhoneNumberResult[]> {
  const { bundleId, accountId, phoneNumbers } = request;
  const isFirst = firstOccurrences(phoneNumbers);
  const bundleRevision = typeof bundle.revision === 'number' ? bundle.revision : -1;
  const results: (BulkPhoneNumberResult | null)[] = phoneNumbers.map((phoneNumber, index) => {
    const form = checkE164(phoneNumber);
    if (form) return failed(phoneNumber, form);
    if (!isFirst(index)) return failed(phoneNumber, DUPLICATE);
    if (!ADDABLE_STATUSES.has(bundle.status)) {
      return failed(phoneNumber, {
        code: 'BUNDLE_NOT_SUBMITTED',
        message: `The bundle is ${bundle.status}: numbers can be added once it is submitted (PENDING_REVIEW, IN_REVIEW) or APPROVED.`,
      });
    }
    const problem = checkNumberForBundle(deps.plan, phoneNumber, bundle);
    return problem ? failed(phoneNumber, problem) : null;
  });
  const toAdd = phoneNumbers.filter((_, i) => results[i] === null) as string[];
  const outcomes = await runNumberCommands(
    deps,
    toAdd.map((phoneNumber) => ({
      type: 'AddPhoneNumber' as const,
      data: { phoneNumber, bundleId, accountId, bundleStatus: bundle.status, bundleRevision },
      metadata,
    })),
  );
  const byNumber = new Map<string, NumberOutcome>(toAdd.map((n, i) => [n, outcomes[i]!]));
  const observations = membershipOf(bundleId, byNumber);
  const holding = observations.filter((o) => o.holds).map((o) => o.phoneNumber);
  if (holding.length > 0) {
    const membership = await recordMembership(deps, bundleId, accountId, observations, metadata);
    // The bundle may have been approved or rejected between our read of it and this point, with the event already
    // acted on for the numbers it knew then: apply that status to ours too (ADR 0009).
    const { observedStatus, observedRevision } = membership;
    if (observedStatus !== null && observedRevision > bundleRevision) {
      const applied = await applyBundleStatus(
        deps,
        { bundleId, accountId, status: observedStatus, bundleRevision: observedRevision },
        holding,
        metadata,
      );
      for (const [n, outcome] of applied) if (outcome.ok) byNumber.set(n, outcome);
    }
  }
  return phoneNumbers.map((phoneNumber, index) => {
    const result = results[index];
    if (result) return result;
    return resultOf(phoneNumber as string, byNumber.get(phoneNumber as string)!);
  });
}

function resultOf(phoneNumber: string, outcome: NumberOutcome): BulkPhoneNumberResult {
  if (!outcome.ok) return failed(phoneNumber, outcome);
  return { phoneNumber, status: statusOf(outcome.state) };
}

function statusOf(state: PhoneNumberState): BulkPhoneNumberResult['status'] {
  return state.status ?? 'FAILED';
}

async function removeNumbers(
  deps: NumbersDeps,
  request: BulkRequest,
  metadata: CommandMetadata,
): Promise<BulkPhoneNumberResult[]> {
  const { bundleId, accountId, phoneNumbers } = request;
  const isFirst = firstOccurrences(phoneNumbers);
  const results: (BulkPhoneNumberResult | null)[] = phoneNumbers.map((phoneNumber, index) => {
    const form = checkE164(phoneNumber);
    if (form) return failed(phoneNumber, form);
    return isFirst(index) ? null : failed(phoneNumber, DUPLICATE);
  });
  const toRemove = phoneNumbers.filter((_, i) => results[i] === null) as string[];
  const outcomes = await runNumberCommands(
    deps,
    toRemove.map((phoneNumber) => ({
      type: 'RemovePhoneNumber' as const,
      data: { phoneNumber, bundleId, accountId },
      metadata,
    })),
  );
  const byNumber = new Map<string, NumberOutcome>(toRemove.map((n, i) => [n, outcomes[i]!]));
  const left = membershipOf(bundleId, byNumber);
  if (left.length > 0) await recordMembership(deps, bundleId, accountId, left, metadata);
  return phoneNumbers.map((phoneNumber, index) => {
    const result = results[index];
    if (result) return result;
    return resultOf(phoneNumber as string, byNumber.get(phoneNumber as string)!);
  });
}
