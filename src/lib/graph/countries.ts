/** ISO 3166-1 alpha-3 country codes and their English names, from the i18n-iso-countries package. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** Whether `code` is a current ISO 3166-1 alpha-3 code. */
export function isIso3(code: string): boolean {
	return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** The English short name of a country ("Italy"), or the code itself when unknown. */
export function countryName(code: string): string {
	return countries.getName(code, 'en', { select: 'official' }) ?? code;
}
