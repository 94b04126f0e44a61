/** The timeline data a page gives its static mini timelines (an essay's `<MiniTimeline>` has no other way to get it). */
import { createContext } from 'svelte';
import type { TimelineData } from '$lib/timeline/data';

export const [getTimelineData, setTimelineData] = createContext<TimelineData>();
