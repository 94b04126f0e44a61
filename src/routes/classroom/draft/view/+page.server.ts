import { getGraph } from '$lib/server/graph';
import { timelineData } from '$lib/server/timeline';

// The draft itself is in the teacher's browser; the page brings the timeline it is shown on.
export const load = () => ({ timeline: timelineData(getGraph(), String(new Date().getUTCFullYear())) });
