import { getGraph } from '$lib/server/graph';
import { timelineData } from '$lib/server/timeline';

// The lesson itself is in the link's fragment; the page brings the timeline it is shown on.
export const load = () => ({ timeline: timelineData(getGraph(), String(new Date().getUTCFullYear())) });
