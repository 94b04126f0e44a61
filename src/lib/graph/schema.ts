/**
 * The schema of the event graph: every record in `data/*.json` is defined here once,
 * and the TypeScript types are inferred from it (`z.infer`), never written twice.
 */
import { z } from 'zod';
import { actorKinds, eventKinds, linkTypes } from './vocab.ts';

/**
 * A string of at most `max` characters: every text field has a limit, so a runaway paste (a 5 MB title)
 * fails validation instead of being built into every page. The limits sit well above the longest real value.
 */
export const str = (max: number) =>
	z.string().max(max, { error: (iss) => `is ${(iss.input as string).length} characters long; at most ${max} allowed` });

/** An ISO 8601 date at the precision of its source: `1994`, `1998-02` or `2000-11-15`. */
export const isoDate = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
		message: 'must be an ISO date at its precision: YYYY, YYYY-MM or YYYY-MM-DD'
	})
	.refine(
		(s) => {
			if (s.length < 10) return true;
			const [y, m, d] = s.split('-').map(Number);
			const date = new Date(Date.UTC(y, m - 1, d));
			return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
		},
		{ message: 'is not a real calendar day' }
	)
	.meta({ title: 'date (YYYY, YYYY-MM or YYYY-MM-DD)' });

/** A stable, URL-safe id: lower-case words joined by hyphens. */
export const slug = str(80)
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		message: 'must be kebab-case (a-z, 0-9, single hyphens)'
	})
	.meta({ title: 'id (kebab-case)' });

/** ISO 3166-1 alpha-3, upper case; whether the code is real is checked against the ISO list in load.ts. */
export const iso3 = z
	.string()
	.regex(/^[A-Z]{3}$/, { message: 'must be an ISO 3166-1 alpha-3 code' })
	.meta({ title: 'country code (ISO 3166-1 alpha-3)' });

/** Where in a source a fact is found: its id and a locator (section heading, note number, CSV row). */
export const citation = z
	.strictObject({
		source: slug.describe('The id of a record in sources.json.'),
		locator: str(500).trim().min(3, { message: 'needs a locator (section, note number or CSV row)' }).describe('Where in that source: a section heading, note number or CSV row.')
	})
	.meta({ title: 'citation' });

export const eventKind = z.enum(Object.keys(eventKinds) as [keyof typeof eventKinds, ...(keyof typeof eventKinds)[]]);

export const linkType = z.enum(Object.keys(linkTypes) as [keyof typeof linkTypes, ...(keyof typeof linkTypes)[]]);

/** Where sources disagree: every claim is kept with its source. */
export const dispute = z.strictObject({
	topic: str(200).min(3).describe('What the sources disagree about, e.g. "number of sessions" or "end".'),
	claims: z
		.array(
			z.strictObject({
				value: str(500).min(1).describe('What this source says.'),
				source: slug.describe('The id of the source that says it.'),
				locator: str(500).trim().min(3).describe('Where in that source.')
			})
		)
		.min(2, { message: 'a dispute needs at least two claims' })
		.describe('Each claim with its source; at least two.'),
	note: str(1000).optional().describe('An editorial note on the disagreement, in the project\'s own words.')
});

export const event = z.strictObject({
	id: slug.describe('Stable and unique: the event page is /events/<id>.'),
	title: str(200).min(3).describe('A short headline for the event.'),
	start: isoDate.describe('When it happened or began, at the precision its source gives.'),
	end: isoDate.optional().describe('When it ended, for events that last; absent for a single day, month or year.'),
	kind: eventKind.describe('What sort of event it is; the kind decides its lane and mark on the timeline.'),
	place: z
		.strictObject({
			city: str(100).min(1).optional().describe('The city where it took place.'),
			country: iso3.optional().describe('The country where it took place.')
		})
		.optional()
		.describe('Where it took place, when that is known.'),
	summary: str(700).min(20).describe('One to three sentences in the project\'s own words.'),
	actors: z.array(slug).default([]).describe('The ids of the actors (people, states, bodies) involved.'),
	countries: z.array(iso3).default([]).describe('The countries involved.'),
	themes: z.array(slug).default([]).describe('The ids of the themes it belongs to.'),
	sources: z.array(citation).min(1, { message: 'needs at least one source with a locator' }).describe('Where its facts come from; at least one.'),
	links: z
		.array(
			z.strictObject({
				type: linkType.describe('How this event relates to the other one.'),
				to: slug.describe('The id of the other event.'),
				note: str(500).optional().describe('A note on the link, in own words.')
			})
		)
		.default([])
		.describe('Links to other events: what led to what.'),
	disputes: z.array(dispute).default([]).describe('Where sources disagree about the event; every claim is kept with its source.')
});

