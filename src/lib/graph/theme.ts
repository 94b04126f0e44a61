/**
 * The chart's palette as CSS, generated from `data/site.json`: a custom property per kind family and link
 * type (`--family-meeting-fill`, `--link-led-to`), and classes that read them (`.family-meeting`,
 * `.link-led-to`). Components use the classes, never a colour; a theme (the projector's high contrast) is
 * one stylesheet that overrides the properties.
 */
import { site, type Site } from './schema.ts';

export function themeCss(text: string | undefined): string {
	let parsed: Site;
	try {
		const result = site.safeParse(JSON.parse(text ?? ''));
		if (!result.success) return '';
		parsed = result.data;
	} catch {
		// The validator reports the broken file; the stylesheet just stays empty.
		return '';
	}
	const vars: string[] = [];
	const rules: string[] = [];
	for (const f of parsed.families) {
		vars.push(`--family-${f.id}-fill: ${f.fill};`, `--family-${f.id}-stroke: ${f.stroke};`);
		rules.push(`.family-${f.id} { fill: var(--family-${f.id}-fill); stroke: var(--family-${f.id}-stroke); }`);
	}
	for (const [type, l] of Object.entries(parsed.links)) {
		vars.push(`--link-${type}: ${l.colour};`);
		rules.push(`.link-${type} { stroke: var(--link-${type}); stroke-dasharray: ${l.dash}; }`, `.arrow-${type} { fill: var(--link-${type}); }`);
	}
	return `:root {\n\t${vars.join('\n\t')}\n}\n${rules.join('\n')}\n`;
}
