/**
 * Validates the raw graph files against the schema, then cross-checks the graph. Pure: it takes the
 * parsed JSON of each file and returns every error at once, each naming the file, record, field and reason.
 */
import type { z } from 'zod';
import { files, siteFile, type Actor, type Era, type Event, type Quote, type Site, type Source, type Theme } from './schema';
import { compareIso, isWhollyBefore } from './dates';
import { isIso3 } from './countries';

export type FileKey = keyof typeof files;
/** The parsed JSON of each graph file, and of `data/site.json`. */
export type RawFiles = Record<FileKey | 'site', unknown>;

export interface GraphError {
	file: string;
	/** The record's id, or `#index` when it has none. */
	id: string;
	/** Dotted path of the field inside the record ("start", "sources.0.locator"). */
	field: string;
	reason: string;
}

export interface ValidGraphData {
	events: Event[];
	actors: Actor[];
	quotes: Quote[];
	sources: Source[];
	themes: Theme[];
	eras: Era[];
	site: Site;
}

export function formatError(e: GraphError): string {
	return `${e.file}: ${e.id}: ${e.field || '(record)'}: ${e.reason}`;
}

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

/** Parses one file's records, keeping the valid ones and reporting the rest. */
function parseFile<S extends z.ZodType>(key: FileKey, schema: S, raw: unknown, errors: GraphError[]): z.infer<S>[] {
	const file = files[key].file;
	if (!Array.isArray(raw)) {
		errors.push({ file, id: '(file)', field: '', reason: 'must be a JSON array of records' });
		return [];
	}
	const out: z.infer<S>[] = [];
	raw.forEach((record, i) => {
		const result = schema.safeParse(record);
		if (result.success) out.push(result.data);
		else
			for (const issue of result.error.issues)
				errors.push({ file, id: recordId(record, i), field: issue.path.join('.'), reason: issue.message });
	});
	return out;
}

/** A stand-in when `site.json` is invalid, so the cross-checks of the other files still run. */
const emptySite: Site = { name: '', treaty: '', description: '', tagline: '', introduction: [], highlights: [], lanes: [], families: [], links: {} as Site['links'] };

function parseSite(raw: unknown, errors: GraphError[]): Site {
	const result = siteFile.schema.safeParse(raw);
	if (result.success) return result.data;
	for (const issue of result.error.issues) errors.push({ file: siteFile.file, id: '(site)', field: issue.path.join('.'), reason: issue.message });
	return emptySite;
}

export function validateGraph(raw: RawFiles): { data: ValidGraphData; errors: GraphError[] } {
	const errors: GraphError[] = [];
	const data: ValidGraphData = {
		events: parseFile('events', files.events.schema, raw.events, errors),
		actors: parseFile('actors', files.actors.schema, raw.actors, errors),
		quotes: parseFile('quotes', files.quotes.schema, raw.quotes, errors),
		sources: parseFile('sources', files.sources.schema, raw.sources, errors),
		themes: parseFile('themes', files.themes.schema, raw.themes, errors),
		eras: parseFile('eras', files.eras.schema, raw.eras, errors),
		site: parseSite(raw.site, errors)
	};
	crossCheck(data, errors);
	return { data, errors };
}

function crossCheck(d: ValidGraphData, errors: GraphError[]): void {
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
	const eventIds = ids('events', d.events);
	const actorIds = ids('actors', d.actors);
	ids('quotes', d.quotes);
	const sourceIds = ids('sources', d.sources);
	const themeIds = ids('themes', d.themes);
	const cited = new Set<string>();

	const checkCitation = (key: FileKey, id: string, field: string, source: string) => {
		cited.add(source);
		if (!sourceIds.has(source)) err(key, id, field, `unknown source "${source}"`);
	};
	const checkCountry = (key: FileKey, id: string, field: string, code: string | undefined) => {
		if (code !== undefined && !isIso3(code)) err(key, id, field, `"${code}" is not an ISO 3166-1 alpha-3 country code`);
	};

	for (const e of d.events) {
		if (e.end && isWhollyBefore(e.end, e.start)) err('events', e.id, 'end', `ends (${e.end}) before it starts (${e.start})`);
		checkCountry('events', e.id, 'place.country', e.place?.country);
		e.countries.forEach((c, i) => checkCountry('events', e.id, `countries.${i}`, c));
		e.actors.forEach((a, i) => actorIds.has(a) || err('events', e.id, `actors.${i}`, `unknown actor "${a}"`));
		e.themes.forEach((t, i) => themeIds.has(t) || err('events', e.id, `themes.${i}`, `unknown theme "${t}"`));
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
			else if (!target) err('events', e.id, field, `unknown event "${l.to}"`);
			else if (l.type === 'led-to' && isWhollyBefore(target.end ?? target.start, e.start))
				err('events', e.id, field, `led-to points back in time: "${l.to}" (${target.start}) is before ${e.start}`);
			else if (l.type === 'mandated-by' && isWhollyBefore(e.end ?? e.start, target.start))
				err('events', e.id, field, `mandated-by points forward in time: "${l.to}" (${target.start}) is after ${e.start}`);
		});
	}

	for (const a of d.actors) {
		checkCountry('actors', a.id, 'country', a.country);
		a.sources.forEach((s, i) => checkCitation('actors', a.id, `sources.${i}.source`, s.source));
		a.roles.forEach((r, i) => {
			if (r.bodyActor && !actorIds.has(r.bodyActor)) err('actors', a.id, `roles.${i}.bodyActor`, `unknown actor "${r.bodyActor}"`);
			if (r.from && r.to && isWhollyBefore(r.to, r.from)) err('actors', a.id, `roles.${i}.to`, `ends (${r.to}) before it starts (${r.from})`);
			r.sources.forEach((s, j) => checkCitation('actors', a.id, `roles.${i}.sources.${j}.source`, s.source));
		});
	}

	for (const q of d.quotes) {
		if (!actorIds.has(q.speaker)) err('quotes', q.id, 'speaker', `unknown actor "${q.speaker}"`);
		if (q.event && !eventIds.has(q.event)) err('quotes', q.id, 'event', `unknown event "${q.event}"`);
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

	for (const s of d.sources) if (!cited.has(s.id)) err('sources', s.id, 'id', 'is never cited by any record');
	if (d.site !== emptySite) crossCheckSite(d, eventIds, errors);
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
