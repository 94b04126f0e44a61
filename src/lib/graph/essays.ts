/**
 * The essays (`data/essays/NN-slug.md`): mdsvex files with YAML front matter and a Markdown body that uses
 * the components `<EventRef>`, `<Quote>`, `<Note>`, `<MiniTimeline>` and `<Differ>`. Pure: `parseEssay`
 * reads one file's text into what the site needs (front matter, component tags with their lines, headings,
 * notes, word count, the paragraphs that cite events) and `checkEssays` cross-checks the collection against
 * the graph, each fault one `GraphError` naming the file, the essay's slug, the line and the id, as
 * `validate.ts` does for the JSON files.
 */
import { essayFront, type EssayFront } from './schema.ts';
import { firstPerField, type GraphError } from './validate.ts';
import { isWhollyBefore, isoDateLike, periodEnd, periodStart } from './dates.ts';
import { formatRange } from './format.ts';

export interface EssayRef {
	tag: 'EventRef' | 'Quote' | 'Note' | 'MiniTimeline';
	/** 1-based line in the file of the tag's `<`. */
	line: number;
	attrs: Record<string, string>;
}

export interface ParsedEssay {
	/** The file name without the `NN-` prefix and `.md`: "04-vienna-negotiation.md" → "vienna-negotiation". */
	slug: string;
	/** The path as given, e.g. "data/essays/04-vienna-negotiation.md". */
	file: string;
	front: EssayFront;
	/** Every component tag (not `<Differ>`) in document order. */
	refs: EssayRef[];
	/** The `##` headings in order; `id` is `headingId` of the text, made unique with -2, -3… */
	headings: { id: string; text: string }[];
	/** The Note tags' attributes in document order. */
	notes: { source: string; locator: string }[];
	/** Prose words (no tags, front matter or heading marks), for the reading time. */
	words: number;
	/** Each body paragraph that contains EventRefs: its first line and the event ids it cites, in order, once each. */
	paragraphs: { line: number; events: string[] }[];
}

type Tag = EssayRef['tag'];

/** The components an essay may use, and which attributes each takes (`Differ` takes none and wraps text). */
const components: Record<Tag | 'Differ', { attrs: string[]; required: string[]; selfClosing: 'always' | 'either' | 'never' }> = {
	EventRef: { attrs: ['id'], required: ['id'], selfClosing: 'either' },
	Quote: { attrs: ['id'], required: ['id'], selfClosing: 'always' },
	Note: { attrs: ['source', 'locator'], required: ['source', 'locator'], selfClosing: 'always' },
	MiniTimeline: { attrs: ['from', 'to'], required: ['from', 'to'], selfClosing: 'always' },
	Differ: { attrs: [], required: [], selfClosing: 'never' }
};
const isComponent = (name: string): name is keyof typeof components => Object.hasOwn(components, name);

const FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** The slug of an essay file: "data/essays/04-vienna-negotiation.md" → "vienna-negotiation"; undefined if the name is not `NN-slug.md`. */
export function essaySlug(file: string): string | undefined {
	return FILE_NAME.exec(file.split(/[/\\]/).pop() ?? '')?.[2];
}

/** A heading's id: the one the essay's markup step gives it (see `src/lib/essays/markup.js`). */
export { headingSlug as headingId } from '../essays/markup.js';
import { headingIds } from '../essays/markup.js';

// ---------------------------------------------------------------------------------------------------------
// Front matter: the subset of YAML the essays use.

type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[];

