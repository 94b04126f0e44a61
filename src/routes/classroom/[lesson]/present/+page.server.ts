import { error } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';
import { getGraph } from '$lib/server/graph';
import { getLessons, lessonView } from '$lib/server/lessons';
import { timelineData } from '$lib/server/timeline';

export const entries: EntryGenerator = () => getLessons().map((l) => ({ lesson: l.id }));

export function load({ params }) {
	const lesson = lessonView(params.lesson);
	if (!lesson) error(404, 'No such lesson');
	return { lesson, timeline: timelineData(getGraph(), String(new Date().getUTCFullYear())) };
}
