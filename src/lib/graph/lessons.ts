/**
 * The lessons (`data/lessons/<id>.json`, and the ones teachers make and import): one JSON object each,
 * validated by the `lesson` schema and cross-checked against the graph and the essays, each fault one
 * `GraphError` naming the file, the lesson, the step and the id, as `validate.ts` does for the graph.
 * Pure and browser-safe: the classroom's import checks a teacher's file with the same two functions.
 */
import { lesson as lessonSchema, type Lesson, type LessonFocus } from './schema.ts';
import { firstPerField, FILE, type GraphError } from './validate.ts';
import { isWhollyBefore } from './dates.ts';

/** What a lesson may refer to: the ids of the graph's records and of the essays with their headings. */
export interface LessonCatalog {
	events: Iterable<string>;
	quotes: Iterable<string>;
	actors: Iterable<string>;
	themes: Iterable<string>;
	sources: Iterable<string>;
	/** The countries the graph names (a lesson may filter only by those). */
	countries: Iterable<string>;
	essays: { slug: string; headings: string[] }[];
}

/** The largest lesson file (or decoded link) accepted: far above a 40-step lesson, far below a runaway paste. */
export const MAX_LESSON_BYTES = 200_000;

/** The id a lesson file must carry: its file name without `.json`. */
export const lessonFileId = (file: string) => /([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/.exec(file.split(/[/\\]/).pop() ?? '')?.[1];

/**
 * Parses one lesson's text. `file` names it in errors; with `requireFileId` (the data folder) the id must
 * match the file name. Never throws.
 */
export function parseLesson(file: string, text: string, { requireFileId = false } = {}): { lesson?: Lesson; errors: GraphError[] } {
	const fault = (reason: string, id = FILE, field = '') => ({ errors: [{ file, id, field, reason }] });
	if (new TextEncoder().encode(text).length > MAX_LESSON_BYTES)
		return fault(`is larger than ${MAX_LESSON_BYTES / 1000} kB: a lesson is a few kilobytes of text`);
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		return fault(`is not valid JSON (${(e as Error).message})`);
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fault('must be one JSON object: a lesson');
	const id = typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : '(lesson)';
	const result = lessonSchema.safeParse(raw);
	if (!result.success) {
		const steps = (raw as { steps?: unknown }).steps;
		return {
			errors: firstPerField(result.error.issues).map(({ field, message }) => ({ file, id, field: stepField(field, steps), reason: message }))
		};
	}
	if (requireFileId && lessonFileId(file) !== result.data.id)
		return fault(`the id must be the file's name ("${lessonFileId(file)}")`, id, 'id');
	return { lesson: result.data, errors: [] };
}

/** `steps.2.focus.event` → `steps.2 (step "founding").focus.event`, so a long lesson's fault is easy to find. */
function stepField(field: string, steps: unknown): string {
	const m = /^steps\.(\d+)(.*)$/.exec(field);
	if (!m || !Array.isArray(steps)) return field;
	const stepId = (steps[Number(m[1])] as { id?: unknown } | undefined)?.id;
	return typeof stepId === 'string' ? `steps.${m[1]} (step "${stepId}")${m[2]}` : field;
}

/** Lesson ids the classroom's own pages use (`/classroom/draft`, `/classroom/shared`). */
export const reservedLessonIds = ['draft', 'shared', 'catalog'];

/** Cross-checks lessons against the catalog: every id a step names exists; ids and orders are unique. */
export function checkLessons(lessons: { file: string; lesson: Lesson }[], catalog: LessonCatalog): GraphError[] {
	const errors: GraphError[] = [];
	const sets = {
		event: new Set(catalog.events),
		quote: new Set(catalog.quotes),
		actor: new Set(catalog.actors),
		theme: new Set(catalog.themes),
		source: new Set(catalog.sources),
		country: new Set(catalog.countries)
	};
	const essays = new Map(catalog.essays.map((e) => [e.slug, new Set(e.headings)]));
	const ids = new Map<string, string>();
	const orders = new Map<number, string>();
	for (const { file, lesson } of lessons) {
		const err = (field: string, reason: string) => errors.push({ file, id: lesson.id, field, reason });
		if (reservedLessonIds.includes(lesson.id)) err('id', `"${lesson.id}" is reserved for the classroom's own pages; choose another id`);
		if (ids.has(lesson.id)) err('id', `duplicate lesson id "${lesson.id}": also ${ids.get(lesson.id)}`);
		else ids.set(lesson.id, file);
		if (lesson.order !== 999) {
			if (orders.has(lesson.order)) err('order', `duplicate order ${lesson.order}: also ${orders.get(lesson.order)}`);
			else orders.set(lesson.order, file);
		}
		const stepIds = new Set<string>();
		lesson.steps.forEach((step, i) => {
			const at = (field: string) => `steps.${i} (step "${step.id}").${field}`;
			if (stepIds.has(step.id)) err(at('id'), `duplicate step id "${step.id}"`);
			stepIds.add(step.id);
			const f: LessonFocus = step.focus;
			if (f.event !== undefined && !sets.event.has(f.event)) err(at('focus.event'), `unknown event "${f.event}"`);
			for (const key of ['actor', 'country', 'theme'] as const)
				f[key]?.forEach((id, j) => {
					if (!sets[key].has(id)) err(at(`focus.${key}.${j}`), `unknown ${key} "${id}"`);
				});
			if (f.from && f.to && isWhollyBefore(f.to, f.from)) err(at('focus.to'), `the window runs backwards: "${f.to}" is before "${f.from}"`);
			if (f.trace && !f.event) err(at('focus.trace'), 'tracing needs an event to trace back from');
			if (step.quote !== undefined && !sets.quote.has(step.quote)) err(at('quote'), `unknown quote "${step.quote}"`);
			if (step.essay) {
				const headings = essays.get(step.essay.slug);
				if (!headings) err(at('essay.slug'), `unknown essay "${step.essay.slug}"`);
				else if (step.essay.heading !== undefined && !headings.has(step.essay.heading))
					err(at('essay.heading'), `essay "${step.essay.slug}" has no heading "${step.essay.heading}"`);
			}
			step.sources.forEach((c, j) => {
				if (!sets.source.has(c.source)) err(at(`sources.${j}.source`), `unknown source "${c.source}"`);
			});
		});
	}
	return errors;
}

/** The timeline query string a step's focus stands for (the view's own codec reads it back). */
export function focusParams(f: LessonFocus): URLSearchParams {
	const p = new URLSearchParams();
	for (const key of ['actor', 'country', 'theme'] as const) for (const v of f[key] ?? []) p.append(key, v);
	if (f.event) p.set('event', f.event);
	if (f.trace) p.set('trace', '1');
	if (f.from && f.to) p.set('span', `${f.from}..${f.to}`);
	return p;
}
