/**
 * The essay collection, parsed once from the texts Vite provides (`virtual:palermo-data`) and checked against
 * the graph at build start (see the data plugin). What the essay pages, the event pages (backlinks) and the
 * timeline (highlights) are given comes from here. Server-only.
 */
import texts from 'virtual:palermo-data';
import { parseEssay, type ParsedEssay } from '$lib/graph/essays';
import { essaysDir } from '$lib/graph/load';
import type { Graph } from '$lib/graph/indexes';

let cached: ParsedEssay[] | undefined;

/** Every essay in reading order (the build has already stopped on any error). */
export function getEssays(): ParsedEssay[] {
	return (cached ??= Object.entries(texts)
		.filter(([file]) => file.startsWith(`${essaysDir}/`))
		.map(([file, text]) => parseEssay(file, text!).essay!)
		.sort((a, b) => a.front.order - b.front.order));
}

export interface EssaySummary {
	slug: string;
	title: string;
	summary: string;
	order: number;
	minutes: number;
	words: number;
}

export const essaySummary = (e: ParsedEssay): EssaySummary => ({ slug: e.slug, title: e.front.title, summary: e.front.summary, order: e.front.order, words: e.words, minutes: Math.max(1, Math.round(e.words / 220)) });

/** Where essays cite an event: the essay and the section (heading) of each paragraph that cites it. */
export interface Citing {
	slug: string;
	title: string;
	sections: { id: string; text: string }[];
}

/** The essays that cite each event, by event id, built once. */
export function citingByEvent(): Map<string, Citing[]> {
	const out = new Map<string, Citing[]>();
	for (const e of getEssays()) {
		const lines = headingLines(e);
		for (const p of e.paragraphs)
			for (const id of new Set(p.events)) {
				const list = out.get(id) ?? [];
				let entry = list.find((c) => c.slug === e.slug);
				if (!entry) list.push((entry = { slug: e.slug, title: e.front.title, sections: [] }));
				const h = lines.findLastIndex((line) => line < p.line);
				const section = h >= 0 ? e.headings[h] : undefined;
				if (section && !entry.sections.some((s) => s.id === section.id)) entry.sections.push(section);
				out.set(id, list);
			}
	}
	return out;
}

/** The line of each `##` heading in the essay's source. */
function headingLines(e: ParsedEssay): number[] {
	const lines = texts[e.file]!.split('\n');
	return lines.flatMap((l, i) => (/^## /.test(l) ? [i + 1] : []));
}

/** The essays that mention an actor: by name in their text, or through the events they cite. */
export function essaysMentioning(g: Graph, actorId: string): EssaySummary[] {
	const actor = g.actorById.get(actorId)!;
	const events = new Set((g.eventsByActor.get(actorId) ?? []).map((e) => e.id));
	return getEssays()
		.filter((e) => texts[e.file]!.includes(actor.name) || (actor.kind === 'person' && e.front.events.some((id) => events.has(id))))
		.map(essaySummary);
}
