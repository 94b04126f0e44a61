/**
 * ISO 3166-1 alpha-3 country codes and their English names: the one place every page, facet and timeline
 * takes a country's name from.
 *
 * Names are the short common ones ("Iran", "Russia", "United States"), not the formal ones ("Islamic Republic
 * of Iran", "Russian Federation"): they are how the sources write them (Tennant 2021 writes "Russia", "the US",
 * "Turkey"), how the graph's state actors are named (`data/actors.json`: "Iran", "Russia", "Turkey") and what a
 * reader types into a filter. i18n-iso-countries has no consistent short form (its "official" select gives
 * "Islamic Republic of Iran" but "Moldova, Republic of"; its "alias" select gives "UK" and "Korea, Republic of"),
 * so its "official" name is used unless `SHORT` below names the country more briefly.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** Short common names where the package's "official" name is a formal or inverted one. */
const SHORT: Record<string, string> = {
	BRN: 'Brunei',
	CHN: 'China',
	CIV: 'Côte d’Ivoire',
	CZE: 'Czechia',
	FSM: 'Micronesia',
	GMB: 'Gambia',
	IRN: 'Iran',
	LAO: 'Laos',
	MDA: 'Moldova',
	MKD: 'North Macedonia',
	PSE: 'Palestine',
	RUS: 'Russia',
	SYR: 'Syria',
	TUR: 'Turkey',
	TWN: 'Taiwan',
	TZA: 'Tanzania',
	USA: 'United States',
	VAT: 'Holy See'
};

/** Whether `code` is a current ISO 3166-1 alpha-3 code. */
export function isIso3(code: string): boolean {
	return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** The English short name of a country ("Italy", "Iran", "Russia"), or the code itself when unknown. */
export function countryName(code: string): string {
	return SHORT[code] ?? countries.getName(code, 'en', { select: 'official' }) ?? code;
}

/** The alpha-3 code of an ISO 3166-1 numeric code (world-atlas ids are numeric: "380" → "ITA"), when current. */
export function alpha3FromNumeric(numeric: string | number): string | undefined {
	return countries.numericToAlpha3(numeric);
}