export const actorKind = z.enum(Object.keys(actorKinds) as [keyof typeof actorKinds, ...(keyof typeof actorKinds)[]]);

export const role = z.strictObject({
	title: str(200).min(2).describe('The position held, e.g. "Chair".'),
	body: str(200).min(2).optional().describe('The body the role was held in, as free text ("Ad Hoc Committee", "Government of Poland").'),
	bodyActor: slug.optional().describe('The actor id of that body, when it exists as a record.'),
	from: isoDate.optional().describe('When the role began.'),
	to: isoDate.optional().describe('When the role ended.'),
	sources: z.array(citation).min(1, { message: 'a role needs a source with a locator' }).describe('Where the role is attested; at least one.')
});

export const actor = z.strictObject({
	id: slug.describe('Stable and unique: the actor page is /actors/<id>.'),
	name: str(200).min(2).describe('The name as the site shows it.'),
	kind: actorKind.describe('A person, a state, a UN body or another kind of actor.'),
	country: iso3.optional().describe('The country a person represented or a state is.'),
	roles: z.array(role).default([]).describe('Positions held during the story, each with its dates and source.'),
	summary: str(700).min(10).describe('Who or what it is, in the project\'s own words.'),
	sources: z.array(citation).min(1, { message: 'needs at least one source with a locator' }).describe('Where the facts about the actor come from; at least one.')
});

export const quote = z.strictObject({
	id: slug.describe('Stable and unique: the quotation is found at /quotes#quote-<id>.'),
	text: str(2000).min(12).describe('The words, copied verbatim from the source; "…" marks an omission.'),
	speaker: slug.describe('The id of the actor who said or wrote them.'),
	date: isoDate.optional().describe('When it was said or written, at the precision the source gives; absent if it gives none.'),
	context: str(700).min(10).describe('Where, when and to whom it was said, in the project\'s own words.'),
	event: slug.optional().describe('The id of the event it belongs to, if any.'),
	source: citation.describe('The source the words are copied from, with a locator.'),
	citedAs: str(200).optional().describe('How the source itself cites the words, e.g. "Lauriola 2000" or "interview, note 2".')
});

/** A CSL-JSON name. */
const cslName = z
	.union([z.strictObject({ family: str(200), given: str(200).optional() }), z.strictObject({ literal: str(300) })])
	.meta({ title: 'name ({ family, given } or { literal })' });
/** A CSL-JSON date. */
const cslDate = z
	.strictObject({
		'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2)
	})
	.meta({ title: 'CSL date ({ "date-parts": [[year, month, day]] })' });

export const source = z.strictObject({
	id: slug.describe('Stable and unique: the source is found at /sources#<id>, and is its BibTeX key.'),
	type: z.enum(['article-journal', 'webpage', 'document', 'report', 'dataset', 'entry-encyclopedia']).describe('The CSL item type.'),
	title: str(500).min(3).describe('The title of the work.'),
	author: z.array(cslName).max(100).optional().describe('Its authors, as CSL names.'),
	issued: cslDate.optional().describe('When it was published.'),
	'container-title': str(300).optional().describe('The journal, site or collection it appeared in.'),
	publisher: str(300).optional().describe('Its publisher.'),
	volume: str(50).optional().describe('The volume, for a journal article.'),
	issue: str(50).optional().describe('The issue, for a journal article.'),
	page: str(50).optional().describe('The page range, for a journal article.'),
	URL: str(2000).pipe(z.url()).optional().describe('Where it can be read online.'),
	number: str(100).optional().describe('The UN document symbol, where the page is or reproduces one (e.g. "UNIS/CP/463").'),
	archive: str(300).optional().describe('Where the project read it: the file in its shared sources folder.'),
	note: str(1000).optional().describe('What the source is and how it was read.')
});

