import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import type { CountryCodes } from '../domain/ports';

/** i18n-iso-countries: ISO 3166-1 codes and English short names (MIT, maintained). */
export function createIsoCountryCodes(): CountryCodes {
  countries.registerLocale(en);
  return {
    toAlpha3(code) {
      // The library also takes numeric codes; the domain has already refused anything but 2-3 letters.
      return countries.isValid(code) ? countries.toAlpha3(code) : undefined;
    },
    name(alpha3) {
      return countries.getName(alpha3, 'en', { select: 'official' });
    },
  };
}
