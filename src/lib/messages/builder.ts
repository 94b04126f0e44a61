/** The builder strings of the interface; part of the one message module, `m.builder` in `$lib/messages`. */
const kB = (bytes: number) => `${Math.ceil(bytes / 1000)} kB`;

export const builder = {
	// The timeline's buttons
	addEvent: 'Add to my lesson',
	addView: 'Add this view to my lesson',
	added: (n: number) => `Added as step ${n} of your lesson.`,
	already: (n: number) => `Already step ${n} of your lesson.`,
	full: (n: number) => `Your lesson already has ${n} steps, the most a lesson can hold.`,
	dropped: (what: string[]) => `${what.includes('kind') && what.includes('search') ? 'Kind filters and the search are' : what.includes('kind') ? 'Kind filters are' : 'The search is'} not kept in a step.`,
	openDraft: 'Open my lesson',
	more: (n: number) => `${n} more`,
	viewStep: 'A view of the timeline',

	// The editor
	title: 'Make your own lesson',
	description: 'Build a lesson from the timeline: pick events and views, write the narrative, questions and notes, preview it, and share it as a file or a link.',
	needsJs: 'The lesson builder needs JavaScript: it keeps your draft in this browser, and nothing is sent to a server.',
	loading: 'Loading your draft…',
	lede: 'Your draft is kept in this browser only, and saved as you type. Download it as a file or copy its link to keep it or share it.',
	emptyTitle: 'Your lesson has no steps yet',
	emptyHow: 'Open the timeline and choose an event, then press “Add to my lesson” in its detail; or set filters and a window and press “Add this view to my lesson”. Each becomes a step. Come back here to write its narrative and question, and to order the steps.',
	emptyLink: 'Open the timeline',
	addMore: 'Add more steps from the timeline',
	about: 'About the lesson',
	lessonTitle: 'Title',
	level: 'Level',
	duration: 'Duration in minutes',
	summary: 'Summary',
	summaryHint: 'One or two sentences: what the lesson is about.',
	goals: 'Learning goals',
	goalsHint: 'One per line.',
	prerequisites: 'Before the lesson',
	prerequisitesHint: 'Optional; one per line.',
	steps: 'Steps',
	stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
	stepTitle: 'Step title',
	narrative: 'Narrative',
	narrativeHint: 'What the class looks at in this step, in your words.',
	question: 'Question to discuss',
	questionHint: 'Optional.',
	notes: 'Teacher notes',
	notesHint: 'Optional. Shown in the presenter’s notes, never to students.',
	shows: 'Shows',
	event: 'Event',
	window: 'Window',
	filters: 'Filtered to',
	trace: 'with its chain of precedents',
	moveUp: (title: string) => `Move “${title}” up`,
	moveDown: (title: string) => `Move “${title}” down`,
	remove: (title: string) => `Remove “${title}”`,
	up: 'Up',
	down: 'Down',
	delete: 'Remove',
	moved: (title: string, n: number) => `“${title}” is now step ${n}.`,
	removed: (title: string) => `Removed “${title}”.`,
	untitled: '(untitled)',
	kept: (what: string) => `Kept from the imported file: ${what}.`,
	quote: 'a quotation',
	essay: 'an essay to read',
	sources: (n: number) => `${n} ${n === 1 ? 'source' : 'sources'}`,
	startOver: 'Start a new lesson',

	// Checks, by field
	checklist: 'Before you can share it',
	shareEmpty: 'Once the lesson has its steps and text, download it as a file or copy its link here.',
	checklistNone: 'The lesson is complete: it can be shared.',
	stepIssue: (n: number, title: string) => `Step ${n} (${title})`,
	need: {
		title: 'Give the lesson a title.',
		level: 'Choose a level.',
		duration: 'Give the duration in whole minutes, from 5 to 240.',
		summary: 'Write a summary of at least 20 characters.',
		goals: 'Write at least one learning goal of a few words (one per line).',
		prerequisites: 'Each line needs a few words.',
		steps: 'Add at least one step from the timeline.'
	},
	needStep: {
		title: 'Give the step a title.',
		narrative: 'Write a narrative of at least 20 characters.',
		question: 'Write a question of at least 10 characters, or leave it empty.',
		notes: 'The notes are too long.',
		focus: 'The step must show an event, a window or a filter.'
	},
	tooLong: (n: number, max: number) => `${n} characters: at most ${max}.`,
	tooMany: (n: number) => `Too many: at most ${n}.`,

	// Sharing
	share: 'Share it',
	download: 'Download the lesson file',
	linkLabel: 'Link to this lesson',
	copyLink: 'Copy the link',
	copied: 'Link copied.',
	copyFailed: 'The browser would not copy it: select the link and copy it.',
	linkNote: 'The link holds the whole lesson, teacher notes included; nothing is sent to a server.',
	preview: 'Preview',
	previewStudent: 'Student view',
	previewPresenter: 'Presenter view',
	previewNote: 'Both open your draft as it is now, in this browser.',

	// Opening a file
	import: 'Open a lesson file',
	importLabel: 'Lesson file (.json)',
	importHint: 'A lesson downloaded from this page, or made by hand: it replaces your draft (you will be asked first).',
	importFailed: (file: string) => `“${file}” is not a lesson this site can open, and your draft is unchanged:`,
	importTooLarge: (file: string, size: number, max: number) => `“${file}” is ${kB(size)}; a lesson file is at most ${kB(max)}. Your draft is unchanged.`,
	moreErrors: (n: number) => `…and ${n} more.`,
	fault: (at: string, reason: string) => (at ? `${at}: ${reason}` : reason),
	faultStep: (n: number, id: string) => (id ? `step ${n} (“${id}”)` : `step ${n}`),
	faultFile: (file: string, reason: string) => `${file} ${reason}.`,

	// Replacing the draft
	replaceTitle: 'Replace your draft?',
	replaceText: (current: string, incoming: string) => `Your draft “${current}” will be replaced by “${incoming}”. Download your draft first if you want to keep it.`,
	replace: 'Replace my draft',
	keep: 'Keep my draft',
	clearTitle: 'Start a new lesson?',
	clearText: (current: string) => `Your draft “${current}” will be deleted. Download it first if you want to keep it.`,
	clear: 'Delete my draft',

	// Storage
	storage: {
		unavailable: 'This browser does not let the site keep your draft (its storage is turned off): it lasts only until you leave the page. Download it to keep it.',
		full: 'This browser could not save your latest change (its storage is full): download the lesson to keep it.',
		corrupt: 'Your saved draft could not be read, so a new one was started.'
	},

	// The draft's previews
	draftView: 'Preview of your draft',
	backToEditor: 'Back to the editor',
	presentIt: 'Present it',
	noSteps: 'Your draft has no steps yet, so there is nothing to show.',
	catalogFailed: (reason: string) => `The lesson could not be shown: the site’s catalog did not load (${reason}). Reload the page to try again.`,

	// A shared link
	sharedTitle: 'A shared lesson',
	sharedDescription: 'A lesson someone made on this site and shared as a link: it opens here, in your browser.',
	opening: 'Opening the lesson…',
	sharedNote: 'Someone shared this lesson as a link; it is shown from the link itself.',
	saveAsDraft: 'Save as my draft',
	saved: 'Saved as your draft.',
	linkFile: 'The link',
	badLink: 'This link cannot be opened as a lesson, and nothing was changed:',
	badLesson: 'This link holds a lesson this site cannot show, and nothing was changed:',
	link: {
		empty: 'the link carries no lesson (nothing after the #).',
		foreign: 'it was not made by this site’s lesson builder.',
		damaged: 'it is damaged; it may have been cut short when it was copied.',
		tooLarge: (max: number) => `it holds more than ${kB(max)}, too much for a lesson.`
	}
};
