/**
 * The collections beside the graph (the essays and the lessons), read from the data root and checked against
 * a valid graph. Used by `check:data` and by the data plugin before a build, so both report the same lines.
 */
import { readEssayTexts, readLessonTexts } from './load.ts';
import { checkEssays, parseEssay, type ParsedEssay } from './essays.ts';
import { checkLessons, parseLesson, type LessonCatalog } from './lessons.ts';
import type { Lesson } from './schema.ts';
import type { GraphError } from './validate.ts';
import type { Graph } from './indexes.ts';

/** What a lesson may name: the graph's ids and the essays' slugs and headings. */
export function lessonCatalog(graph: Graph, essays: ParsedEssay[]): LessonCatalog {
	return {
		events: graph.events.map((e) => e.id),
		quotes: graph.quotes.map((q) => q.id),
		// The filters a timeline offers: the actors and themes that some event names.
		actors: new Set(graph.events.flatMap((e) => e.actors)),
		themes: new Set(graph.events.flatMap((e) => e.themes)),
		sources: graph.sources.map((s) => s.id),
		countries: graph.eventsByCountry.keys(),
		essays: essays.map((e) => ({ slug: e.slug, headings: e.headings.map((h) => h.id) }))
	};
}

/**
 * Parses every essay and lesson under `root` and checks them against `graph`: every error, each naming the
 * file, the essay or lesson, and the line or step.
 */
export function checkCollections(root: string, graph: Graph): { essays: ParsedEssay[]; lessons: Lesson[]; errors: GraphError[] } {
	const errors: GraphError[] = [];
	const essays: ParsedEssay[] = [];
	for (const [file, text] of Object.entries(readEssayTexts(root))) {
		const parsed = parseEssay(file, text);
		errors.push(...parsed.errors);
		if (parsed.essay) essays.push(parsed.essay);
	}
	errors.push(...checkEssays(essays, graph));
	const lessons: { file: string; lesson: Lesson }[] = [];
	for (const [file, text] of Object.entries(readLessonTexts(root))) {
		const parsed = parseLesson(file, text, { requireFileId: true });
		errors.push(...parsed.errors);
		if (parsed.lesson) lessons.push({ file, lesson: parsed.lesson });
	}
	errors.push(...checkLessons(lessons, lessonCatalog(graph, essays)));
	return { essays, lessons: lessons.map((l) => l.lesson), errors };
}
