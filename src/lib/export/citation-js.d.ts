// citation-js ships no types: the little of its API the exports use.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		data: Record<string, unknown>[];
		format(format: string, options?: Record<string, unknown>): unknown;
	}
	export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
