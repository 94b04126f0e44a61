/**
 * A lesson carried whole in a link, with no server: its JSON compressed (`deflate-raw`) and written in
 * base64url after a version mark, `1.<data>`, for the fragment of `/classroom/shared#…` (a fragment never
 * reaches the host). Decoding is defensive: a foreign or damaged link gives a plain reason, and the
 * decompressed text is counted as it streams, so a link that would inflate past `MAX_LESSON_BYTES` is
 * stopped there (a zip bomb cannot hang the tab). Browser-safe; Node 20 has the same streams.
 */
import { checkLessons, MAX_LESSON_BYTES, parseLesson } from '$lib/graph/lessons';
import type { Lesson } from '$lib/graph/schema';
import { catalogIds, resolveLesson, type ClassroomCatalog, type LessonView } from './resolve';
import { describeFault, fetchCatalog } from './draft.svelte';
import { m } from '$lib/messages';

const VERSION = '1.';
/** Deflate shrinks a lesson's text; a code longer than the largest lesson in base64 is not one of ours. */
export const MAX_CODE_LENGTH = Math.ceil((MAX_LESSON_BYTES * 4) / 3) + VERSION.length;

export type Decoded = { text: string; error?: undefined } | { text?: undefined; error: string };

function toBase64url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return bytes;
	} catch {
		return undefined;
	}
}

/** The link code for a lesson's JSON text. */
export async function encodeLessonText(json: string): Promise<string> {
	const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return VERSION + toBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The code a shared link carries: everything after `#` (a leading `#` is allowed). */
export const codeOf = (hash: string) => hash.replace(/^#/, '').trim();

/**
 * The lesson text a code carries, or why there is none. Reads at most `limit` bytes of decompressed text
 * and then stops, so the work done is bounded by the limit, not by what the link claims.
 */
export async function decodeLessonText(code: string, limit = MAX_LESSON_BYTES): Promise<Decoded> {
	const b = m.builder.link;
	code = codeOf(code);
	if (!code) return { error: b.empty };
	if (!code.startsWith(VERSION)) return { error: b.foreign };
	if (code.length > MAX_CODE_LENGTH) return { error: b.tooLarge(limit) };
	const bytes = fromBase64url(code.slice(VERSION.length));
	if (!bytes?.length) return { error: b.damaged };
	const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.length;
			if (size > limit) {
				await reader.cancel().catch(() => {});
				return { error: b.tooLarge(limit) };
			}
			chunks.push(value);
		}
	} catch {
		// Not deflate data, or cut short (a link copied in part).
		return { error: b.damaged };
	}
	const all = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) (all.set(c, at), (at += c.length));
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(all) };
	} catch {
		return { error: b.damaged };
	}
}

/** What a shared link opens as: the lesson, or why not (a plain problem and, for a bad lesson, its first faults). */
export type Shared = { lesson: Lesson; problem?: undefined; faults?: undefined } | { lesson?: undefined; problem: string; faults: string[] };

/** Reads a shared link's code as a lesson, checked like a lesson file against the catalog. */
export async function openShared(code: string, catalog: ClassroomCatalog, shown = 5): Promise<Shared> {
	const b = m.builder;
	const decoded = await decodeLessonText(code);
	if (decoded.error !== undefined) return { problem: b.badLink, faults: [decoded.error] };
	const file = b.linkFile;
	const { lesson, errors } = parseLesson(file, decoded.text);
	const all = lesson ? checkLessons([{ file, lesson }], catalogIds(catalog)) : errors;
	if (lesson && !all.length) return { lesson };
	return { problem: b.badLesson, faults: faultList(all.map(describeFault), shown) };
}

/** The first few faults, and how many more there are. */
export function faultList(faults: string[], shown = 5): string[] {
	return faults.length > shown ? [...faults.slice(0, shown), m.builder.moreErrors(faults.length - shown)] : faults;
}

/** A shared link as its pages use it: its code, and the lesson resolved against the catalog, or why not. */
export interface OpenedLink {
	code: string;
	lesson?: Lesson;
	view?: LessonView;
	problem?: string;
	faults: string[];
}

/** Opens the link in the page's fragment (`location.hash`), fetching the catalog it is checked against. */
export async function openLink(hash: string): Promise<OpenedLink> {
	const code = codeOf(hash);
	try {
		const catalog = await fetchCatalog();
		const shared = await openShared(code, catalog);
		return shared.lesson ? { code, lesson: shared.lesson, view: resolveLesson(shared.lesson, catalog), faults: [] } : { code, ...shared };
	} catch (e) {
		return { code, problem: m.builder.catalogFailed((e as Error).message), faults: [] };
	}
}
