import { getGraph } from '$lib/server/graph';
import { timelineData } from '$lib/server/timeline';

export function load() {
	const g = getGraph();
	// The axis reaches the year after the build, so "today" is on it. The summaries are for the list views,
	// the printed list and the list shown without JavaScript (the chart itself does not need them).
	return { ...timelineData(g, String(new Date().getUTCFullYear())), summaries: Object.fromEntries(g.events.map((e) => [e.id, e.summary])) as Record<string, string> };
}
