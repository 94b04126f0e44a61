import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { addedMessage, checkDraft, describeFault, Draft, focusFromSearch, fromLesson, lessonId, STORAGE_KEY, toLesson, viewTitle, type DraftStorage } from './draft.svelte';
import { parseLesson } from '$lib/graph/lessons';
import type { ClassroomCatalog } from './resolve';
import { m } from '$lib/messages';

const b = m.builder;
const catalog: ClassroomCatalog = {
	events: {
		'fx-congress-1': { title: 'First congress', start: '1952-06-02', summary: 's', disputes: [] },
		'fx-annex': { title: 'The annex', start: '1965', summary: 's', disputes: [] }
	},
	quotes: {},
	sources: {},
	essays: {},
	names: { actor: { norway: 'Norway' }, country: { ISL: 'Iceland', NOR: 'Norway' }, theme: { keeping: 'Keeping', annexes: 'Annexes' } }
};

/** A storage that keeps items in a map, or fails the way a browser's can. */
function memory(fail?: 'read' | 'write'): DraftStorage & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (k) => {
			if (fail === 'read') throw new DOMException('denied', 'SecurityError');
			return items.get(k) ?? null;
		},
		setItem: (k, v) => {
			if (fail === 'write') throw new DOMException('full', 'QuotaExceededError');
			items.set(k, v);
		}
	};
}

const narrative = 'The class looks at the first congress and who came to it.';
function complete(d: Draft) {
	d.set('title', 'Keepers at work');
	d.set('summary', 'How the keepers met, and what their first meeting decided.');
	d.set('goals', 'Name the first congress\n\n  Say what it decided  ');
	d.addEvent({ id: 'fx-congress-1', title: 'First congress' });
	d.setStep(0, 'narrative', narrative);
}

describe('a lesson id from its title', () => {
	it('is kebab-case without accents, and never a name the classroom uses', () => {
		expect(lessonId('Les débuts à Palermo, 1994!')).toBe('les-debuts-a-palermo-1994');
		expect(lessonId('  ')).toBe('my-lesson');
		expect(lessonId('Draft')).toBe('draft-lesson');
		expect(lessonId('Shared')).toBe('shared-lesson');
		expect(lessonId('x'.repeat(100))).toHaveLength(60);
	});
});

describe('a timeline view as a step', () => {
	it('keeps the event, its trace, the window and the actor, country and theme filters', () => {
		expect(focusFromSearch('?actor=norway&country=NOR&country=ISL&theme=keeping&event=fx-annex&trace=1&span=1960-01..1966-06')).toEqual({
			focus: { event: 'fx-annex', from: '1960-01', to: '1966-06', actor: ['norway'], country: ['NOR', 'ISL'], theme: ['keeping'], trace: true },
			dropped: []
		});
	});
	it('takes the window from the year filters when there is no span, and says what a step cannot keep', () => {
		expect(focusFromSearch('span=1960-01..1969-12').focus).toEqual({ from: '1960', to: '1969' });
		expect(focusFromSearch('span=1960-01-01..1969-12-31').focus).toEqual({ from: '1960', to: '1969' });
		expect(focusFromSearch('span=1960-02..1969-12').focus).toEqual({ from: '1960-02', to: '1969-12' });
		expect(focusFromSearch('from=1960&to=1964&kind=statement&q=lamp')).toEqual({ focus: { from: '1960', to: '1964' }, dropped: ['kind', 'search'] });
		expect(focusFromSearch('trace=1').focus).toEqual({});
	});
	it('is titled from its filters and window', () => {
		expect(viewTitle({ from: '1960', to: '1966', country: ['ISL'], theme: ['keeping'] }, catalog.names)).toBe('Iceland, Keeping · 1960–1966');
		expect(viewTitle({ country: ['ISL', 'NOR'], theme: ['keeping', 'annexes'] }, catalog.names)).toBe(`Iceland, Norway, Keeping, ${b.more(1)}`);
		expect(viewTitle({}, catalog.names)).toBe(b.viewStep);
	});
});

