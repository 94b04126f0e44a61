import { error } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';
import type { StepView } from '$lib/classroom/resolve';
import type { CitationView, SourceRef } from '$lib/graph/views';
import type { TimelineData } from '$lib/timeline/data';
import { emptyQuery } from '$lib/state/query';
import { matches } from '$lib/timeline/filter';
import { yearOf } from '$lib/graph/dates';
import { getGraph } from '$lib/server/graph';
import { getLessons, lessonView } from '$lib/server/lessons';
import { timelineData } from '$lib/server/timeline';

export const entries: EntryGenerator = () => getLessons().map((l) => ({ lesson: l.id }));

/** One source of the handout's list, with the places the lesson cites it. */
export interface HandoutSource {
	source: SourceRef;
	locators: string[];
}

/** A step as the handout prints it: no teacher notes, and the numbers of its sources in the list. */
export type HandoutStep = Omit<StepView, 'notes'> & { refs: number[] };

/**
 * The lesson's sources (its steps', its quotations' and its disputes' claims'), each source once with its
 * locators, in order of first use; and each step with the 1-based numbers of the sources it cites.
 */
function handoutSources(steps: StepView[]): { sources: HandoutSource[]; refs: number[][] } {
	const sources: HandoutSource[] = [];
	const add = (c: CitationView) => {
		let i = sources.findIndex((x) => x.source.id === c.source.id);
		if (i < 0) i = sources.push({ source: c.source, locators: [] }) - 1;
		if (!sources[i].locators.includes(c.locator)) sources[i].locators.push(c.locator);
		return i + 1;
	};
	const refs = steps.map((s) => {
		const cited = [...s.sources, ...(s.quote ? [s.quote.citation] : []), ...(s.event?.disputes.flatMap((d) => d.claims.map((c) => c.citation)) ?? [])];
		return [...new Set(cited.map(add))].sort((a, b) => a - b);
	});
	return { sources, refs };
}

/**
 * The strip's events: the lesson's own — each step's event, its quotation's event, and the events its
 * filters pick out in its window — so that the strip stays a few rows high and its labels name what the
 * steps talk about. A lesson that only sets windows gets every event of its span.
 */
function stripData(data: TimelineData, steps: StepView[]): TimelineData {
	const ids = new Set<string>();
	for (const s of steps) {
		const f = s.focus;
		if (s.event) ids.add(s.event.id);
		if (s.quote?.event) ids.add(s.quote.event.id);
		if (!f.actor?.length && !f.country?.length && !f.theme?.length) continue;
		const q = { ...emptyQuery(), actor: f.actor ?? [], country: f.country ?? [], theme: f.theme ?? [], from: f.from ? yearOf(f.from) : undefined, to: f.to ? yearOf(f.to) : undefined };
		for (const e of data.events) if (matches(e, q)) ids.add(e.id);
	}
	if (!ids.size) return data;
	return { ...data, events: data.events.filter((e) => ids.has(e.id)), links: data.links.filter((l) => ids.has(l.from) && ids.has(l.to)) };
}

export function load({ params }) {
	const lesson = lessonView(params.lesson);
	if (!lesson) error(404, 'No such lesson');
	const { steps: all, sources: _cited, ...about } = lesson;
	const { sources, refs } = handoutSources(all);
	// Teacher notes never reach the handout, not even in the page's data.
	const steps = all.map(({ notes: _notes, ...s }, i): HandoutStep => ({ ...s, refs: refs[i] }));
	return {
		lesson: { ...about, steps },
		sources,
		// The axis reaches the year after the build, as on /timeline.
		timeline: stripData(timelineData(getGraph(), String(new Date().getUTCFullYear())), all)
	};
}
