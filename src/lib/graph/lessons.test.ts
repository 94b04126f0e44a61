import { describe, expect, it } from 'vitest';
import { checkLessons, focusParams, lessonFileId, MAX_LESSON_BYTES, parseLesson, type LessonCatalog } from './lessons.ts';
import { formatError } from './validate.ts';

const catalog: LessonCatalog = {
	events: ['ev-a', 'ev-b'],
	quotes: ['q-a'],
	actors: ['actor-a'],
	themes: ['theme-a'],
	sources: ['src-a'],
	countries: ['ITA'],
	essays: [{ slug: 'essay-a', headings: ['part-one'] }]
};
const step = (o: Record<string, unknown> = {}) => ({ id: 'one', title: 'Step one', focus: { event: 'ev-a' }, narrative: 'A narrative long enough for the schema.', sources: [{ source: 'src-a', locator: 'section 1' }], ...o });
const lesson = (o: Record<string, unknown> = {}) => ({ id: 'my-lesson', title: 'A lesson', level: 'secondary', duration: 30, summary: 'A summary long enough for the schema.', goals: ['Learn'], steps: [step()], ...o });
const file = 'data/lessons/my-lesson.json';
const errorsOf = (value: unknown) => {
	const parsed = parseLesson(file, JSON.stringify(value), { requireFileId: true });
	return [...parsed.errors, ...(parsed.lesson ? checkLessons([{ file, lesson: parsed.lesson }], catalog) : [])].map(formatError);
};

describe('lessons', () => {
	it('accepts a valid lesson', () => {
		expect(errorsOf(lesson())).toEqual([]);
	});

	it('names the lesson, the step and the unknown id', () => {
		const bad = lesson({
			steps: [
				step({ focus: { event: 'ev-x', actor: ['actor-y'], country: ['FRA'], theme: ['theme-z'] }, quote: 'q-x', essay: { slug: 'essay-a', heading: 'nope' }, sources: [{ source: 'src-x', locator: 'p. 1' }] }),
				step({ id: 'two', essay: { slug: 'essay-x' } })
			]
		});
		expect(errorsOf(bad)).toEqual([
			'data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").focus.event: unknown event "ev-x"',
			'data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").focus.actor.0: unknown actor "actor-y"',
			'data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").focus.country.0: unknown country "FRA"',
			'data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").focus.theme.0: unknown theme "theme-z"',
			'data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").quote: unknown quote "q-x"',
			'data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").essay.heading: essay "essay-a" has no heading "nope"',
			'data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").sources.0.source: unknown source "src-x"',
			'data/lessons/my-lesson.json: my-lesson: steps.1 (step "two").essay.slug: unknown essay "essay-x"'
		]);
	});

	it('reports schema faults with the step, duplicate steps, backwards windows and a trace without an event', () => {
		expect(errorsOf(lesson({ steps: [step({ narrative: 'short' })] }))).toEqual(['data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").narrative: Too small: expected string to have >=20 characters']);
		expect(errorsOf(lesson({ steps: [step({ focus: {} })] }))[0]).toContain('focus: must name an event, a window (from/to) or a filter');
		expect(errorsOf(lesson({ steps: [step({ focus: { from: '2000' } })] }))[0]).toContain('a window needs both from and to');
		expect(errorsOf(lesson({ steps: [step(), step()] }))).toEqual(['data/lessons/my-lesson.json: my-lesson: steps.1 (step "one").id: duplicate step id "one"']);
		expect(errorsOf(lesson({ steps: [step({ focus: { from: '2001', to: '1999' } })] }))).toEqual(['data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").focus.to: the window runs backwards: "1999" is before "2001"']);
		expect(errorsOf(lesson({ steps: [step({ focus: { actor: ['actor-a'], trace: true } })] }))).toEqual(['data/lessons/my-lesson.json: my-lesson: steps.0 (step "one").focus.trace: tracing needs an event to trace back from']);
	});

	it('rejects bad files with one clear line and never throws', () => {
		const one = (text: string, opts = { requireFileId: true }) => parseLesson(file, text, opts).errors.map(formatError);
		expect(one('{"id": ')[0]).toMatch(/^data\/lessons\/my-lesson.json: is not valid JSON/);
		expect(one('[1, 2]')).toEqual(['data/lessons/my-lesson.json: must be one JSON object: a lesson']);
		expect(one('x'.repeat(MAX_LESSON_BYTES + 1))[0]).toContain('is larger than 200 kB');
		expect(one(JSON.stringify(lesson({ id: 'other' })))).toEqual(['data/lessons/my-lesson.json: other: id: the id must be the file\'s name ("my-lesson")']);
		expect(one(JSON.stringify(lesson({ id: 'other' })), { requireFileId: false })).toEqual([]);
		expect(errorsOf(lesson({ id: 'draft' }))).toContain('data/lessons/my-lesson.json: draft: id: the id must be the file\'s name ("my-lesson")');
		expect(checkLessons([{ file, lesson: parseLesson(file, JSON.stringify(lesson({ id: 'draft' }))).lesson! }], catalog).map(formatError)[0]).toContain('"draft" is reserved');
		expect(lessonFileId('data/lessons/why-a-convention.json')).toBe('why-a-convention');
	});

	it('turns a focus into the timeline query the view reads', () => {
		expect(focusParams({ event: 'ev-a', from: '1994', to: '2000-06', actor: ['a', 'b'], country: ['ITA'], trace: true }).toString()).toBe(
			'actor=a&actor=b&country=ITA&event=ev-a&trace=1&span=1994..2000-06'
		);
	});
});