describe('the draft', () => {
	it('adds an event once, a view as often as asked, and at most 40 steps', () => {
		const d = new Draft(memory());
		expect(d.empty).toBe(true);
		expect(d.addEvent({ id: 'fx-annex', title: 'The annex' })).toEqual({ kind: 'added', n: 1 });
		expect(d.addEvent({ id: 'fx-annex', title: 'The annex' })).toEqual({ kind: 'already', n: 1 });
		expect(d.addView('?theme=annexes&span=1960..1966', catalog.names)).toEqual({ kind: 'added', n: 2, dropped: [] });
		expect(d.addView('?theme=annexes&span=1960..1966&kind=statement', catalog.names)).toEqual({ kind: 'added', n: 3, dropped: ['kind'] });
		expect(d.lesson.steps.map((s) => s.id)).toEqual(['step-fx-annex', 'step-view', 'step-view-2']);
		expect(d.lesson.steps[1]).toMatchObject({ title: 'Annexes · 1960–1966', focus: { from: '1960', to: '1966', theme: ['annexes'] }, narrative: '' });
		for (let i = 3; i < 40; i++) d.addView('?span=1960..1966', catalog.names);
		expect(d.addEvent({ id: 'fx-congress-1', title: 'First' })).toEqual({ kind: 'full', n: 40 });
		expect(addedMessage({ kind: 'added', n: 2, dropped: ['kind'] })).toBe(`${b.added(2)} ${b.dropped(['kind'])}`);
	});
	it('moves steps up and down within the list, and removes them', () => {
		const d = new Draft(memory());
		for (const id of ['a', 'b', 'c']) d.addEvent({ id, title: id.toUpperCase() });
		const order = () => d.lesson.steps.map((s) => s.title).join('');
		expect(d.move(2, -1)).toBe(true);
		expect(order()).toBe('ACB');
		expect(d.move(0, -1)).toBe(false);
		expect(d.move(2, 1)).toBe(false);
		expect(d.move(0, 1)).toBe(true);
		expect(order()).toBe('CAB');
		d.remove(1);
		expect(order()).toBe('CB');
	});
	it('says what is missing, field by field and in plain words, until the lesson is complete', () => {
		const d = new Draft(memory());
		expect(d.issues).toEqual(expect.arrayContaining([
			{ key: 'title', message: b.need.title },
			{ key: 'summary', message: b.need.summary },
			{ key: 'goals', message: b.need.goals },
			{ key: 'steps', message: b.need.steps }
		]));
		complete(d);
		d.setStep(0, 'narrative', 'Too short.');
		d.setStep(0, 'question', 'Why?');
		expect(d.issues).toEqual([
			{ key: 'narrative', step: 0, message: b.needStep.narrative },
			{ key: 'question', step: 0, message: b.needStep.question }
		]);
		expect(d.issue('narrative', 0)).toBe(b.needStep.narrative);
		expect(d.issue('narrative')).toBeUndefined();
		expect(d.valid).toBeUndefined();
		d.setStep(0, 'narrative', narrative);
		d.setStep(0, 'question', '');
		d.setStep(0, 'notes', 'n'.repeat(3001));
		expect(d.issues).toEqual([{ key: 'notes', step: 0, message: b.tooLong(3001, 3000) }]);
		d.setStep(0, 'notes', 'Ask who was missing.');
		expect(d.issues).toEqual([]);
		expect(d.valid).toMatchObject({ id: 'keepers-at-work', goals: ['Name the first congress', 'Say what it decided'], steps: [{ id: 'step-fx-congress-1', narrative, notes: 'Ask who was missing.' }] });
	});
	it('checks the ids a step names against the catalog once it has loaded', () => {
		const d = new Draft(memory());
		complete(d);
		d.addEvent({ id: 'fx-gone', title: 'Gone' });
		d.setStep(1, 'narrative', narrative);
		expect(d.issues).toEqual([]);
		d.catalog = catalog;
		expect(d.issues).toEqual([{ key: 'focus', step: 1, message: 'Unknown event "fx-gone"' }]);
	});
	it('exports a file that the lesson parser reads back as the same lesson', () => {
		const d = new Draft(memory());
		complete(d);
		const { lesson, errors } = parseLesson('keepers-at-work.json', d.json);
		expect(errors).toEqual([]);
		expect(checkDraft(fromLesson(lesson!)).lesson).toEqual(d.valid);
		const file = readFileSync('tests/fixtures/treaty/data/lessons/fx-lesson-short.json', 'utf8');
		const fixture = parseLesson('fx-lesson-short.json', file).lesson!;
		const { order: _order, ...rest } = fixture;
		expect(toLesson(fromLesson(fixture))).toEqual(rest);
	});
	it('is saved as it changes and read back, in step with what another tab saved', () => {
		const storage = memory();
		const d = new Draft(storage);
		complete(d);
		const again = new Draft(storage);
		again.load();
		expect(again.lesson).toEqual(d.lesson);
		expect(JSON.parse(storage.items.get(STORAGE_KEY)!)).toMatchObject({ version: 1, draft: { title: 'Keepers at work' } });
	});
	it('says so, and keeps working, when storage is unreadable, missing, denied or full', () => {
		const corrupt = memory();
		corrupt.items.set(STORAGE_KEY, '{"draft": {"steps": 3');
		const c = new Draft(corrupt);
		c.load();
		expect(c.storageProblem).toBe(b.storage.corrupt);
		expect(c.empty).toBe(true);
		// What is left in storage is not overwritten until the teacher changes something.
		expect(corrupt.items.get(STORAGE_KEY)).toBe('{"draft": {"steps": 3');
		for (const junk of ['null', '[]', '{"draft": null}', '{"draft": {"steps": [1, {"id": 2}]}}']) {
			const s = memory();
			s.items.set(STORAGE_KEY, junk);
			const d = new Draft(s);
			expect(() => d.load()).not.toThrow();
			expect(d.lesson.steps).toEqual([]);
		}
		const none = new Draft(null);
		none.load();
		expect(none.storageProblem).toBe(b.storage.unavailable);
		const denied = new Draft(memory('read'));
		denied.load();
		expect(denied.storageProblem).toBe(b.storage.unavailable);
		const full = new Draft(memory('write'));
		expect(() => complete(full)).not.toThrow();
		expect(full.storageProblem).toBe(b.storage.full);
		expect(full.lesson.title).toBe('Keepers at work');
	});
	it('describes a lesson file’s faults by step and field', () => {
		const { errors } = parseLesson('mine.json', JSON.stringify({ ...toLesson(new Draft().lesson), title: 'A title', summary: 'A summary long enough to pass.', goals: ['A goal'], steps: [{ id: 'one', title: 'One', focus: { event: 'fx-annex' }, narrative: 'short', sources: [] }] }));
		expect(errors.map(describeFault)).toEqual([`${b.faultStep(1, 'one')}, narrative: ${b.needStep.narrative}`]);
		expect(describeFault(parseLesson('“mine.json”', '{').errors[0])).toMatch(/^“mine.json” is not valid JSON \(.*\)\.$/);
	});
});
