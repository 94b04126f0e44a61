/**
 * How each family of event kinds is drawn: a shape, and colours that `data/site.json` gives and the theme
 * stylesheet turns into classes (`family-<id>`), so that kind is never told by colour alone.
 */
export type Shape = 'circle' | 'diamond' | 'square';

/** A family as `data/site.json` defines it (its colours live in the theme stylesheet). */
export interface FamilySpec {
	id: string;
	label: string;
	shape: Shape;
	kinds: readonly string[];
}

/** The family each kind belongs to, from the site's families. */
export function familyIndex(families: readonly FamilySpec[]): (kind: string) => FamilySpec {
	const byKind = new Map(families.flatMap((f) => f.kinds.map((k) => [k, f] as const)));
	const fallback: FamilySpec = families.at(-1) ?? { id: 'other', label: 'Other', shape: 'circle', kinds: [] };
	return (kind) => byKind.get(kind) ?? fallback;
}

/** The SVG path of a point mark centred on (x, y): one geometry for the chart, the canvas and the legend. */
export function markPath(shape: Shape, x: number, y: number): string {
	if (shape === 'diamond') return `M${x},${y - 6}l6,6l-6,6l-6,-6z`;
	if (shape === 'square') return `M${x - 5},${y - 5}h10v10h-10z`;
	return `M${x - 5.5},${y}a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0`;
}
