/**
 * How the /actors filter compares names: case and accents ignored, and the letters that Unicode does not
 * decompose folded too ("Włodzimierz" is found by "wlodzimierz", "Cotič" by "cotic"), curly apostrophes as
 * straight ones, runs of spaces as one. Pure, so the page and its tests share it.
 */
const LETTERS: Record<string, string> = { ł: 'l', đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th' };

/** A name or a query as the filter compares them. */
export function foldName(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[łđðøæœßıþ]/g, (c) => LETTERS[c])
		.replace(/[’‘ʼ`]/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/** Whether `name` contains `query`, compared as `foldName` does; an empty query matches every name. */
export const nameMatches = (name: string, query: string) => foldName(name).includes(foldName(query));
