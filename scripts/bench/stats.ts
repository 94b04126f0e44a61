/** Order statistics for the benchmark: medians, percentiles, ranges, paired ratios. */
const finite = (xs: (number | undefined)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);

/** The value at quantile q (nearest rank), NaN for no values. */
export function quantile(xs: (number | undefined)[], q: number): number {
	const s = finite(xs);
	if (!s.length) return NaN;
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
export const median = (xs: (number | undefined)[]) => {
	const s = finite(xs);
	if (!s.length) return NaN;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const p95 = (xs: (number | undefined)[]) => quantile(xs, 0.95);
export const min = (xs: (number | undefined)[]) => finite(xs)[0] ?? NaN;
export const max = (xs: (number | undefined)[]) => finite(xs).at(-1) ?? NaN;
export const count = (xs: (number | undefined)[]) => finite(xs).length;

/** Ratios a[i] / b[i] of the loads made in the same round. */
export const paired = (a: (number | undefined)[], b: (number | undefined)[]) =>
	a.map((x, i) => (x !== undefined && b[i] !== undefined && Number.isFinite(x) && Number.isFinite(b[i]!) && b[i]! > 0 ? x / b[i]! : NaN));
