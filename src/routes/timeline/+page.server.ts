import { getGraph } from '$lib/server/graph';
import { timelineData } from '$lib/server/timeline';

export function load() {
	// The axis reaches the year after the build, so "today" is on it.
	return timelineData(getGraph(), String(new Date().getUTCFullYear()));
}
