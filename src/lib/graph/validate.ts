/**
 * Validates the raw graph files against the schema, then cross-checks the graph. Pure: it takes the
 * parsed JSON of each file and returns every error at once, each naming the file, record, field and reason.
 * Each fault is reported once: a file that cannot be read (missing, empty, not JSON, no records) is named in
 * one line and every check that would depend on it is skipped, and a record that fails the schema still
 * counts as existing, so references to it and from it raise no follow-on errors.
 */
import type { z } from 'zod';
import { files, siteFile, type Actor, type Era, type Event, type Quote, type Site, type Source, type Theme } from './schema.ts';
import { compareIso, isWhollyBefore } from './dates.ts';
import { isIso3 } from './countries.ts';

export type FileKey = keyof typeof files;
/** The parsed JSON of each graph file, and of `data/site.json`. */
export type RawFiles = Record<FileKey | 'site', unknown>;
export type GraphFileKey = FileKey | 'site';

export interface GraphError {
	file: string;
	/** The record's id, or `#index` when it has none. */
	id: string;
	/** Dotted path of the field inside the record ("start", "sources.0.locator"). */
	field: string;
	reason: string;
}

/**
 * Whether a record that nothing references (an actor no event, quotation or role names; a theme no event
 * uses) fails the graph or is only a warning that `check:data` prints. A warning for now: the real data has
 * such an actor (see `npm run check:data`); make it an error once the data is clean.
 */
export const UNREFERENCED_IS_ERROR = false;

export interface ValidGraphData {
	events: Event[];
	actors: Actor[];
	quotes: Quote[];
	sources: Source[];
	themes: Theme[];
	eras: Era[];
	site: Site;
}

/** One line: `file: record id: field: reason`, or `file: reason` for a fault of the whole file. */
export function formatError(e: GraphError): string {
	if (e.id === FILE) return `${e.file}: ${e.reason}`;
	return `${e.file}: ${e.id}: ${e.field || '(record)'}: ${e.reason}`;
}

/** The `id` of an error about a whole file rather than one of its records. */
export const FILE = '(file)';

export class GraphValidationError extends Error {
	constructor(public errors: GraphError[]) {
		super(`The event graph has ${errors.length} error(s):\n` + errors.map(formatError).join('\n'));
		this.name = 'GraphValidationError';
	}
}

function recordId(raw: unknown, index: number): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id ? id : `#${index}`;
}

/** The files that must hold at least one record: without an event there is no graph to show. */
const mustHaveRecords: Partial<Record<FileKey, string>> = { events: 'event' };

/** Parses one file's records, keeping the valid ones and reporting the rest; `broken` collects unusable files. */
function parseFile<S extends z.ZodType>(key: FileKey, schema: S, raw: unknown, errors: GraphError[], broken: Set<GraphFileKey>): z.infer<S>[] {
	const file = files[key].file;
	if (broken.has(key)) return [];
	if (!Array.isArray(raw)) {
		errors.push({ file, id: FILE, field: '', reason: 'must be a JSON array of records' });
		broken.add(key);
		return [];
	}
	if (raw.length === 0 && mustHaveRecords[key]) {
		errors.push({ file, id: FILE, field: '', reason: `has no records: the graph needs at least one ${mustHaveRecords[key]}` });
		broken.add(key);
		return [];
	}
	const out: z.infer<S>[] = [];
	raw.forEach((record, i) => {
		const result = schema.safeParse(record);
		if (result.success) out.push(result.data);
		else for (const issue of firstPerField(result.error.issues)) errors.push({ file, id: recordId(record, i), field: issue.field, reason: issue.message });
	});
	return out;
}

/** One issue per field, the first: "15 Nov 2000" is not in ISO form, and saying it is no real day adds nothing. */
export function firstPerField(issues: z.core.$ZodIssue[]): { field: string; message: string }[] {
	const seen = new Map<string, string>();
	for (const issue of issues) {
		const field = issue.path.join('.');
		if (!seen.has(field)) seen.set(field, issue.message);
	}
	return [...seen].map(([field, message]) => ({ field, message }));
}

/** A stand-in when `site.json` is invalid, so the cross-checks of the other files still run. */
const emptySite: Site = { name: '', treaty: '', description: '', tagline: '', introduction: [], highlights: [], lanes: [], families: [], links: {} as Site['links'], aliases: [] };

