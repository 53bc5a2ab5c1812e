import { ID_PREFIX, isId } from '@compliance/contracts';
import { loadAggregate, NotFoundError } from '@compliance/event-sourcing';
import type { EventStore } from '@compliance/event-store';
import { brandDecider, type RegisteredBrand } from '../domain/brand.decider';
import { brandStreamId } from './brand.stream';

/** The brand of this account from its stream; unknown, malformed and other accounts' ids are all NOT_FOUND. */
export async function loadAccountBrand(
  store: EventStore,
  accountId: string,
  brandId: string,
): Promise<RegisteredBrand> {
  if (typeof brandId !== 'string' || !isId(ID_PREFIX.brand, brandId))
    throw new NotFoundError('brand', String(brandId));
  const { state } = await loadAggregate(store, brandStreamId(brandId), brandDecider);
  if (state === null || state.accountId !== accountId) throw new NotFoundError('brand', brandId);
  return state;
}

/** Polls until `probe` answers, or the bound passes (then null: the caller answers from the store). */
export async function waitFor<T>(probe: () => Promise<T | null>, boundMs: number): Promise<T | null> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    const value = await probe();
    if (value !== null || Date.now() >= deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
