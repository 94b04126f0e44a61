import { error } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';
import { getLessons, lessonView } from '$lib/server/lessons';

export const entries: EntryGenerator = () => getLessons().map((l) => ({ lesson: l.id }));

export function load({ params }) {
	const lesson = lessonView(params.lesson);
	if (!lesson) error(404, 'No such lesson');
	return { lesson };
}
