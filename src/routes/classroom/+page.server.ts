import { lessonViews } from '$lib/server/lessons';

export function load() {
	return {
		lessons: lessonViews().map(({ id, title, level, duration, summary, goals, steps }) => ({ id, title, level, duration, summary, goals, steps: steps.length }))
	};
}
