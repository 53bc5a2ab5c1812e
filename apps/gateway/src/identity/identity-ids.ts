import { ID_PREFIX, isId, type IdPrefix } from '@compliance/contracts';
import { ApiProblem } from '../errors/api-problem';

/** A malformed id names nothing: 404 like an unknown one, without asking the service. */
export function checkId(prefix: IdPrefix, id: string, what: string): string {
  if (!isId(prefix, id)) throw new ApiProblem(404, 'NOT_FOUND', `${what} ${id.slice(0, 64)} not found`);
  return id;
}

export const checkAccountId = (accountId: string): string => checkId(ID_PREFIX.account, accountId, 'account');