export const theme = z.strictObject({
	id: slug.describe('Stable and unique; events name it in their themes.'),
	label: str(80).min(2).describe('The name shown in filters and on event pages.'),
	description: str(700).min(10).describe('What the theme covers, in the project\'s own words.')
});

/** An era: an editorial period of the story, drawn as a shaded band on the timeline. */
export const era = z.strictObject({
	id: slug.describe('Stable and unique.'),
	label: str(80).min(2).describe('The name shown on the timeline\'s band.'),
	start: isoDate.describe('When the period begins.'),
	end: isoDate.optional().describe('When it ends; absent for the era that is still going on.'),
	description: str(700).min(10).describe('What characterises the period, in the project\'s own words.')
});

/** A CSS colour as six-digit hex, so the palette can be checked for contrast. */
const colour = z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'must be a colour as #rrggbb' });
const text = (max: number) => str(max).trim().min(2);

/**
 * The treaty's identity (`data/site.json`): everything the site says or draws that belongs to this history
 * rather than to the code — its name, introduction and highlights, the lanes of the timeline, the families
 * of event kinds with their mark shape and colours, the link styles and the initial span. Another treaty's
 * history is told by changing `data/` alone.
 */
export const site = z.strictObject({
	/** The site's name, e.g. "Palermo Timeline". */
	name: text(60),
	/** The treaty's full name. */
	treaty: text(200),
	/** The `<meta name="description">` of the start page. */
	description: text(300),
	tagline: text(200),
	/** The start page's introduction, one string a paragraph (own words). */
	introduction: z.array(text(1500)).min(1),
	/** Event ids shown as turning points on the start page. */
	highlights: z.array(slug).default([]),
	/** Past this many marks on screen the chart draws them on a canvas (default 400). */
	denseAt: z.number().int().min(50).max(100_000).optional(),
	/** The window the timeline opens on; the whole graph when absent. */
	span: z.strictObject({ from: isoDate, to: isoDate }).optional(),
	/** The arenas of the story, top to bottom; every event kind in use belongs to exactly one lane. */
	lanes: z.array(z.strictObject({ id: slug, label: text(60), kinds: z.array(eventKind).min(1) })).min(1),
	/** How kinds are drawn: a shape and colours per family, so that kind is never told by colour alone. */
	families: z
		.array(
			z.strictObject({
				id: slug,
				label: text(60),
				shape: z.enum(['circle', 'diamond', 'square']),
				fill: colour,
				stroke: colour,
				kinds: z.array(eventKind).min(1)
			})
		)
		.min(1),
	/** Each link type's labels (outgoing, incoming, legend) and line style. */
	links: z.record(linkType, z.strictObject({ out: text(40), in: text(40), legend: text(40), colour, dash: str(40).regex(/^(none|\d+( \d+)*)$/) })),
	/**
	 * Abbreviations the search knows: a record whose text contains `means` is also found by each of `terms`,
	 * and with a number ("COP 10", "AHC7") where its title gives the session as an ordinal ("Tenth session…").
	 */
	aliases: z.array(z.strictObject({ terms: z.array(text(40)).min(1).max(10), means: text(200) })).max(200).default([])
});

export type Site = z.infer<typeof site>;
export type Event = z.infer<typeof event>;
export type Era = z.infer<typeof era>;
export type EventKind = z.infer<typeof eventKind>;
export type LinkType = z.infer<typeof linkType>;
export type Dispute = z.infer<typeof dispute>;
export type Citation = z.infer<typeof citation>;
export type Actor = z.infer<typeof actor>;
export type ActorKind = z.infer<typeof actorKind>;
export type Quote = z.infer<typeof quote>;
export type Source = z.infer<typeof source>;
export type Theme = z.infer<typeof theme>;

