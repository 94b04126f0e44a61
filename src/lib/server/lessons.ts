/**
 * The lessons (`data/lessons/*.json`), parsed once from the texts Vite provides and already checked at build
 * start, and the classroom catalog they are resolved against (also sent to the browser for teachers' own
 * lessons, as `/classroom/catalog.json`). Server-only.
 */
import texts from 'virtual:palermo-data';
import { parseLesson } from '$lib/graph/lessons';
import { lessonsDir } from '$lib/graph/load';
import { countryName } from '$lib/graph/countries';
import type { Lesson } from '$lib/graph/schema';
import { resolveLesson, type ClassroomCatalog, type LessonView } from '$lib/classroom/resolve';
import { getGraph } from './graph';
import { getEssays } from './essays';
import { disputeView, quoteView, sourceRef } from '$lib/graph/views';

let cached: Lesson[] | undefined;
let catalog: ClassroomCatalog | undefined;

/** Every lesson, in their order. */
export function getLessons(): Lesson[] {
	return (cached ??= Object.entries(texts)
		.filter(([file]) => file.startsWith(`${lessonsDir}/`))
		.map(([file, text]) => parseLesson(file, text!).lesson!)
		.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)));
}

export function classroomCatalog(): ClassroomCatalog {
	if (catalog) return catalog;
	const g = getGraph();
	const used = <K extends 'actors' | 'themes'>(k: K) => new Set(g.events.flatMap((e) => e[k]));
	const [actors, themes] = [used('actors'), used('themes')];
	return (catalog = {
		events: Object.fromEntries(
			g.events.map((e) => [e.id, { title: e.title, start: e.start, ...(e.end ? { end: e.end } : {}), summary: e.summary, disputes: e.disputes.map((d) => disputeView(g, d)) }])
		),
		quotes: Object.fromEntries(g.quotes.map((q) => [q.id, quoteView(g, q)])),
		sources: Object.fromEntries(g.sources.map((s) => [s.id, sourceRef(s)])),
		essays: Object.fromEntries(getEssays().map((e) => [e.slug, { title: e.front.title, headings: Object.fromEntries(e.headings.map((h) => [h.id, h.text])) }])),
		names: {
			actor: Object.fromEntries(g.actors.filter((a) => actors.has(a.id)).map((a) => [a.id, a.name])),
			country: Object.fromEntries([...g.eventsByCountry.keys()].map((c) => [c, countryName(c)])),
			theme: Object.fromEntries(g.themes.filter((t) => themes.has(t.id)).map((t) => [t.id, t.label]))
		}
	});
}

export const lessonViews = (): LessonView[] => getLessons().map((l) => resolveLesson(l, classroomCatalog()));
export const lessonView = (id: string): LessonView | undefined => lessonViews().find((l) => l.id === id);
