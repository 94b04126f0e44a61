import { load as timeline } from '../+page.server';

/** The same data as the timeline: two views of one graph. */
export const load = timeline;