/** The file of the treaty's identity: one object, not an array. */
export const siteFile = { file: 'data/site.json', schema: site } as const;

/** The files of the graph, each an array of one record type. */
export const files = {
	events: { file: 'data/events.json', schema: event },
	actors: { file: 'data/actors.json', schema: actor },
	quotes: { file: 'data/quotes.json', schema: quote },
	sources: { file: 'data/sources.json', schema: source },
	themes: { file: 'data/themes.json', schema: theme },
	eras: { file: 'data/eras.json', schema: era }
} as const;

/**
 * The front matter of an essay (`data/essays/NN-slug.md`): what the essay is called, what it is about, the
 * era it belongs to, its place in the reading order and the events it discusses (each cited in its body).
 */
export const essayFront = z.strictObject({
	title: str(200).min(3),
	/** One to three sentences, own words: shown on the essay list and as the page's description. */
	summary: str(700).min(20),
	era: slug.optional(),
	/** The reading order: 0 first; unique across the essays. */
	order: z.number().int().min(0),
	events: z.array(slug).default([])
});

export type EssayFront = z.infer<typeof essayFront>;

/**
 * Where a lesson step puts the timeline: a saved view. Every field is optional, but a step names at least
 * one: the event it selects, the window it shows (`from`/`to` at any precision) and the filters it sets.
 */
export const lessonFocus = z
	.strictObject({
		event: slug.optional(),
		from: isoDate.optional(),
		to: isoDate.optional(),
		actor: z.array(slug).max(20).optional(),
		country: z.array(iso3).max(50).optional(),
		theme: z.array(slug).max(20).optional(),
		/** Whether the selected event's chain of precedents is traced. */
		trace: z.boolean().optional()
	})
	.refine((f) => Object.values(f).some((v) => v !== undefined && v !== false && !(Array.isArray(v) && !v.length)), {
		message: 'must name an event, a window (from/to) or a filter'
	})
	.refine((f) => (f.from === undefined) === (f.to === undefined), { message: 'a window needs both from and to' });

export const lessonStep = z.strictObject({
	/** Unique within the lesson; the step's anchor (`#<id>`) in the student view. */
	id: slug,
	title: text(120),
	focus: lessonFocus,
	/** Own words: what the class looks at in this step. */
	narrative: str(2000).trim().min(20),
	/** A quotation shown with its source, by id. */
	quote: slug.optional(),
	/** An essay passage to read: the essay's slug and, optionally, a heading's id. */
	essay: z.strictObject({ slug, heading: str(120).optional() }).optional(),
	/** A discussion question (printed on the handout with space to answer). */
	question: str(600).trim().min(10).optional(),
	/** For the teacher only: shown in the presenter's notes, never to students. */
	notes: str(3000).optional(),
	/** Where the narrative's facts come from. Teacher-made lessons may leave this empty. */
	sources: z.array(citation).max(30).default([])
});

export const lessonLevels = ['secondary', 'university', 'professional'] as const;

/** A guided lesson (`data/lessons/<id>.json`): the steps a class walks through on the timeline. */
export const lesson = z.strictObject({
	id: slug,
	title: text(200),
	level: z.enum(lessonLevels),
	/** In minutes. */
	duration: z.number().int().min(5).max(240),
	/** Own words, one or two sentences: shown on the lesson list. */
	summary: str(700).trim().min(20),
	goals: z.array(text(300)).min(1).max(12),
	prerequisites: z.array(text(300)).max(12).default([]),
	/** The place in the list: 0 first; unique across the lessons. */
	order: z.number().int().min(0).max(999).default(999),
	steps: z.array(lessonStep).min(1).max(40)
});

export type LessonFocus = z.infer<typeof lessonFocus>;
export type LessonStep = z.infer<typeof lessonStep>;
export type Lesson = z.infer<typeof lesson>;
export type LessonInput = z.input<typeof lesson>;
