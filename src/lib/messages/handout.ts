/** The handout strings of the interface; part of the one message module, `m.handout` in `$lib/messages`. */
export const handout = {
	title: (lesson: string) => `Handout: ${lesson}`,
	description: (lesson: string) => `A printable handout for the lesson “${lesson}”: its timeline, key events, quotations, questions with space to answer, and sources.`,
	eyebrow: 'Handout',
	// On screen only
	toolbar: 'Handout tools',
	print: 'Print this handout',
	printHint: 'It fits A4 and US Letter: choose the paper in the print dialog. Teacher notes are left out.',
	printNoScript: 'Print it with your browser’s Print command (Ctrl+P, or ⌘P on a Mac). It fits A4 and US Letter; teacher notes are left out.',
	backToLesson: 'Back to the lesson',
	// On paper
	name: 'Name',
	date: 'Date',
	goals: 'In this lesson you will',
	prerequisites: 'Before the lesson',
	strip: (from: string, to: string) => (from === to ? `The timeline in ${from}` : `The timeline, ${from} to ${to}`),
	step: (n: number) => `Step ${n}`,
	window: 'Years:',
	filters: 'Look for:',
	keyEvent: 'Key event',
	read: 'Read:',
	stepSources: 'Sources:',
	question: (n: number) => `Question ${n}`,
	answerSpace: 'Space for your answer',
	sources: 'Sources',
	sourcesNote: 'Every fact on this handout comes from these sources (the numbers in the steps point here); where in each source is given on the lesson’s and the events’ pages.'
};
