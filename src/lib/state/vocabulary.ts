/** The values a timeline view's URL may name, and its extent and initial window, from the timeline's data. */
import { periodEnd, periodStart } from '$lib/graph/dates';
import { fullDomain } from '$lib/timeline/scales';
import type { TimelineData } from '$lib/timeline/data';
import type { Vocabulary } from './query';

export function vocabularyOf(data: Pick<TimelineData, 'events' | 'names' | 'settings' | 'until' | 'essays' | 'eras'>): Vocabulary {
	const full = fullDomain(data.events, 1, new Date(Date.UTC(Number(data.until), 0, 1)));
	const span = data.settings.span;
	return {
		actor: new Set(Object.keys(data.names.actor)),
		country: new Set(Object.keys(data.names.country)),
		kind: new Set(Object.keys(data.names.kind)),
		theme: new Set(Object.keys(data.names.theme)),
		event: new Set(data.events.map((e) => e.id)),
		essays: new Map(data.essays.map((e) => [e.slug, { title: e.title, events: e.events }])),
		years: [full[0].getUTCFullYear(), full[1].getUTCFullYear() - 1],
		eras: new Map(data.eras.map((e) => [e.id, [periodStart(e.start), e.end ? periodEnd(e.end) : full[1]]])),
		lanes: data.settings.lanes,
		full,
		// The whole graph, unless the treaty's data names a window to open on.
		initial: span ? [periodStart(span.from), periodEnd(span.to)] : full
	};
}