function parseSite(raw: unknown, errors: GraphError[], broken: Set<GraphFileKey>): Site {
	if (broken.has('site')) return emptySite;
	const result = siteFile.schema.safeParse(raw);
	if (result.success) return result.data;
	for (const issue of firstPerField(result.error.issues)) errors.push({ file: siteFile.file, id: '(site)', field: issue.field, reason: issue.message });
	broken.add('site');
	return emptySite;
}

/**
 * Validates the parsed files. `unreadable` names the files whose fault has already been reported (missing,
 * empty, not JSON): they are skipped, with every cross-check that depends on them.
 */
export function validateGraph(
	raw: RawFiles,
	unreadable: Iterable<GraphFileKey> = []
): { data: ValidGraphData; errors: GraphError[]; warnings: GraphError[] } {
	const errors: GraphError[] = [];
	const warnings: GraphError[] = [];
	const broken = new Set<GraphFileKey>(unreadable);
	const data: ValidGraphData = {
		events: parseFile('events', files.events.schema, raw.events, errors, broken),
		actors: parseFile('actors', files.actors.schema, raw.actors, errors, broken),
		quotes: parseFile('quotes', files.quotes.schema, raw.quotes, errors, broken),
		sources: parseFile('sources', files.sources.schema, raw.sources, errors, broken),
		themes: parseFile('themes', files.themes.schema, raw.themes, errors, broken),
		eras: parseFile('eras', files.eras.schema, raw.eras, errors, broken),
		site: parseSite(raw.site, errors, broken)
	};
	crossCheck(data, rawRecords(raw, broken), broken, errors, UNREFERENCED_IS_ERROR ? errors : warnings);
	return { data, errors, warnings };
}

type RawRecord = Record<string, unknown>;

/** Each usable file's records as parsed JSON, valid or not (non-objects dropped). */
function rawRecords(raw: RawFiles, broken: Set<GraphFileKey>): Record<FileKey, RawRecord[]> {
	const out = {} as Record<FileKey, RawRecord[]>;
	for (const key of Object.keys(files) as FileKey[]) {
		const records = raw[key];
		out[key] = !broken.has(key) && Array.isArray(records) ? records.filter((r): r is RawRecord => !!r && typeof r === 'object' && !Array.isArray(r)) : [];
	}
	return out;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Every `source` named by a citation anywhere inside a raw record, however malformed the rest of it is. */
function citedSources(v: unknown, out: Set<string>): void {
	if (Array.isArray(v)) for (const x of v) citedSources(x, out);
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) {
			if (k === 'source' && typeof x === 'string') out.add(x);
			else citedSources(x, out);
		}
}

/** A `led-to` or `mandated-by` link as an edge "`from` came before `to`", with the link as written. */
interface PrecedenceEdge {
	from: string;
	to: string;
}

/**
 * The cycles among the precedence edges, one per strongly connected component (Tarjan), each as the list
 * of its events from the one that comes first in `order` back to it: `[a, b, a]`.
 */
function precedenceCycles(order: string[], edges: PrecedenceEdge[]): string[][] {
	const next = new Map<string, string[]>(order.map((id) => [id, []]));
	for (const e of edges) next.get(e.from)?.push(e.to);
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	let counter = 0;
	const connect = (v: string) => {
		index.set(v, counter);
		low.set(v, counter++);
		stack.push(v);
		onStack.add(v);
		for (const w of next.get(v) ?? []) {
			if (!index.has(w)) {
				connect(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) === index.get(v)) {
			const component: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				onStack.delete(w);
				component.push(w);
			} while (w !== v);
			if (component.length > 1) components.push(component);
		}
	};
	for (const id of order) if (!index.has(id)) connect(id);

	const position = new Map(order.map((id, i) => [id, i]));
	return components.map((component) => {
		const members = new Set(component);
		const start = component.reduce((a, b) => (position.get(a)! <= position.get(b)! ? a : b));
		// The shortest way round from `start` back to itself, inside the component (breadth first).
		const cameFrom = new Map<string, string>();
		const queue = [start];
		while (queue.length && !cameFrom.has(start)) {
			const v = queue.shift()!;
			for (const w of next.get(v) ?? []) {
				if (!members.has(w) || cameFrom.has(w)) continue;
				cameFrom.set(w, v);
				if (w === start) break;
				queue.push(w);
			}
		}
		const path = [start];
		for (let v = cameFrom.get(start)!; v !== start; v = cameFrom.get(v)!) path.unshift(v);
		path.unshift(start);
		return path;
	});
}

