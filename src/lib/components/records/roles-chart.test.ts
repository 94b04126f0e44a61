import { describe, expect, it } from 'vitest';
import { rolesLayout } from './roles-chart';

const words = { from: 'from', until: 'until' };

describe('rolesLayout', () => {
	it('draws nothing when no role is dated', () => {
		expect(rolesLayout([{ title: 'Delegate' }], words)).toBeUndefined();
		expect(rolesLayout([], words)).toBeUndefined();
	});

	it('draws one bar per dated role, from the start of its first period to the end of its last, on whole years', () => {
		const l = rolesLayout([{ title: 'Prime Minister', from: '1996-02', to: '1997-10' }, { title: 'Minister' }, { title: 'Vice Chairman', from: '1994', to: '1994' }], words)!;
		expect(l.bars.map((b) => b.title)).toEqual(['Vice Chairman', 'Prime Minister']);
		// The axis runs from 1994 to 1998 (1,461 days): 1994 fills its first 365.
		expect(l.bars[0]).toMatchObject({ x: 0, when: { text: '1994' } });
		expect(l.bars[0].width).toBeCloseTo((365 / 1461) * 100, 5);
		expect(l.bars[0].open).toBeUndefined();
		expect(l.bars[1].when.text).toBe('February 1996 – October 1997');
		// From 1 February 1996 (day 761) to the end of October 1997 (day 1,400).
		expect(l.bars[1].x).toBeCloseTo((761 / 1461) * 100, 5);
		expect(l.bars[1].x + l.bars[1].width).toBeCloseTo((1400 / 1461) * 100, 5);
		expect(l.ticks.map((t) => t.year)).toEqual(['1994', '1995', '1996', '1997', '1998']);
		expect(l.ticks[0].x).toBe(0);
		expect(l.ticks.at(-1)!.x).toBe(100);
	});

	it('marks an end the sources do not give as open, running to the edge, and says which end is known', () => {
		const l = rolesLayout([{ title: 'Keeper', to: '1962' }, { title: 'Chair', from: '1963-03', to: '1964-09' }, { title: 'Rapporteur', from: '1983' }], words)!;
		const [keeper, chair, rapporteur] = l.bars;
		expect(keeper).toMatchObject({ title: 'Keeper', open: 'start', x: 0, when: { text: 'until 1962' } });
		expect(rapporteur).toMatchObject({ title: 'Rapporteur', open: 'end', when: { text: 'from 1983' } });
		expect(rapporteur.x + rapporteur.width).toBe(100);
		expect(chair.open).toBeUndefined();
		// The open ends get room beyond the known dates: the chart runs past 1984 and starts before 1962.
		expect(rapporteur.x).toBeLessThan(90);
		expect(keeper.width).toBeGreaterThan(5);
		// Ticks every five years over a span of about thirty.
		expect(l.ticks.every((t) => Number(t.year) % 5 === 0)).toBe(true);
		expect(l.ticks.length).toBeLessThanOrEqual(7);
	});

	it('keeps a one-day role visible', () => {
		const l = rolesLayout([{ title: 'Speaker', from: '2000-12-12', to: '2000-12-12' }], words)!;
		expect(l.bars[0].width).toBeGreaterThan(0.5);
		expect(l.bars[0].when.text).toBe('12 December 2000');
	});
});
