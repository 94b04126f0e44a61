/**
 * A teacher's own lesson while it is being made: the one owner of the draft. It holds the lesson's fields
 * and steps as the editor shows them (goals one per line, empty questions allowed), adds steps from the
 * timeline (an event, or a whole view as its query string), orders, edits and removes them, and keeps the
 * draft in local storage, in step with other tabs. It checks itself with the same `parseLesson` and
 * `checkLessons` as the lessons in the data folder, and says what is missing in plain words, by field.
 * Storage that is missing, full or holds something unreadable gives a message, never an error.
 */
import { checkLessons, parseLesson, reservedLessonIds } from '$lib/graph/lessons';
import type { GraphError } from '$lib/graph/validate';
import { lessonLevels, type Lesson, type LessonFocus } from '$lib/graph/schema';
import { formatRange } from '$lib/graph/format';
import { catalogIds, type ClassroomCatalog } from './resolve';
import { paths } from '$lib/paths';
import { m } from '$lib/messages';

export const STORAGE_KEY = 'palermo:draft';
const MAX_STEPS = 40;

export type Level = (typeof lessonLevels)[number];
type Citation = { source: string; locator: string };

export interface DraftStep {
	id: string;
	title: string;
	focus: LessonFocus;
	narrative: string;
	question: string;
	notes: string;
	/** Kept from an imported lesson; the editor does not change them. */
	quote?: string;
	essay?: { slug: string; heading?: string };
	sources: Citation[];
}

export interface DraftLesson {
	id: string;
	title: string;
	level: Level;
	duration: number;
	summary: string;
	/** One per line. */
	goals: string;
	prerequisites: string;
	steps: DraftStep[];
}

/** What is wrong, where: `key` is the lesson's field, or the step's when `step` (0-based) is given. */
export interface DraftIssue {
	key: string;
	step?: number;
	message: string;
}

export type LessonField = 'title' | 'level' | 'duration' | 'summary' | 'goals' | 'prerequisites';
export type StepField = 'title' | 'narrative' | 'question' | 'notes';
export type AddResult = { kind: 'added' | 'already'; n: number } | { kind: 'full'; n: number };

/** The part of a storage the draft uses (local storage in the browser, a stand-in in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const emptyDraft = (): DraftLesson => ({ id: 'my-lesson', title: '', level: 'secondary', duration: 45, summary: '', goals: '', prerequisites: '', steps: [] });

/** A lesson id from its title: kebab-case, never one of the classroom's own page names. */
export function lessonId(title: string): string {
	const s = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/^-+|-+$/g, '');
	const id = s || 'my-lesson';
	return reservedLessonIds.includes(id) ? `${id}-lesson` : id;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The lesson a draft stands for, as a lesson file holds it (the export, and what is checked). */
export function toLesson(d: DraftLesson): Omit<Lesson, 'order'> {
	return {
		id: d.id,
		title: d.title.trim(),
		level: d.level,
		duration: d.duration,
		summary: d.summary.trim(),
		goals: lines(d.goals),
		prerequisites: lines(d.prerequisites),
		steps: d.steps.map((s) => ({
			id: s.id,
			title: s.title.trim(),
			focus: s.focus,
			narrative: s.narrative.trim(),
			...(s.quote ? { quote: s.quote } : {}),
			...(s.essay ? { essay: s.essay } : {}),
			...(s.question.trim() ? { question: s.question.trim() } : {}),
			...(s.notes.trim() ? { notes: s.notes.trim() } : {}),
			sources: s.sources
		}))
	};
}

/** A draft as a lesson to preview, however incomplete: what has no title yet says so. */
export function previewLesson(d: DraftLesson): Lesson {
	const l = toLesson(d);
	const named = <T extends { title: string }>(x: T) => ({ ...x, title: x.title || m.builder.untitled });
	return { ...named(l), order: 999, steps: l.steps.map(named) };
}

let catalog: Promise<ClassroomCatalog> | undefined;
/** The classroom catalog (`/classroom/catalog.json`), fetched once per page. */
export function fetchCatalog(): Promise<ClassroomCatalog> {
	return (catalog ??= fetch(paths.catalog())
		.then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
		.catch((e: Error) => {
			catalog = undefined;
			throw e;
		}));
}