function crossCheck(
	d: ValidGraphData,
	raw: Record<FileKey, RawRecord[]>,
	broken: Set<GraphFileKey>,
	errors: GraphError[],
	unreferenced: GraphError[]
): void {
	const usable = (...keys: FileKey[]) => keys.every((k) => !broken.has(k));
	const err = (key: FileKey, id: string, field: string, reason: string) =>
		errors.push({ file: files[key].file, id, field, reason });

	const ids = <T extends { id: string }>(key: FileKey, records: T[]) => {
		const seen = new Set<string>();
		for (const r of records) {
			if (seen.has(r.id)) err(key, r.id, 'id', 'duplicate id');
			seen.add(r.id);
		}
		return seen;
	};
	const events = new Map(d.events.map((e) => [e.id, e]));
	// The ids that exist, valid record or not: a record that fails the schema is reported once, for itself.
	const existing = (key: FileKey, valid: Set<string>) => {
		for (const r of raw[key]) if (typeof r.id === 'string') valid.add(r.id);
		return valid;
	};
	const eventIds = existing('events', ids('events', d.events));
	const actorIds = existing('actors', ids('actors', d.actors));
	ids('quotes', d.quotes);
	const sourceIds = existing('sources', ids('sources', d.sources));
	const themeIds = existing('themes', ids('themes', d.themes));

	const checkCitation = (key: FileKey, id: string, field: string, source: string) => {
		if (usable('sources') && !sourceIds.has(source)) err(key, id, field, `unknown source "${source}"`);
	};
	const checkCountry = (key: FileKey, id: string, field: string, code: string | undefined) => {
		if (code !== undefined && !isIso3(code)) err(key, id, field, `"${code}" is not an ISO 3166-1 alpha-3 country code`);
	};

	const precedence: PrecedenceEdge[] = [];
	for (const e of d.events) {
		if (e.end && isWhollyBefore(e.end, e.start)) err('events', e.id, 'end', `ends (${e.end}) before it starts (${e.start})`);
		checkCountry('events', e.id, 'place.country', e.place?.country);
		e.countries.forEach((c, i) => checkCountry('events', e.id, `countries.${i}`, c));
		if (usable('actors')) e.actors.forEach((a, i) => actorIds.has(a) || err('events', e.id, `actors.${i}`, `unknown actor "${a}"`));
		if (usable('themes')) e.themes.forEach((t, i) => themeIds.has(t) || err('events', e.id, `themes.${i}`, `unknown theme "${t}"`));
		e.sources.forEach((s, i) => checkCitation('events', e.id, `sources.${i}.source`, s.source));
		e.disputes.forEach((dispute, i) =>
			dispute.claims.forEach((c, j) => checkCitation('events', e.id, `disputes.${i}.claims.${j}.source`, c.source))
		);
		const linkKeys = new Set<string>();
		e.links.forEach((l, i) => {
			const field = `links.${i}.to`;
			const key = `${l.type}:${l.to}`;
			if (linkKeys.has(key)) err('events', e.id, field, `duplicate ${l.type} link to "${l.to}"`);
			linkKeys.add(key);
			const target = events.get(l.to);
			if (l.to === e.id) err('events', e.id, field, 'links to itself');
			else if (!eventIds.has(l.to)) err('events', e.id, field, `unknown event "${l.to}"`);
			else if (!target) return; // the target fails the schema and is reported for itself
			else if (l.type === 'led-to' && isWhollyBefore(target.end ?? target.start, e.start))
				err('events', e.id, field, `led-to points back in time: "${l.to}" (${target.start}) is before ${e.start}`);
			else if (l.type === 'mandated-by' && isWhollyBefore(e.end ?? e.start, target.start))
				err('events', e.id, field, `mandated-by points forward in time: "${l.to}" (${target.start}) is after ${e.start}`);
			// Only a link that runs the right way in time can close a cycle; a wrong one is reported above.
			else if (l.type === 'led-to') precedence.push({ from: e.id, to: l.to });
			else if (l.type === 'mandated-by') precedence.push({ from: l.to, to: e.id });
		});
	}
	for (const cycle of precedenceCycles(d.events.map((e) => e.id), precedence))
		err('events', cycle[0], 'links', `led-to/mandated-by links form a cycle (each event said to come before the next): ${cycle.join(' → ')}`);

	for (const a of d.actors) {
		checkCountry('actors', a.id, 'country', a.country);
		a.sources.forEach((s, i) => checkCitation('actors', a.id, `sources.${i}.source`, s.source));
		a.roles.forEach((r, i) => {
			if (r.bodyActor && usable('actors') && !actorIds.has(r.bodyActor)) err('actors', a.id, `roles.${i}.bodyActor`, `unknown actor "${r.bodyActor}"`);
			if (r.from && r.to && isWhollyBefore(r.to, r.from)) err('actors', a.id, `roles.${i}.to`, `ends (${r.to}) before it starts (${r.from})`);
			r.sources.forEach((s, j) => checkCitation('actors', a.id, `roles.${i}.sources.${j}.source`, s.source));
		});
	}

	for (const q of d.quotes) {
		if (usable('actors') && !actorIds.has(q.speaker)) err('quotes', q.id, 'speaker', `unknown actor "${q.speaker}"`);
		if (q.event && usable('events') && !eventIds.has(q.event)) err('quotes', q.id, 'event', `unknown event "${q.event}"`);
		checkCitation('quotes', q.id, 'source.source', q.source.source);
	}

	ids('eras', d.eras);
	const eras = [...d.eras].sort((a, b) => compareIso(a.start, b.start));
	eras.forEach((e, i) => {
		if (e.end && isWhollyBefore(e.end, e.start)) err('eras', e.id, 'end', `ends (${e.end}) before it starts (${e.start})`);
		const next = eras[i + 1];
		if (next && !e.end) err('eras', e.id, 'end', `only the last era may be open-ended, but "${next.id}" follows`);
		else if (next && e.end && !isWhollyBefore(e.end, next.start)) err('eras', next.id, 'start', `overlaps the era "${e.id}" (ends ${e.end})`);
	});

	// Records nothing points to: counted from the raw records, so a reference inside an invalid record still counts.
	if (usable('events', 'actors', 'quotes')) {
		const cited = new Set<string>();
		for (const key of ['events', 'actors', 'quotes'] as const) for (const r of raw[key]) citedSources(r, cited);
		for (const s of d.sources) if (!cited.has(s.id)) err('sources', s.id, 'id', 'is never cited by any record');

		const named = new Set<string>();
		for (const e of raw.events) strings(e.actors).forEach((a) => named.add(a));
		for (const q of raw.quotes) strings(q.speaker).forEach((a) => named.add(a));
		for (const a of raw.actors)
			if (Array.isArray(a.roles))
				for (const r of a.roles as RawRecord[]) if (r && r.bodyActor !== a.id) strings(r.bodyActor).forEach((b) => named.add(b));
		for (const a of d.actors)
			if (!named.has(a.id))
				unreferenced.push({ file: files.actors.file, id: a.id, field: 'id', reason: 'is never referenced by any event, quotation speaker or role (bodyActor)' });
	}
	if (usable('events')) {
		const tagged = new Set<string>();
		for (const e of raw.events) strings(e.themes).forEach((t) => tagged.add(t));
		for (const t of d.themes) if (!tagged.has(t.id)) unreferenced.push({ file: files.themes.file, id: t.id, field: 'id', reason: 'is never used by any event' });
	}
	if (d.site !== emptySite && usable('events')) crossCheckSite(d, eventIds, errors);
}

