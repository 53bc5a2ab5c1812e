/*
 * Build step: `tsc && node dist/check-data.js`. Fails the build on any problem in data/, listing all of them.
 */
import { createCityDirectory } from './adapters/city-directory';
import { createIsoCountryCodes } from './adapters/iso-country-codes';
import { CONTINENTS, loadCatalogData, publishCatalogData } from './catalog-data/catalog-data';

export const MIN_COUNTRIES = 30;

export function checkData(): string[] {
  const countries = createIsoCountryCodes();
  const cities = createCityDirectory();
  const loaded = loadCatalogData(countries);
  if (!loaded.ok) return loaded.problems.map((p) => `${p.field} [${p.code}] ${p.message}`);
  const data = loaded.value;
  const errors: string[] = [];
  const cityCountries = new Set(cities.countries());
  const published = publishCatalogData(
    data,
    { countries, hasCityData: (c) => cityCountries.has(c) },
    new Date(),
  );
  if (!published.ok) errors.push(...published.problems.map((p) => `${p.field} [${p.code}] ${p.message}`));
  if (data.countries.length < MIN_COUNTRIES) {
    errors.push(`regulations/: ${data.countries.length} countries, at least ${MIN_COUNTRIES} wanted`);
  }
  for (const continent of CONTINENTS) {
    if (!data.countries.some((c) => c.continent === continent))
      errors.push(`regulations/: no country in ${continent}`);
  }
  for (const country of cityCountries) {
    if (cities.entries(country).length === 0) errors.push(`city-info: no entries for ${country}`);
  }
  return errors;
}

if (require.main === module) {
  const errors = checkData();
  if (errors.length > 0) {
    console.error(`Catalog data check failed with ${errors.length} problem(s):\n${errors.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('Catalog data check passed.');
  }
}
