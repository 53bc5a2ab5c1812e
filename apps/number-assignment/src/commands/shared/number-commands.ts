import type { PhoneNumberErrorCode } from '@compliance/contracts';
import { ConcurrentModificationError, handleCommand, type CommandMetadata } from '@compliance/event-sourcing';
import pLimit from 'p-limit';
import type { MembershipObservation } from '../../domain/bundle-numbers.command';
import type { BundleNumbersState } from '../../domain/bundle-numbers.decider';
import { bundleNumbersDecider } from '../../domain/bundle-numbers.decider';
import { PhoneNumberRefused } from '../../domain/numbers.errors';
import type { ObservedBundleStatus, PhoneNumberCommand } from '../../domain/phone-number.command';
import { holdsBundle, phoneNumberDecider, type PhoneNumberState } from '../../domain/phone-number.decider';
import type { NumbersDeps } from '../../numbers-deps';
import { bundleNumbersStreamId, phoneNumberStreamId } from '../../streams/number-streams';

/** Retries of a number command after a revision conflict (a number written by two requests at once). */
const NUMBER_COMMAND_RETRIES = 5;

export type NumberOutcome =
  | { ok: true; state: PhoneNumberState; revision: number }
  | { ok: false; code: PhoneNumberErrorCode; message: string };

/** One command on one number's stream; a refusal or a lost race is an outcome, anything else (the store away) throws. */
export async function runNumberCommand(
  deps: NumbersDeps,
  command: PhoneNumberCommand,
): Promise<NumberOutcome> {
  try {
    const result = await handleCommand(deps.store, {
      streamId: phoneNumberStreamId(command.data.phoneNumber),
      decider: phoneNumberDecider,
      command,
      maxRetries: NUMBER_COMMAND_RETRIES,
    });
    return { ok: true, state: result.state, revision: result.nextRevision };
  } catch (error) {
    if (error instanceof PhoneNumberRefused) return { ok: false, code: error.code, message: error.message };
    if (error instanceof ConcurrentModificationError) {
      return {
        ok: false,
        code: 'CONCURRENT_MODIFICATION',
        message: `${command.data.phoneNumber} was changed by other requests at the same time; send it again.`,
      };
    }
    throw error;
  }
}

/** Runs commands over many numbers with bounded concurrency; outcomes in input order. */
export function runNumberCommands(
  deps: NumbersDeps,
  commands: readonly PhoneNumberCommand[],
): Promise<NumberOutcome[]> {
  const limit = pLimit(deps.concurrency);
  return Promise.all(commands.map((command) => limit(() => runNumberCommand(deps, command))));
}

/** What each successful outcome says about the number holding this bundle, at its stream revision. */
export function membershipOf(
  bundleId: string,
  outcomes: ReadonlyMap<string, NumberOutcome>,
): MembershipObservation[] {
  const observations: MembershipObservation[] = [];
  for (const [phoneNumber, outcome] of outcomes) {
    if (!outcome.ok) continue;
    const holds = holdsBundle(outcome.state) && outcome.state.bundleId === bundleId;
    observations.push({ phoneNumber, revision: outcome.revision, holds });
  }
  return observations;
}

export async function recordMembership(
  deps: NumbersDeps,
  bundleId: string,
  accountId: string,
  numbers: readonly MembershipObservation[],
  metadata: CommandMetadata,
): Promise<BundleNumbersState> {
  const result = await handleCommand(deps.store, {
    streamId: bundleNumbersStreamId(bundleId),
    decider: bundleNumbersDecider,
    command: { type: 'RecordMembership', data: { bundleId, accountId, numbers }, metadata },
    maxRetries: 10,
  });
  return result.state;
}

export async function observeBundleStatus(
  deps: NumbersDeps,
  bundleId: string,
  accountId: string,
  status: ObservedBundleStatus,
  bundleRevision: number,
  metadata: CommandMetadata,
): Promise<BundleNumbersState> {
  const result = await handleCommand(deps.store, {
    streamId: bundleNumbersStreamId(bundleId),
    decider: bundleNumbersDecider,
    command: { type: 'ObserveBundleStatus', data: { bundleId, accountId, status, bundleRevision }, metadata },
    maxRetries: 10,
  });
  return result.state;
}

/**
 * Moves the given numbers of a bundle with a bundle status (approval activates, rejection fails or suspends, deletion
 * removes), then records the ones that left the bundle. Idempotent: a number already moved by this bundle revision is
 * left alone. Returns each number's state afterwards.
 */
export async function applyBundleStatus(
  deps: NumbersDeps,
  target: { bundleId: string; accountId: string; status: ObservedBundleStatus; bundleRevision: number },
  phoneNumbers: readonly string[],
  metadata: CommandMetadata,
): Promise<Map<string, NumberOutcome>> {
  const outcomes = await runNumberCommands(
    deps,
    phoneNumbers.map((phoneNumber) => ({
      type: 'ApplyBundleStatus' as const,
      data: {
        phoneNumber,
        bundleId: target.bundleId,
        bundleStatus: target.status,
        bundleRevision: target.bundleRevision,
      },
      metadata,
    })),
  );
  const byNumber = new Map(phoneNumbers.map((n, i) => [n, outcomes[i]!]));
  const left = membershipOf(target.bundleId, byNumber).filter((o) => !o.holds);
  if (left.length > 0) await recordMembership(deps, target.bundleId, target.accountId, left, metadata);
  return byNumber;
}