class YamlError {
	constructor(
		public line: number,
		public reason: string
	) {}
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0' };

/** One scalar at the start of `s`: its value and the rest of the text after it. */
function scalar(s: string, line: number, inFlow: boolean): { value: Scalar; rest: string } {
	if (s.startsWith('"')) {
		let out = '';
		for (let i = 1; i < s.length; i++) {
			const c = s[i];
			if (c === '"') return { value: out, rest: s.slice(i + 1) };
			if (c !== '\\') out += c;
			else if (s[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
				out += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
				i += 5;
			} else if (Object.hasOwn(ESCAPES, s[i + 1] ?? '')) out += ESCAPES[s[++i]];
			else throw new YamlError(line, `unknown escape "\\${s[i + 1] ?? ''}" in a double-quoted string`);
		}
		throw new YamlError(line, 'a double-quoted string is not closed on its line');
	}
	if (s.startsWith("'")) {
		let out = '';
		for (let i = 1; i < s.length; i++) {
			if (s[i] !== "'") out += s[i];
			else if (s[i + 1] === "'") (out += "'"), i++;
			else return { value: out, rest: s.slice(i + 1) };
		}
		throw new YamlError(line, 'a single-quoted string is not closed on its line');
	}
	const end = inFlow ? s.search(/[,\]]| #/) : s.search(/ #/);
	const raw = (end < 0 ? s : s.slice(0, end)).trim();
	const rest = end < 0 ? '' : s.slice(end);
	if (/^[[\]{}&*!|>%@`]/.test(raw)) throw new YamlError(line, `"${raw}" needs quotes (YAML reads "${raw[0]}" as syntax)`);
	if (/: |:$/.test(raw)) throw new YamlError(line, `"${raw}" needs quotes (it contains ": ")`);
	if (/^-?\d+$/.test(raw)) return { value: Number(raw), rest };
	if (raw === '' || raw === '~' || raw === 'null') return { value: null, rest };
	if (raw === 'true' || raw === 'false') return { value: raw === 'true', rest };
	return { value: raw, rest };
}

const afterValue = (rest: string, line: number) => {
	if (rest.trim() && !rest.trim().startsWith('#')) throw new YamlError(line, `unexpected "${rest.trim()}" after the value`);
};

/** `key: "string"`, `key: bare`, `key: 12`, `key: [a, "b"]` and `key:` followed by `- item` lines. */
function parseYaml(lines: string[], firstLine: number): Record<string, Value> {
	const out: Record<string, Value> = {};
	let list: { key: string; items: Scalar[] } | undefined;
	lines.forEach((text, i) => {
		const line = firstLine + i;
		if (!text.trim() || /^\s*#/.test(text)) return;
		const item = /^\s+-\s+(.*)$|^-\s+(.*)$/.exec(text);
		if (item) {
			if (!list) throw new YamlError(line, 'a list item with no key above it');
			const { value, rest } = scalar((item[1] ?? item[2]).trim(), line, false);
			afterValue(rest, line);
			list.items.push(value);
			return;
		}
		if (/^\s/.test(text)) throw new YamlError(line, 'unexpected indentation (only "key: value" lines and "- item" lists are read)');
		const m = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(text.trimEnd());
		if (!m) throw new YamlError(line, `cannot read "${text.trim()}": expected "key: value"`);
		const [, key, rawValue = ''] = m;
		if (Object.hasOwn(out, key)) throw new YamlError(line, `duplicate key "${key}"`);
		list = undefined;
		const v = rawValue.trim();
		if (v === '' || v.startsWith('#')) {
			list = { key, items: [] };
			out[key] = list.items;
			// A key with neither a value nor list items is null, as in YAML.
			const next = lines.slice(i + 1).find((l) => l.trim() && !/^\s*#/.test(l));
			if (!next || !/^\s*-\s/.test(next)) (out[key] = null), (list = undefined);
			return;
		}
		if (v.startsWith('[')) {
			const items: Scalar[] = [];
			let rest = v.slice(1);
			for (;;) {
				rest = rest.trimStart();
				if (rest.startsWith(']')) {
					rest = rest.slice(1);
					break;
				}
				if (!rest || rest.startsWith('#')) throw new YamlError(line, 'a [list] is not closed on its line');
				if (rest.startsWith(',')) throw new YamlError(line, 'an empty item in a [list]');
				const r = scalar(rest, line, true);
				items.push(r.value);
				rest = r.rest.trimStart();
				if (rest.startsWith(',')) rest = rest.slice(1);
				else if (rest && !rest.startsWith(']')) throw new YamlError(line, `unexpected "${rest}" in a [list]`);
			}
			afterValue(rest, line);
			out[key] = items;
			return;
		}
		const { value, rest } = scalar(v, line, false);
		afterValue(rest, line);
		out[key] = value;
	});
	return out;
}

// ---------------------------------------------------------------------------------------------------------
// The body: component tags, paragraphs, sentences.

/** Where each line starts, to turn offsets into 1-based lines. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
	return starts;
}
function lineAt(starts: number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (s: string) =>
	s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
		e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(1).replace(/^x/i, ''), /^#x/i.test(e) ? 16 : 10)) : (ENTITIES[e] ?? m)
	);

const OPEN = /^<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const CLOSE = /^<\/([A-Z][A-Za-z0-9]*)\s*>/;
const ATTR = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A stand-in for the start of an EventRef or Differ in the prose: a sentence may begin there. */
const TAG_START = '\uE000';

interface Scan {
	refs: (EssayRef & { offset: number })[];
	/** The body's text with every tag blanked to spaces (line breaks kept), so offsets still match the file. */
	prose: string;
	/** Offset ranges of `<Differ>` contents: dates there are claims that disagree, not checked against events. */
	differ: [number, number][];
}

/** Finds the component tags of the body (which starts at `offset` in the file). */
function scanTags(text: string, bodyStart: number, starts: number[], err: (line: number, reason: string) => void): Scan {
	const chars = text.split('');
	const blank = (from: number, to: number) => {
		for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
	};
	const refs: Scan['refs'] = [];
	const differ: [number, number][] = [];
	const open: { name: string; at: number; end: number }[] = [];
	let fence = false;
	for (let i = bodyStart; i < text.length; i++) {
		if ((i === 0 || text[i - 1] === '\n') && /^[ \t]*(```|~~~)/.test(text.slice(i, i + 8))) fence = !fence;
		if (fence || text[i] !== '<') continue;
		const line = lineAt(starts, i);
		const rest = text.slice(i);
		const close = CLOSE.exec(rest);
		if (close) {
			const name = close[1];
			const top = open.at(-1);
			if (!isComponent(name)) err(line, `unknown component </${name}>`);
			else if (!top || top.name !== name) err(line, `</${name}> closes no open <${name}>`);
			else {
				open.pop();
				if (name === 'Differ') differ.push([top.end, i]);
			}
			blank(i, i + close[0].length);
			i += close[0].length - 1;
			continue;
		}
		const m = OPEN.exec(rest);
		if (!m) {
			const name = /^<([A-Z][A-Za-z0-9]*)/.exec(rest)?.[1];
			if (name) err(line, `cannot read the <${name}> tag: attributes must be name="value" or name='value', and the tag must end with > or />`);
			continue;
		}
		const [whole, name, attrText, slash] = m;
		blank(i, i + whole.length);
		if (!isComponent(name)) {
			err(line, `unknown component <${name}> (essays use ${Object.keys(components).join(', ')})`);
			i += whole.length - 1;
			continue;
		}
		const spec = components[name];
		const attrs: Record<string, string> = {};
		for (const a of attrText.matchAll(ATTR)) {
			const [, key, dq, sq] = a;
			if (Object.hasOwn(attrs, key)) err(line, `<${name}> has the attribute ${key} twice`);
			attrs[key] = decode(dq ?? sq);
		}
		if (slash && spec.selfClosing === 'never') err(line, `<${name}> wraps text: write <${name}>…</${name}>`);
		if (!slash && spec.selfClosing === 'always') err(line, `<${name}> must close itself: write <${name} … />`);
		if (name === 'EventRef' || name === 'Differ') chars[i] = TAG_START;
		if (!slash && spec.selfClosing !== 'always') {
			if (open.some((o) => o.name === name)) err(line, `<${name}> inside another <${name}>`);
			open.push({ name, at: i, end: i + whole.length });
		}
		if (name !== 'Differ') refs.push({ tag: name, line, attrs, offset: i });
		i += whole.length - 1;
	}
	for (const o of open) err(lineAt(starts, o.at), `<${o.name}> is never closed (</${o.name}>)`);
	return { refs, prose: chars.join(''), differ };
}

interface Block {
	/** Offsets of the block's first character and just after its last. */
	from: number;
	to: number;
	line: number;
	heading?: string;
}

/** The body's blocks: runs of non-blank lines (paragraphs, tag lines) and `#` headings, each its own block. */
function blocks(text: string, firstLine: number, starts: number[]): Block[] {
	const out: Block[] = [];
	let current: Block | undefined;
	let fence = false;
	for (let n = firstLine; n < starts.length; n++) {
		const from = starts[n];
		const to = n + 1 < starts.length ? starts[n + 1] - 1 : text.length;
		const line = text.slice(from, to);
		if (/^[ \t]*(```|~~~)/.test(line)) fence = !fence;
		if (fence || /^[ \t]*(```|~~~)/.test(line) || !line.trim()) {
			current = undefined;
			continue;
		}
		const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading) {
			out.push({ from, to, line: n + 1, heading: heading[1] });
			current = undefined;
			continue;
		}
		if (current) current.to = to;
		else out.push((current = { from, to, line: n + 1 }));
	}
	return out;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'art', 'arts', 'para', 'paras', 'res', 'vol', 'p', 'pp', 'cf', 'e.g', 'i.e', 'vs', 'jr', 'sr', 'gen', 'op', 'cit', 'ed', 'eds']);

