/**
 * Reading events back in: a TimelineJS 3 JSON file, or a spreadsheet saved as CSV (the columns of our
 * events.csv, or those of TimelineJS's Google Sheet template), made into candidate events in our format and
 * checked with the event schema, each fault reported as the loader reports one (file, id, field, reason).
 * Input that cannot be read at all (not JSON, wrong columns, a date that is no date) stops with one
 * `ImportError` line. Used by `npm run import:timelinejs` and `npm run import:csv`.
 */
import Papa from 'papaparse';
import { files, type Site } from '../graph/schema.ts';
import { isoDateLike } from '../graph/dates.ts';
import { eventKinds } from '../graph/vocab.ts';
import { firstPerField, type GraphError } from '../graph/validate.ts';
import { CITATIONS, LIST, eventColumns } from './csv.ts';
import { SOURCES_LABEL } from './timelinejs.ts';

/** A fault that stops the import: its message is one line, naming the file and where. */
export class ImportError extends Error {
	name = 'ImportError';
}

/** A candidate event: our format, not yet validated. */
export type Candidate = Record<string, unknown>;

/** The kind a TimelineJS group names: a lane of one kind, a kind's label, or a kind's id. */
export function kindOfGroup(group: string | undefined, lanes: Site['lanes']): string | undefined {
	if (!group) return undefined;
	const g = group.trim();
	const lane = lanes.find((l) => l.label === g);
	if (lane?.kinds.length === 1) return lane.kinds[0];
	if (g in eventKinds) return g;
	return Object.entries(eventKinds).find(([, label]) => label === g)?.[0];
}

/** A kebab-case id from a title and year, for rows that carry none. */
export const slugify = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The paragraphs of a bit of HTML as plain text. */
export function htmlParagraphs(html: string): string[] {
	return html
		.split(/<\/p>|<br\s*\/?>/i)
		.map((p) =>
			p
				.replace(/<[^>]*>/g, '')
				.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => entities[e])
				.replace(/\s+/g, ' ')
				.trim()
		)
		.filter(Boolean);
}

/** A date from its parts (numbers or strings, as TimelineJS and its sheet allow) at their precision, or a one-line fault. */
export function dateFromParts(year: unknown, month: unknown, day: unknown, where: string): string | undefined {
	const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';
	if (blank(year)) {
		if (!blank(month) || !blank(day)) throw new ImportError(`${where}: a month or day without a year`);
		return undefined;
	}
	const part = (v: unknown, name: string, max: number) => {
		const s = String(v).trim();
		const n = Number(s);
		if (!/^\d+$/.test(s) || n < 1 || n > max) throw new ImportError(`${where}: ${name} "${s}" is not a ${name} (1–${max})`);
		return n;
	};
	const y = String(year).trim();
	if (!/^\d{4}$/.test(y)) throw new ImportError(`${where}: year "${y}" is not a four-digit year`);
	if (blank(month)) {
		if (!blank(day)) throw new ImportError(`${where}: a day without a month`);
		return y;
	}
	const m = String(part(month, 'month', 12)).padStart(2, '0');
	if (blank(day)) return `${y}-${m}`;
	const iso = `${y}-${m}-${String(part(day, 'day', 31)).padStart(2, '0')}`;
	if (!isoDateLike(iso)) throw new ImportError(`${where}: ${iso} is not a real calendar day`);
	return iso;
}

/** A candidate from a slide's or a sheet row's parts; undefined fields are left out. */
function candidate(parts: { id?: string; title: string; start?: string; end?: string; text: string; group?: string }, lanes: Site['lanes']): Candidate {
	const paragraphs = htmlParagraphs(parts.text).filter((p) => !p.startsWith(SOURCES_LABEL.trim()));
	const title = htmlParagraphs(parts.title).join(' ');
	const c: Candidate = {
		id: parts.id?.trim() || slugify(`${title} ${parts.start?.slice(0, 4) ?? ''}`),
		title,
		start: parts.start,
		end: parts.end,
		kind: kindOfGroup(parts.group, lanes),
		summary: paragraphs.join(' '),
		sources: []
	};
	return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined && v !== ''));
}

type TlPart = Record<string, unknown> | undefined;

/** The events of a TimelineJS 3 JSON file (its title slide and eras are not events). */
export function fromTimelineJs(text: string, file: string, lanes: Site['lanes'] = []): Candidate[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new ImportError(`${file}: is not JSON`);
	}
	const events = (data as { events?: unknown } | null)?.events;
	if (!Array.isArray(events)) throw new ImportError(`${file}: is not a TimelineJS file: it has no "events" list`);
	return events.map((raw, i) => {
		const slide = (raw ?? {}) as Record<string, unknown>;
		const id = typeof slide.unique_id === 'string' ? slide.unique_id : undefined;
		const where = `${file}: events[${i}]${id ? ` (${id})` : ''}`;
		const date = (d: unknown, name: string) => {
			if (d === undefined) return undefined;
			const p = d as TlPart;
			if (typeof p !== 'object' || !p) throw new ImportError(`${where}: ${name} is not a date object`);
			return dateFromParts(p.year, p.month, p.day, `${where}: ${name}`);
		};
		const start = date(slide.start_date, 'start_date');
		if (!start) throw new ImportError(`${where}: start_date has no year`);
		const t = (slide.text ?? {}) as TlPart;
		return candidate({ id, title: String(t?.headline ?? ''), start, end: date(slide.end_date, 'end_date'), text: String(t?.text ?? ''), group: typeof slide.group === 'string' ? slide.group : undefined }, lanes);
	});
}

