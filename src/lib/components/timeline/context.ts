/**
 * What a `<Timeline>` computes once and its layers read: the instance id (every element id derives from it),
 * the size, the scale, the layout and the view's highlights. Layers only map this to attributes.
 */
import { createContext } from 'svelte';
import type { TimelineLayout } from '$lib/timeline/layout';
import type { TimeScale } from '$lib/timeline/scales';
import type { EraBand } from '$lib/timeline/interaction';
import type { Arc } from '$lib/timeline/layout';
import type { FamilySpec } from '$lib/timeline/kinds';
import type { TimelineEventData } from '$lib/timeline/data';

export interface TimelineContext {
	/** Unique per instance: two timelines on a page never share an element id. */
	readonly id: string;
	readonly width: number;
	/** The labels' font size in pixels (larger on a projector-wide chart). */
	readonly labelSize: number;
	/** The band above the lanes, for era names and axis labels. */
	readonly band: number;
	readonly scale: TimeScale;
	readonly layout: TimelineLayout;
	readonly eras: EraBand[];
	readonly arcs: Arc[];
	readonly events: Map<string, TimelineEventData>;
	/** Accessible names by event id. */
	readonly names: Map<string, string>;
	readonly familyOf: (kind: string) => FamilySpec;
	/** Ids that pass the filters; the others are faded. */
	readonly matching: Set<string>;
	readonly selected?: string;
	readonly traced?: Set<string>;
	/** Events highlighted (an essay's). */
	readonly highlighted?: Set<string>;
	/** The mark holding the roving tab stop (undefined: marks are plain links). */
	readonly tabStop?: string;
	readonly interactive: boolean;
	/** The mark under the pointer or holding the focus: its label is drawn in full. */
	readonly pointed?: string;
	select(id: string): void;
	/** Shows the span of some events (a cluster's), animated. */
	zoomToEvents(ids: string[]): void;
	/** Shows a window, animated. */
	zoomTo(span: [Date, Date]): void;
	/** The era whose description is shown under the chart (pointed at or focused), or none. */
	showEra(id: string | undefined): void;
}

export const [getTimeline, setTimeline] = createContext<TimelineContext>();