/** Offsets where sentences end inside `[from, to)` of the prose: after . ! or ? (and closing quotes), before a new sentence. */
function sentenceBreaks(prose: string, from: number, to: number): number[] {
	const breaks: number[] = [];
	for (let i = from; i < to; i++) {
		if (!'.!?'.includes(prose[i])) continue;
		let j = i + 1;
		while (j < to && '"\'”’)]'.includes(prose[j])) j++;
		let k = j;
		while (k < to && /\s/.test(prose[k])) k++;
		if (k === j && k < to) continue; // "A/AC.254", "U.S.": no space after the stop
		if (k < to && !/[\p{Lu}\p{N}"'“‘(\[\uE000]/u.test(prose[k])) continue;
		if (prose[i] === '.') {
			const word = /([\p{L}.]+)$/u.exec(prose.slice(Math.max(from, i - 12), i))?.[1] ?? '';
			if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
		}
		breaks.push(j);
		i = j - 1;
	}
	return breaks;
}

// ---------------------------------------------------------------------------------------------------------
// Dates written in prose.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const M = `(${MONTHS.join('|')})`;
const D = '(\\d{1,2})';
const Y = '(\\d{4})';
const SEP = '(?:\\s*[–—-]\\s*|\\s+(?:to|and|until)\\s+)';
/**
 * "19–29 January 1999", "28 April – 3 May 1999", "19 January 1999", "January–March 1999", "January 1999"
 * (also with "to" or "and" between the ends). Year-only mentions are not matched.
 */
const DATE = new RegExp(
	`(?<![\\p{L}\\p{N}/.,])(?:${D}${SEP}${D}\\s+${M}\\s+${Y}|${D}\\s+${M}${SEP}${D}\\s+${M}\\s+${Y}|${D}\\s+${M}\\s+${Y}|${M}${SEP}${M}\\s+${Y}|${M}\\s+${Y})(?![\\p{L}\\p{N}])`,
	'gu'
);

interface DateMention {
	text: string;
	offset: number;
	/** Each end as an ISO date, at the precision written. */
	ends: string[];
}

const iso = (year: string, month: string, day?: string) =>
	`${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;

function dateMentions(prose: string, from: number, to: number): DateMention[] {
	const out: DateMention[] = [];
	const region = prose.slice(from, to);
	for (const m of region.matchAll(DATE)) {
		const g = m.slice(1);
		let ends: string[];
		if (g[0]) ends = [iso(g[3], g[2], g[0]), iso(g[3], g[2], g[1])];
		else if (g[4]) ends = [iso(g[8], g[5], g[4]), iso(g[8], g[7], g[6])];
		else if (g[9]) ends = [iso(g[11], g[10], g[9])];
		else if (g[12]) ends = [iso(g[14], g[12]), iso(g[14], g[13])];
		else ends = [iso(g[16], g[15])];
		out.push({ text: m[0].replace(/\s+/g, ' '), offset: from + m.index, ends });
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------------

/** What `parseEssay` keeps for `checkEssays`: the prose's sentences with the EventRefs and dates in each. */
interface Sentences {
	sentences: { events: string[]; dates: (DateMention & { line: number })[] }[];
}
const sentencesOf = new WeakMap<ParsedEssay, Sentences>();


/**
 * Parses one essay file. `essay` is undefined when the file cannot be used (a bad file name, no front
 * matter, front matter that fails the schema); faults in the body's tags are reported and the essay kept.
 */
export function parseEssay(file: string, rawText: string): { essay?: ParsedEssay; errors: GraphError[] } {
	const errors: GraphError[] = [];
	const name = file.split(/[/\\]/).pop() ?? file;
	const slug = essaySlug(file);
	const id = slug ?? name.replace(/\.md$/, '');
	const err = (field: string, reason: string) => errors.push({ file, id, field, reason });
	const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!slug) err('file name', 'must be NN-slug.md: two digits, a hyphen and a kebab-case slug (a-z, 0-9, single hyphens)');

	const lines = text.split('\n');
	const close = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
	if (close < 0) {
		err('front matter', lines[0]?.trim() === '---' ? 'is never closed by a --- line' : 'is missing: the file must begin with a --- line');
		return { errors };
	}
	let front: EssayFront | undefined;
	try {
		const result = essayFront.safeParse(parseYaml(lines.slice(1, close), 2));
		if (result.success) front = result.data;
		else for (const issue of firstPerField(result.error.issues)) err(['front matter', issue.field].filter(Boolean).join('.'), issue.message);
	} catch (e) {
		if (!(e instanceof YamlError)) throw e;
		err(`line ${e.line}`, `front matter: ${e.reason}`);
	}

	const starts = lineStarts(text);
	const bodyStart = close + 1 < starts.length ? starts[close + 1] : text.length;
	const scan = scanTags(text, bodyStart, starts, (line, reason) => err(`line ${line}`, reason));
	if (!slug || !front) return { errors };

	const { prose } = scan;
	const refs = scan.refs.map(({ tag, line, attrs }) => ({ tag, line, attrs }));
	const inDiffer = (offset: number) => scan.differ.some(([a, b]) => offset >= a && offset < b);
	const headings: ParsedEssay['headings'] = [];
	const paragraphs: ParsedEssay['paragraphs'] = [];
	const sentences: Sentences['sentences'] = [];
	let words = 0;
	const countWords = (s: string) => (s.replace(/\]\([^)]*\)/g, ']').match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

	for (const block of blocks(text, close + 1, starts)) {
		const body = prose.slice(block.from, block.to).replaceAll(TAG_START, ' ');
		if (block.heading) {
			const headingText = body.replace(/^\s*#+\s+/, '').replace(/\s+#+\s*$/, '').replace(/\s+/g, ' ').trim();
			words += countWords(headingText);
			if (block.heading !== '##') continue;
			headings.push({ id: '', text: headingText });
			continue;
		}
		words += countWords(body);
		const eventRefs = scan.refs.filter((r) => r.tag === 'EventRef' && r.offset >= block.from && r.offset < block.to);
		if (!eventRefs.length) continue;
		paragraphs.push({ line: block.line, events: [...new Set(eventRefs.map((r) => r.attrs.id ?? ''))].filter(Boolean) });
		const bounds = [block.from, ...sentenceBreaks(prose, block.from, block.to), block.to];
		for (let s = 0; s + 1 < bounds.length; s++) {
			const [a, b] = [bounds[s], bounds[s + 1]];
			const events = [...new Set(eventRefs.filter((r) => r.offset >= a && r.offset < b).map((r) => r.attrs.id ?? ''))].filter(Boolean);
			const dates = dateMentions(prose, a, b)
				.filter((d) => !inDiffer(d.offset))
				.map((d) => ({ ...d, line: lineAt(starts, d.offset) }));
			sentences.push({ events, dates });
		}
	}

	const notes = refs.filter((r) => r.tag === 'Note').map((r) => ({ source: r.attrs.source ?? '', locator: r.attrs.locator ?? '' }));
	headingIds(headings.map((h) => h.text)).forEach((id, i) => (headings[i].id = id));
	const essay: ParsedEssay = { slug, file, front, refs, headings, notes, words, paragraphs };
	sentencesOf.set(essay, { sentences });
	return { essay, errors };
}

/**
 * Cross-checks the parsed essays against the graph and each other: ids that resolve, complete Notes, valid
 * MiniTimeline spans, unique slugs and orders, front-matter `events` that match the body's EventRefs, and
 * dates written in a sentence with one EventRef that fall within that event's period ("D Month YYYY", "Month
 * YYYY" and ranges of them; years alone are not checked, nor dates inside `<Differ>`, which holds claims that
 * disagree). The date check reads the sentences `parseEssay` set aside for each essay object it returned: pass
 * those objects, not copies (a copy, e.g. through JSON, is checked without it).
 */
export function checkEssays(
	essays: ParsedEssay[],
	graph: { events: { id: string; start: string; end?: string }[]; quotes: { id: string }[]; sources: { id: string }[]; eras: { id: string }[] }
): GraphError[] {
	const errors: GraphError[] = [];
	const events = new Map(graph.events.map((e) => [e.id, e]));
	const quotes = new Set(graph.quotes.map((q) => q.id));
	const sources = new Set(graph.sources.map((s) => s.id));
	const eras = new Set(graph.eras.map((e) => e.id));
	const slugs = new Map<string, string>();
	const orders = new Map<number, string>();

	for (const essay of essays) {
		const err = (field: string, reason: string) => errors.push({ file: essay.file, id: essay.slug, field, reason });
		const { front } = essay;
		if (slugs.has(essay.slug)) err('file name', `duplicate slug "${essay.slug}": also ${slugs.get(essay.slug)}`);
		else slugs.set(essay.slug, essay.file);
		if (orders.has(front.order)) err('front matter.order', `duplicate order ${front.order}: also ${orders.get(front.order)}`);
		else orders.set(front.order, essay.file);
		if (front.era !== undefined && !eras.has(front.era)) err('front matter.era', `unknown era "${front.era}"`);

		const listed = new Set<string>();
		front.events.forEach((id, i) => {
			if (listed.has(id)) err(`front matter.events.${i}`, `"${id}" is listed twice`);
			else if (!events.has(id)) err(`front matter.events.${i}`, `unknown event "${id}"`);
			listed.add(id);
		});

		const cited = new Set<string>();
		for (const ref of essay.refs) {
			const field = `line ${ref.line}`;
			const spec = components[ref.tag];
			for (const key of Object.keys(ref.attrs)) if (!spec.attrs.includes(key)) err(field, `<${ref.tag}> has an unknown attribute "${key}" (it takes ${spec.attrs.join(', ')})`);
			for (const key of spec.required)
				if (!ref.attrs[key]?.trim()) err(field, ref.tag === 'Note' ? `a Note without ${key}` : `<${ref.tag}> has no ${key}`);
			const { id, source } = ref.attrs;
			if (ref.tag === 'EventRef' && id?.trim()) {
				cited.add(id);
				if (!events.has(id)) err(field, `unknown event "${id}"`);
				else if (!listed.has(id)) err(field, `EventRef "${id}" is not listed in the front matter's events`);
			}
			if (ref.tag === 'Quote' && id?.trim() && !quotes.has(id)) err(field, `unknown quote "${id}"`);
			if (ref.tag === 'Note' && source?.trim() && !sources.has(source)) err(field, `unknown source "${source}"`);
			if (ref.tag === 'MiniTimeline') {
				const bad = (['from', 'to'] as const).filter((key) => ref.attrs[key]?.trim() && !isoDateLike(ref.attrs[key]));
				const [from, to] = [ref.attrs.from, ref.attrs.to];
				for (const key of bad) err(field, `MiniTimeline ${key} "${ref.attrs[key]}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
				if (!bad.length && from && to && isWhollyBefore(to, from)) err(field, `MiniTimeline runs backwards: to "${to}" is before from "${from}"`);
			}
		}
		front.events.forEach((id, i) => {
			if (events.has(id) && !cited.has(id) && front.events.indexOf(id) === i)
				err(`front matter.events.${i}`, `"${id}" is never referenced by an EventRef in the body`);
		});

		for (const sentence of sentencesOf.get(essay)?.sentences ?? []) {
			if (sentence.events.length !== 1) continue;
			const event = events.get(sentence.events[0]);
			if (!event) continue;
			const from = periodStart(event.start).getTime();
			const to = periodEnd(event.end ?? event.start).getTime();
			for (const d of sentence.dates) {
				if (d.ends.some((e) => !isoDateLike(e))) {
					err(`line ${d.line}`, `"${d.text}" is not a real calendar day`);
					continue;
				}
				// Each end must meet the event's period: a day inside it, a month overlapping it.
				if (d.ends.every((e) => periodEnd(e).getTime() > from && periodStart(e).getTime() < to)) continue;
				err(`line ${d.line}`, `"${d.text}" contradicts event "${event.id}" (${formatRange(event.start, event.end)})`);
			}
		}
	}
	return errors;
}
