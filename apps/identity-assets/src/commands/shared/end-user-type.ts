import type { EndUserTypeView } from '@compliance/contracts';
import { ValidationError } from '@compliance/event-sourcing';
import type { CatalogLookup } from '../../catalog/catalog-lookup';

export async function endUserTypeOf(catalog: CatalogLookup, type: unknown): Promise<EndUserTypeView> {
  const name = typeof type === 'string' ? type.trim().toUpperCase() : '';
  const found = /^[A-Z_]{1,64}$/.test(name) ? await catalog.endUserType(name) : null;
  if (!found) {
    throw new ValidationError(
      [
        {
          field: 'type',
          code: 'VALUE_NOT_ALLOWED',
          message: 'Use an end-user type of the catalog: INDIVIDUAL or BUSINESS.',
        },
      ],
      `'${String(type).slice(0, 64)}' is not an end-user type.`,
    );
  }
  return found;
}
