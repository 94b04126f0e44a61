import { getGraph } from '$lib/graph/load';
import { timelineData } from '$lib/timeline/data';

export function load() {
	// The axis reaches the year after the build, so "today" is on it.
	return timelineData(getGraph(), String(new Date().getUTCFullYear()));
}