/** The columns of TimelineJS's Google Sheet template that the import reads. */
export const sheetColumns = ['Year', 'Month', 'Day', 'End Year', 'End Month', 'End Day', 'Headline', 'Text', 'Group', 'Type'] as const;

const split = (s: string | undefined, sep: string) => (s ?? '').split(sep).map((x) => x.trim()).filter(Boolean);

/** One row of our events.csv as a candidate, dates checked. */
function fromOurRow(row: Record<string, string>, where: string): Candidate {
	for (const col of ['start', 'end'] as const)
		if (row[col]?.trim() && !isoDateLike(row[col].trim())) throw new ImportError(`${where}: ${col} "${row[col]}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
	const place = Object.fromEntries(Object.entries({ city: row['place.city'], country: row['place.country'] }).filter(([, v]) => v?.trim()));
	const c: Candidate = {
		id: row.id.trim(),
		title: row.title,
		start: row.start.trim(),
		...(row.end?.trim() ? { end: row.end.trim() } : {}),
		kind: row.kind?.trim(),
		...(Object.keys(place).length ? { place } : {}),
		summary: row.summary,
		actors: split(row.actors, LIST.trim()),
		countries: split(row.countries, LIST.trim()),
		themes: split(row.themes, LIST.trim()),
		sources: split(row.sources, CITATIONS).map((line) => {
			const at = line.indexOf(': ');
			return at < 0 ? { source: line, locator: '' } : { source: line.slice(0, at), locator: line.slice(at + 2) };
		}),
		links: split(row.links, LIST.trim()).map((l) => {
			const [type, to] = l.split(/\s+/);
			return { type, to };
		}),
		disputes: []
	};
	return c;
}

/** The events of a CSV file: our events.csv columns, or TimelineJS's sheet columns (title and era rows skipped). */
export function fromCsv(text: string, file: string, lanes: Site['lanes'] = []): Candidate[] {
	if (!text.trim()) throw new ImportError(`${file}: is empty`);
	const body = text.replace(/^\uFEFF/, '');
	const parsed = Papa.parse<Record<string, string>>(body, { header: true, delimiter: ',', skipEmptyLines: 'greedy' });
	const fault = parsed.errors[0];
	// A quoting fault knows its character offset (a quoted cell may span lines); a row of the wrong length, its row.
	if (fault && fault.index !== undefined) throw new ImportError(`${file}: line ${body.slice(0, fault.index).split('\n').length}: ${fault.message}`);
	if (fault) throw new ImportError(`${file}: row ${(fault.row ?? 0) + 2}: ${fault.message}`);
	const columns = parsed.meta.fields ?? [];
	const has = (cols: readonly string[]) => cols.filter((c) => !columns.includes(c));
	const ours = has(['id', 'title', 'start', 'kind', 'summary']);
	const sheet = has(['Year', 'Headline']);
	if (ours.length && sheet.length)
		throw new ImportError(`${file}: wrong columns: expected those of events.csv (${eventColumns.join(', ')}) or of the TimelineJS sheet (${sheetColumns.join(', ')}); found ${columns.join(', ') || 'none'}`);
	return parsed.data.flatMap((row, i) => {
		const where = `${file}: row ${i + 2}`;
		if (!ours.length) return [fromOurRow(row, `${where}${row.id ? ` (${row.id})` : ''}`)];
		if (/^(title|era)$/i.test(row.Type?.trim() ?? '')) return [];
		const start = dateFromParts(row.Year, row.Month, row.Day, `${where}: Year/Month/Day`);
		if (!start) throw new ImportError(`${where}: no Year`);
		return [candidate({ title: row.Headline ?? '', start, end: dateFromParts(row['End Year'], row['End Month'], row['End Day'], `${where}: End Year/Month/Day`), text: row.Text ?? '', group: row.Group }, lanes)];
	});
}

/** What the event schema says of each candidate, as the loader says it (file, id, field, reason); duplicate ids too. */
export function checkCandidates(candidates: Candidate[], file: string, known: Iterable<string> = []): GraphError[] {
	const errors: GraphError[] = [];
	const seen = new Set<string>();
	const existing = new Set(known);
	candidates.forEach((c, i) => {
		const id = typeof c.id === 'string' && c.id ? c.id : `#${i}`;
		const result = files.events.schema.safeParse(c);
		if (!result.success) for (const issue of firstPerField(result.error.issues)) errors.push({ file, id, field: issue.field, reason: issue.message });
		if (seen.has(id)) errors.push({ file, id, field: 'id', reason: 'is used by another candidate in this file' });
		if (existing.has(id)) errors.push({ file, id, field: 'id', reason: 'is already an event in data/events.json' });
		seen.add(id);
	});
	return errors;
}
