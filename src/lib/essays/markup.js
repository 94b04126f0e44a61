// What an essay's Markdown becomes before mdsvex reads it: the essay components imported, and each `##`
// heading given the id its table of contents links to. Plain JavaScript, because svelte.config.js runs it.

/** The components an essay may use. */
export const essayComponents = ['EventRef', 'Quote', 'Note', 'Differ', 'MiniTimeline'];

/**
 * A heading's id: lower-case words of a–z and 0–9 joined by single hyphens.
 * @param {string} text
 */
export function headingSlug(text) {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/['’]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'section'
	);
}

/**
 * The ids of a list of headings, made unique with -2, -3… in order.
 * @param {string[]} texts
 * @returns {string[]}
 */
export function headingIds(texts) {
	/** @type {Map<string, number>} */
	const seen = new Map();
	return texts.map((t) => {
		const base = headingSlug(t);
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base}-${n}`;
	});
}

/**
 * Rewrites an essay's source for mdsvex: an import of the essay components after the front matter, and `## Heading` lines as `<h2 id>`.
 * @param {string} content
 */
export function essayMarkup(content) {
	const front = /^---\n[\s\S]*?\n---\n/.exec(content)?.[0] ?? '';
	const body = content.slice(front.length);
	const lines = body.split('\n');
	const headings = lines.filter((l) => /^## /.test(l)).map((l) => l.slice(3).trim());
	const ids = headingIds(headings);
	let h = 0;
	const rewritten = lines.map((l) => (/^## /.test(l) ? `<h2 id="${ids[h++]}">${l.slice(3).trim()}</h2>` : l)).join('\n');
	const imports = `<script>\n\timport { ${essayComponents.join(', ')} } from '$lib/components/essay';\n</script>\n`;
	return front + imports + rewritten;
}
