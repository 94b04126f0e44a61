/**
 * Where a lesson step puts the timeline: the query its focus stands for, read by the view's own codec, and
 * the window it shows: the step's own, else a few years around its event, else the treaty's initial one.
 */
import { decodeSpan, type Span, type Vocabulary } from '$lib/state/query';
import { periodEnd, periodStart } from '$lib/graph/dates';
import { clampWindow } from '$lib/timeline/scales';
import type { LessonFocus } from '$lib/graph/schema';

const YEAR = 365.25 * 864e5;

/** The window a step shows, given the events' dates. */
export function focusSpan(focus: LessonFocus, events: { id: string; start: string; end?: string }[], vocabulary: Pick<Vocabulary, 'full' | 'initial'>): Span {
	if (focus.from && focus.to) return decodeSpan(`${focus.from}..${focus.to}`) ?? vocabulary.initial;
	const event = focus.event ? events.find((e) => e.id === focus.event) : undefined;
	if (!event) return vocabulary.initial;
	const [s, t] = [periodStart(event.start).getTime(), periodEnd(event.end ?? event.start).getTime()];
	const half = Math.max(4 * YEAR, (t - s) * 0.75);
	const mid = (s + t) / 2;
	return clampWindow([new Date(mid - half), new Date(mid + half)], vocabulary.full);
}

/** The step's query with its window given exactly (`span` is left for `focusSpan` to decide). */
export function focusQuery(params: string): URLSearchParams {
	const p = new URLSearchParams(params);
	p.delete('span');
	return p;
}