/** A checked lesson as a draft. */
export function fromLesson(l: Omit<Lesson, 'order'>): DraftLesson {
	return {
		id: reservedLessonIds.includes(l.id) ? lessonId(l.title) : l.id,
		title: l.title,
		level: l.level,
		duration: l.duration,
		summary: l.summary,
		goals: l.goals.join('\n'),
		prerequisites: l.prerequisites.join('\n'),
		steps: l.steps.map((s) => ({
			id: s.id,
			title: s.title,
			focus: s.focus,
			narrative: s.narrative,
			question: s.question ?? '',
			notes: s.notes ?? '',
			...(s.quote ? { quote: s.quote } : {}),
			...(s.essay ? { essay: s.essay } : {}),
			sources: s.sources
		}))
	};
}

/** A draft read back from storage, or undefined when what is stored is not one. */
export function fromStored(text: string): DraftLesson | undefined {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return undefined;
	}
	const d = (raw as { draft?: unknown } | null)?.draft as Record<string, unknown> | undefined;
	if (typeof d !== 'object' || d === null || !Array.isArray(d.steps)) return undefined;
	const str = (v: unknown) => (typeof v === 'string' ? v : '');
	const steps = d.steps.filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null && typeof s.id === 'string' && typeof s.focus === 'object' && s.focus !== null);
	return {
		id: str(d.id) || lessonId(str(d.title)),
		title: str(d.title),
		level: lessonLevels.includes(d.level as Level) ? (d.level as Level) : 'secondary',
		duration: typeof d.duration === 'number' ? d.duration : 45,
		summary: str(d.summary),
		goals: str(d.goals),
		prerequisites: str(d.prerequisites),
		steps: steps.map((s) => ({
			id: s.id as string,
			title: str(s.title),
			focus: s.focus as LessonFocus,
			narrative: str(s.narrative),
			question: str(s.question),
			notes: str(s.notes),
			...(typeof s.quote === 'string' ? { quote: s.quote } : {}),
			...(typeof s.essay === 'object' && s.essay ? { essay: s.essay as DraftStep['essay'] } : {}),
			sources: Array.isArray(s.sources) ? (s.sources as Citation[]) : []
		}))
	};
}

/**
 * A timeline view (its query string) as a step's focus: the event, its trace, the window (the `span`, or
 * the year filters) and the actor, country and theme filters. Kind filters and search text have no place
 * in a step; `dropped` names them.
 */
export function focusFromSearch(search: string): { focus: LessonFocus; dropped: ('kind' | 'search')[] } {
	const p = new URLSearchParams(search.replace(/^\?/, ''));
	const focus: LessonFocus = {};
	const event = p.get('event');
	if (event) focus.event = event;
	const span = /^([\d-]+)\.\.([\d-]+)$/.exec(p.get('span') ?? '');
	const [from, to] = span ? [span[1], span[2]] : [p.get('from'), p.get('to')];
	if (from && to) Object.assign(focus, wholeYears(from, to));
	for (const key of ['actor', 'country', 'theme'] as const) {
		const values = [...new Set(p.getAll(key))];
		if (values.length) focus[key] = values;
	}
	if (event && p.get('trace') === '1') focus.trace = true;
	const dropped = [...(p.has('kind') ? (['kind'] as const) : []), ...(p.get('q') ? (['search'] as const) : [])];
	return { focus, dropped };
}

/** A window from January to December is written in years ("1960".."1969"), as a teacher would say it. */
function wholeYears(from: string, to: string): { from: string; to: string } {
	const whole = /^\d{4}-01(-01)?$/.test(from) && /^\d{4}-12(-31)?$/.test(to);
	return whole ? { from: from.slice(0, 4), to: to.slice(0, 4) } : { from, to };
}

type Names = Record<'actor' | 'country' | 'theme', Record<string, string>>;

/** A title for a step made from a view: its filters and window ("Iceland, Keeping · 1960–1966"). */
export function viewTitle(focus: LessonFocus, names: Names): string {
	const filters = (['actor', 'country', 'theme'] as const).flatMap((k) => (focus[k] ?? []).map((id) => names[k][id] ?? id));
	const shown = filters.length > 3 ? [...filters.slice(0, 3), m.builder.more(filters.length - 3)] : filters;
	const parts = [shown.join(', '), focus.from && focus.to ? formatRange(focus.from, focus.to) : ''].filter(Boolean);
	return clip(parts.join(' · ') || m.builder.viewStep, 120);
}

