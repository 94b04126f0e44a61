/**
 * What the search compares: text lower-cased, punctuation as spaces, and a letter run joined to the number
 * after it, so "COP 10", "COP10" and "cop-10" are one key, and "A/RES/55/25" matches "a/res/55/25".
 * Plus the keys a record gains from the treaty's abbreviations (`aliases` in data/site.json): its terms, a
 * term with the session number where the title gives one as an ordinal, and `a res N N` for "resolution N/N".
 */
export function normalize(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.replace(/([a-z]) (?=\d)/g, '$1')
		.trim();
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

export interface Alias {
	terms: string[];
	means: string;
}

/** The extra search keys of a record with this title and text. */
export function aliasKeys(title: string, text: string, aliases: Alias[]): string {
	const t = title.toLowerCase();
	const all = `${t} ${text.toLowerCase()}`;
	const keys: string[] = [];
	const ordinal = ORDINALS.findIndex((o) => new RegExp(`\\b${o}\\b`).test(t)) + 1;
	for (const a of aliases) {
		if (!all.includes(a.means.toLowerCase())) continue;
		for (const term of a.terms) {
			keys.push(term);
			// The session number only where the title itself is about that body's session.
			if (ordinal && t.includes(a.means.toLowerCase())) keys.push(`${term}${ordinal}`);
		}
	}
	for (const [, x, y] of all.matchAll(/resolution (\d+)\/(\d+)/g)) keys.push(`a/res/${x}/${y}`);
	return keys.join(' ');
}
