import { describe, expect, it } from 'vitest';
import { chaptersOf } from './chapters';

const eras = [
	{ id: 'b', label: 'Second', start: '1970-06', description: 'The second era.' },
	{ id: 'a', label: 'First', start: '1960', end: '1970-05', description: 'The first era.' }
];
const ev = (id: string, start: string) => ({ id, start });

describe('chaptersOf', () => {
	it('groups events into the era they start in, then by year, in order', () => {
		const chapters = chaptersOf([ev('x', '1955'), ev('y', '1960-03-01'), ev('z', '1970-05-31'), ev('w', '1970-06'), ev('v', '1971')], eras);
		expect(chapters.map((c) => c.era?.id)).toEqual([undefined, 'a', 'b']);
		expect(chapters[1].years).toEqual([{ year: 1960, events: [ev('y', '1960-03-01')] }, { year: 1970, events: [ev('z', '1970-05-31')] }]);
		// A year split between two eras appears in both chapters.
		expect(chapters[2].years.map((y) => [y.year, y.events.map((e) => e.id)])).toEqual([[1970, ['w']], [1971, ['v']]]);
	});

	it('has no chapter for an era without events, and none at all for no events', () => {
		expect(chaptersOf([ev('v', '1975')], eras).map((c) => c.era?.id)).toEqual(['b']);
		expect(chaptersOf([], eras)).toEqual([]);
	});
});