/** What a parser's or checker's fault says, in the words of the field it is about. */
export function plain(key: string, reason: string, inStep = false): string {
	const b: Record<string, string> = inStep ? m.builder.needStep : m.builder.need;
	const long = /^is (\d+) characters long; at most (\d+) allowed$/.exec(reason);
	if (long) return m.builder.tooLong(Number(long[1]), Number(long[2]));
	const many = /^Too big: expected array to have <=(\d+)/.exec(reason);
	if (many) return m.builder.tooMany(Number(many[1]));
	if (/^(Too small|Too big|Invalid)/.test(reason) && key in b) return b[key];
	return reason.charAt(0).toUpperCase() + reason.slice(1);
}

/** Checks a draft as a lesson file is checked; the lesson when it passes, and each fault by field. */
export function checkDraft(d: DraftLesson, catalog?: ClassroomCatalog): { lesson?: Lesson; issues: DraftIssue[] } {
	const file = `${d.id}.json`;
	const { lesson, errors } = parseLesson(file, JSON.stringify(toLesson(d)));
	const all = lesson && catalog ? checkLessons([{ file, lesson }], catalogIds(catalog)) : errors;
	const issues = all.map(({ field, reason }): DraftIssue => {
		const s = /^steps\.(\d+)(?: \(step "[^"]*"\))?(?:\.([a-z]+))?/.exec(field);
		if (s) return { step: Number(s[1]), key: s[2] ?? 'step', message: plain(s[2] ?? 'step', reason, true) };
		const key = field.split('.')[0] || 'lesson';
		return { key: key === 'id' ? 'title' : key, message: plain(key, reason) };
	});
	return { ...(lesson && !issues.length ? { lesson } : {}), issues };
}

/** A lesson file's fault in plain words: where (step number and id, field) and what. */
export function describeFault(e: GraphError): string {
	const s = /^steps\.(\d+)(?: \(step "([^"]*)"\))?(?:\.(.*))?$/.exec(e.field);
	if (s) {
		const key = s[3]?.split('.')[0] ?? 'step';
		const at = [m.builder.faultStep(Number(s[1]) + 1, s[2] ?? ''), s[3]].filter(Boolean).join(', ');
		return m.builder.fault(at, plain(key, e.reason, true));
	}
	if (!e.field) return m.builder.faultFile(e.file, e.reason);
	return m.builder.fault(e.field, plain(e.field.split('.')[0], e.reason));
}

export class Draft {
	lesson = $state<DraftLesson>(emptyDraft());
	/** What went wrong with the browser's storage, in plain words; the draft still works in this tab. */
	storageProblem = $state<string>();
	/** The catalog the draft is checked against (ids of events, quotes…); schema checks only until it loads. */
	catalog = $state.raw<ClassroomCatalog>();
	#storage: DraftStorage | null | undefined;

	constructor(storage?: DraftStorage | null) {
		this.#storage = storage;
	}

	#checked = $derived.by(() => checkDraft(this.lesson, this.catalog));
	get issues(): DraftIssue[] {
		return this.#checked.issues;
	}
	/** The lesson, when the draft is complete and correct. */
	get valid(): Lesson | undefined {
		return this.#checked.lesson;
	}
	/** The lesson file's text (what is exported and shared). */
	get json(): string {
		return JSON.stringify(toLesson(this.lesson), null, '\t');
	}
	get empty(): boolean {
		const d = this.lesson;
		return !d.steps.length && !d.title.trim() && !d.summary.trim() && !d.goals.trim();
	}

	/** The fault of one field (of the lesson, or of a step), if any. */
	issue(key: string, step?: number): string | undefined {
		return this.issues.find((i) => i.key === key && i.step === step)?.message;
	}

	#store(): DraftStorage | undefined {
		if (this.#storage === undefined) {
			try {
				this.#storage = globalThis.localStorage ?? null;
			} catch {
				this.#storage = null;
			}
		}
		if (!this.#storage) this.storageProblem = m.builder.storage.unavailable;
		return this.#storage ?? undefined;
	}

	/** Reads the saved draft (an unreadable one is left in storage until the next change, and said so). */
	load() {
		let text: string | null = null;
		try {
			text = this.#store()?.getItem(STORAGE_KEY) ?? null;
		} catch {
			this.storageProblem = m.builder.storage.unavailable;
		}
		if (text === null) return;
		const d = fromStored(text);
		if (d) this.lesson = d;
		else this.storageProblem = m.builder.storage.corrupt;
	}

	/** Loads the draft and follows changes made in other tabs; returns the clean-up. */
	connect(): () => void {
		this.load();
		const onStorage = (ev: StorageEvent) => {
			if (ev.key === STORAGE_KEY) this.load();
		};
		addEventListener('storage', onStorage);
		return () => removeEventListener('storage', onStorage);
	}

	save() {
		try {
			this.#store()?.setItem(STORAGE_KEY, JSON.stringify({ version: 1, draft: this.lesson }));
			if (this.storageProblem === m.builder.storage.full) this.storageProblem = undefined;
		} catch {
			this.storageProblem = m.builder.storage.full;
		}
	}

	set<K extends LessonField>(key: K, value: DraftLesson[K]) {
		this.lesson[key] = value;
		if (key === 'title') this.lesson.id = lessonId(value as string);
		this.save();
	}

	setStep(i: number, key: StepField, value: string) {
		const step = this.lesson.steps[i];
		if (!step) return;
		step[key] = value;
		this.save();
	}

	#stepId(base: string): string {
		const taken = new Set(this.lesson.steps.map((s) => s.id));
		const stem = base.slice(0, 72).replace(/-+$/, '');
		let id = stem;
		for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
		return id;
	}

	#add(step: Omit<DraftStep, 'id' | 'narrative' | 'question' | 'notes' | 'sources'>, base: string): AddResult {
		if (this.lesson.steps.length >= MAX_STEPS) return { kind: 'full', n: MAX_STEPS };
		this.lesson.steps.push({ id: this.#stepId(base), narrative: '', question: '', notes: '', sources: [], ...step });
		this.save();
		return { kind: 'added', n: this.lesson.steps.length };
	}

	/** Adds a step that selects an event (once: an event already a step says which). */
	addEvent(event: { id: string; title: string }): AddResult {
		const at = this.lesson.steps.findIndex((s) => s.focus.event === event.id);
		if (at >= 0) return { kind: 'already', n: at + 1 };
		return this.#add({ title: clip(event.title, 120), focus: { event: event.id } }, `step-${event.id}`);
	}

	/** Adds a step that shows a timeline view (its query string, with `span`), titled from its filters. */
	addView(search: string, names: Names): AddResult & { dropped: ('kind' | 'search')[] } {
		const { focus, dropped } = focusFromSearch(search);
		return { ...this.#add({ title: viewTitle(focus, names), focus }, 'step-view'), dropped };
	}

	remove(i: number) {
		this.lesson.steps.splice(i, 1);
		this.save();
	}

	/** Moves a step by `delta` places; false when it cannot go further. */
	move(i: number, delta: number): boolean {
		const j = i + delta;
		const steps = this.lesson.steps;
		if (i < 0 || i >= steps.length || j < 0 || j >= steps.length) return false;
		const [step] = steps.splice(i, 1);
		steps.splice(j, 0, step);
		this.save();
		return true;
	}

	/** Starts again with an empty draft. */
	clear() {
		this.lesson = emptyDraft();
		this.save();
	}

	/** Replaces the whole draft with a checked lesson (an imported file, a shared link). */
	replace(lesson: Omit<Lesson, 'order'>) {
		this.lesson = fromLesson(lesson);
		this.save();
	}
}

/** What adding a step did, in words for the status line beside the button. */
export function addedMessage(r: AddResult & { dropped?: string[] }): string {
	const b = m.builder;
	const said = r.kind === 'added' ? b.added(r.n) : r.kind === 'already' ? b.already(r.n) : b.full(r.n);
	return r.dropped?.length ? `${said} ${b.dropped(r.dropped)}` : said;
}

/** From the timeline, where no editor is open: adds the event to the saved draft; says what happened. */
export function addEventToDraft(event: { id: string; title: string }): string {
	const d = new Draft();
	d.load();
	const said = addedMessage(d.addEvent(event));
	return d.storageProblem ? `${said} ${d.storageProblem}` : said;
}

/** From the timeline: adds the view (its query string, with the window) to the saved draft. */
export function addViewToDraft(search: string, names: Names): string {
	const d = new Draft();
	d.load();
	const said = addedMessage(d.addView(search, names));
	return d.storageProblem ? `${said} ${d.storageProblem}` : said;
}
