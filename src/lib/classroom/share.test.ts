import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { decodeLessonText, encodeLessonText, faultList, MAX_CODE_LENGTH, openShared } from './share';
import type { ClassroomCatalog } from './resolve';
import { MAX_LESSON_BYTES } from '$lib/graph/lessons';
import { m } from '$lib/messages';

const lessonText = readFileSync('tests/fixtures/treaty/data/lessons/fx-lesson-keepers.json', 'utf8');
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const l = m.builder.link;

describe('a lesson in a link', () => {
	it('comes back exactly as it went, accents and quotation marks included', async () => {
		const text = JSON.stringify({ title: 'Les débuts — “Palermo” 🎓', body: lessonText });
		const code = await encodeLessonText(text);
		expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
		expect(await decodeLessonText(code)).toEqual({ text });
		expect(await decodeLessonText(`#${code}`)).toEqual({ text });
	});
	it('is compressed: shorter than the lesson file it carries', async () => {
		const code = await encodeLessonText(lessonText);
		expect(code.length).toBeLessThan(lessonText.length * 0.7);
	});
	it('says plainly why a code is not a lesson: empty, foreign, damaged, cut short', async () => {
		expect(await decodeLessonText('')).toEqual({ error: l.empty });
		expect(await decodeLessonText('#')).toEqual({ error: l.empty });
		expect(await decodeLessonText('step-2')).toEqual({ error: l.foreign });
		expect(await decodeLessonText('1.not base64!')).toEqual({ error: l.damaged });
		expect(await decodeLessonText('1.A')).toEqual({ error: l.damaged });
		expect(await decodeLessonText(`1.${b64url(new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x13]))}`)).toEqual({ error: l.damaged });
		const code = await encodeLessonText(lessonText);
		expect(await decodeLessonText(code.slice(0, code.length / 2))).toEqual({ error: l.damaged });
		// Valid deflate data whose bytes are not UTF-8 text.
		expect(await decodeLessonText(`1.${b64url(deflateRawSync(Buffer.from([0xc3, 0x28, 0xa0, 0xa1])))}`)).toEqual({ error: l.damaged });
	});
	it('accepts a lesson up to the limit and refuses one past it', async () => {
		const at = 'x'.repeat(MAX_LESSON_BYTES);
		expect((await decodeLessonText(await encodeLessonText(at))).text).toHaveLength(MAX_LESSON_BYTES);
		expect(await decodeLessonText(await encodeLessonText(`${at}x`))).toEqual({ error: l.tooLarge(MAX_LESSON_BYTES) });
	});
	it('refuses a code longer than any lesson without reading it', async () => {
		expect(await decodeLessonText(`1.${'A'.repeat(MAX_CODE_LENGTH)}`)).toEqual({ error: l.tooLarge(MAX_LESSON_BYTES) });
	});
	it('stops inflating a zip bomb at the limit instead of inflating it whole', async () => {
		// 200 MB of zeros deflate to under 200 kB: a code short enough to be read.
		const bomb = `1.${b64url(deflateRawSync(Buffer.alloc(200_000_000)))}`;
		expect(bomb.length).toBeLessThan(MAX_CODE_LENGTH);
		// Inflated whole, it would take 200 MB (and, kept as chunks, crash the test's worker).
		expect(await decodeLessonText(bomb)).toEqual({ error: l.tooLarge(MAX_LESSON_BYTES) });
	});
});

describe('opening a shared link', () => {
	const catalog: ClassroomCatalog = {
		events: { 'fx-statement-chl': { title: 'Chile', start: '1964', summary: 's', disputes: [] }, 'fx-annex': { title: 'Annex', start: '1965', summary: 's', disputes: [] } },
		quotes: {},
		sources: { 'lumen-chronicle': { id: 'lumen-chronicle', label: 'Chronicle', title: 'Chronicle' } } as unknown as ClassroomCatalog['sources'],
		essays: {},
		names: { actor: {}, country: {}, theme: { annexes: 'Annexes' } }
	};
	const short = readFileSync('tests/fixtures/treaty/data/lessons/fx-lesson-short.json', 'utf8');
	it('gives the lesson a good link carries', async () => {
		const opened = await openShared(await encodeLessonText(short), catalog);
		expect(opened.lesson?.steps.map((s) => s.id)).toEqual(['fx-step-ask', 'fx-step-annex']);
	});
	it('says why a link is not a lesson: damaged, not JSON, not valid, naming unknown ids', async () => {
		expect(await openShared('1.AAAA', catalog)).toEqual({ problem: m.builder.badLink, faults: [l.damaged] });
		const notJson = await openShared(await encodeLessonText('{"id": '), catalog);
		expect(notJson.problem).toBe(m.builder.badLesson);
		expect(notJson.faults).toEqual([expect.stringMatching(/^The link is not valid JSON/)]);
		const unknown = await openShared(await encodeLessonText(short.replace('"fx-annex"', '"fx-nowhere"')), catalog);
		expect(unknown.faults).toEqual([`${m.builder.faultStep(2, 'fx-step-annex')}, focus.event: Unknown event "fx-nowhere"`]);
	});
	it('lists the first few faults and counts the rest', () => {
		expect(faultList(['a', 'b', 'c'], 2)).toEqual(['a', 'b', m.builder.moreErrors(1)]);
		expect(faultList(['a', 'b'], 2)).toEqual(['a', 'b']);
	});
});