/** Highlights resolve; every kind in use has exactly one lane and one family; the initial span runs forwards. */
function crossCheckSite(d: ValidGraphData, eventIds: Set<string>, errors: GraphError[]) {
	const err = (field: string, reason: string) => errors.push({ file: siteFile.file, id: '(site)', field, reason });
	d.site.highlights.forEach((id, i) => eventIds.has(id) || err(`highlights.${i}`, `unknown event "${id}"`));
	for (const key of ['lanes', 'families'] as const) {
		const owner = new Map<string, string>();
		const seen = new Set<string>();
		d.site[key].forEach((group, i) => {
			if (seen.has(group.id)) err(`${key}.${i}.id`, `duplicate id "${group.id}"`);
			seen.add(group.id);
			for (const kind of group.kinds) {
				if (owner.has(kind)) err(`${key}.${i}.kinds`, `kind "${kind}" is already in "${owner.get(kind)}"`);
				owner.set(kind, group.id);
			}
		});
		for (const kind of new Set(d.events.map((e) => e.kind)))
			if (!owner.has(kind)) err(key, `kind "${kind}" is used by events but belongs to none of the ${key}`);
	}
	const span = d.site.span;
	if (span && isWhollyBefore(span.to, span.from)) err('span.to', `ends (${span.to}) before it starts (${span.from})`);
}
