/**
 * A lesson as its pages show it: each step's focus turned into a timeline query, and each id it names
 * (event, quotation, essay passage, sources, filters) resolved against the classroom catalog. Pure and
 * browser-safe: the prerendered lessons are resolved at build time, a teacher's draft in the browser, by
 * the same function, so both look the same.
 */
import type { Lesson, LessonFocus } from '$lib/graph/schema';
import type { LessonCatalog } from '$lib/graph/lessons';
import { focusParams } from '$lib/graph/lessons';
import { formatRange } from '$lib/graph/format';
import { paths } from '$lib/paths';
import type { CitationView, DisputeView, QuoteView, SourceRef } from '$lib/graph/views';

/** Everything a lesson may show of the graph, by id: small enough to send to the browser once. */
export interface ClassroomCatalog {
	events: Record<string, { title: string; start: string; end?: string; summary: string; disputes: DisputeView[] }>;
	quotes: Record<string, QuoteView>;
	sources: Record<string, SourceRef>;
	essays: Record<string, { title: string; headings: Record<string, string> }>;
	names: { actor: Record<string, string>; country: Record<string, string>; theme: Record<string, string> };
}

/** The ids a lesson may name, for `checkLessons`. */
export function catalogIds(c: ClassroomCatalog): LessonCatalog {
	return {
		events: Object.keys(c.events),
		quotes: Object.keys(c.quotes),
		actors: Object.keys(c.names.actor),
		themes: Object.keys(c.names.theme),
		countries: Object.keys(c.names.country),
		sources: Object.keys(c.sources),
		essays: Object.entries(c.essays).map(([slug, e]) => ({ slug, headings: Object.keys(e.headings) }))
	};
}

export interface StepView {
	id: string;
	/** 1-based. */
	n: number;
	title: string;
	narrative: string;
	question?: string;
	notes?: string;
	focus: LessonFocus;
	/** The timeline's query string for the focus, without `?`. */
	params: string;
	/** "1994–2000", at the precision the lesson gives. */
	window?: string;
	/** The filters the step sets, by name: "Italy", "Giovanni Falcone". */
	filters: string[];
	event?: { id: string; title: string; start: string; end?: string; date: string; summary: string; disputes: DisputeView[] };
	quote?: QuoteView;
	essay?: { slug: string; title: string; section?: string; href: string };
	sources: CitationView[];
}

export interface LessonView {
	id: string;
	title: string;
	level: Lesson['level'];
	duration: number;
	summary: string;
	goals: string[];
	prerequisites: string[];
	steps: StepView[];
	/** The window that holds every step's focus: the handout's strip. */
	from: string;
	to: string;
	/** Every source the lesson cites, with its locators, in order of first use. */
	sources: CitationView[];
}

export function resolveLesson(lesson: Lesson, c: ClassroomCatalog): LessonView {
	const steps = lesson.steps.map((s, i): StepView => {
		const f = s.focus;
		const ev = f.event ? c.events[f.event] : undefined;
		const q = s.quote ? c.quotes[s.quote] : undefined;
		const es = s.essay ? c.essays[s.essay.slug] : undefined;
		return {
			id: s.id,
			n: i + 1,
			title: s.title,
			narrative: s.narrative,
			...(s.question ? { question: s.question } : {}),
			...(s.notes ? { notes: s.notes } : {}),
			focus: f,
			params: focusParams(f).toString(),
			...(f.from && f.to ? { window: formatRange(f.from, f.to) } : {}),
			filters: [
				...(f.actor ?? []).map((id) => c.names.actor[id] ?? id),
				...(f.country ?? []).map((id) => c.names.country[id] ?? id),
				...(f.theme ?? []).map((id) => c.names.theme[id] ?? id)
			],
			...(ev && f.event ? { event: { id: f.event, ...ev, date: formatRange(ev.start, ev.end) } } : {}),
			...(q ? { quote: q } : {}),
			...(es && s.essay
				? { essay: { slug: s.essay.slug, title: es.title, ...(s.essay.heading ? { section: es.headings[s.essay.heading] } : {}), href: paths.essay(s.essay.slug, s.essay.heading) } }
				: {}),
			sources: s.sources.map((cit) => ({ source: c.sources[cit.source] ?? { id: cit.source, label: cit.source, title: cit.source }, locator: cit.locator }))
		};
	});
	const dates = lesson.steps.flatMap((s) => {
		const ev = s.focus.event ? c.events[s.focus.event] : undefined;
		return [s.focus.from, s.focus.to, ev?.start, ev?.end ?? ev?.start].filter((d): d is string => !!d);
	});
	const sorted = dates.map((d) => d.slice(0, 4)).sort();
	const seen = new Set<string>();
	const sources = steps.flatMap((s) => [...s.sources, ...(s.quote ? [s.quote.citation] : [])]).filter((s) => {
		const key = `${s.source.id}|${s.locator}`;
		return !seen.has(key) && !!seen.add(key);
	});
	return {
		id: lesson.id,
		title: lesson.title,
		level: lesson.level,
		duration: lesson.duration,
		summary: lesson.summary,
		goals: lesson.goals,
		prerequisites: lesson.prerequisites,
		steps,
		from: sorted[0] ?? '1990',
		to: sorted.at(-1) ?? '2000',
		sources
	};
}
