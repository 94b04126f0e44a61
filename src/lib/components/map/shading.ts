/** How the map shades a country: its number of events, in five classes (0: none), the legend's steps. */
import { scaleThreshold } from 'd3-scale';

/** The lower bound of each shaded class above "none". */
export const STEPS = [1, 3, 6, 11];

/** The class (0–4) of a country with `events` events: the CSS custom property `--map-<class>` colours it. */
export const shade = scaleThreshold<number, number>().domain(STEPS).range([0, 1, 2, 3, 4]);

/** The legend's classes above "none": [from, to] (to undefined for the last, open one). */
export const classes = STEPS.map((from, i) => ({ level: i + 1, from, to: STEPS[i + 1] === undefined ? undefined : STEPS[i + 1] - 1 }));
