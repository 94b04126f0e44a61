/**
 * d3-zoom as an attachment on the chart's existing `<svg>`: it only reports the window a gesture asks for.
 * Its transform is derived from the view's span on every change of span or width, never the other way
 * round, so a narrower chart (the detail panel opening) cannot make the next drag jump.
 * The wheel scrolls the page unless the reader asks to zoom (Ctrl/⌘ + wheel, a pinch, or the chart has
 * the focus); a horizontal wheel or trackpad swipe pans.
 */
import { zoom, zoomIdentity } from 'd3-zoom';
import { select } from 'd3-selection';
import type { Attachment } from 'svelte/attachments';
import { timeScale, zoomFor } from '$lib/timeline/scales';

type Span = [Date, Date];

export interface ZoomOptions {
	full: () => Span;
	span: () => Span;
	width: () => number;
	height: () => number;
	onspan: (span: Span) => void;
}

export function zoomable(o: ZoomOptions): Attachment<SVGSVGElement> {
	return (svg) => {
		const behaviour = zoom<SVGSVGElement, unknown>()
			.scaleExtent([1, 2000])
			.filter((ev: Event) => {
				if (ev.type === 'wheel') {
					const w = ev as WheelEvent;
					return (w.ctrlKey || w.metaKey || svg.contains(document.activeElement)) && Math.abs(w.deltaY) >= Math.abs(w.deltaX);
				}
				return !(ev as MouseEvent).ctrlKey && !(ev as MouseEvent).button;
			})
			.on('zoom', (ev) => {
				// Only gestures report; the transforms set below from the span do not.
				if (!ev.sourceEvent || o.width() < 10) return;
				o.onspan(ev.transform.rescaleX(timeScale(o.full(), o.width())).domain() as Span);
			});
		select(svg).call(behaviour).on('dblclick.zoom', null);

		/** A horizontal swipe pans by its distance in pixels. */
		const swipe = (ev: WheelEvent) => {
			if (Math.abs(ev.deltaX) <= Math.abs(ev.deltaY)) return;
			ev.preventDefault();
			const [a, b] = o.span();
			const ms = ((b.getTime() - a.getTime()) / Math.max(1, o.width())) * ev.deltaX;
			o.onspan([new Date(a.getTime() + ms), new Date(b.getTime() + ms)]);
		};
		svg.addEventListener('wheel', swipe, { passive: false });

		$effect(() => {
			const [w, h] = [o.width(), o.height()];
			const { k, x } = zoomFor(o.span(), o.full(), w);
			behaviour.extent([[0, 0], [w, h]]).translateExtent([[0, 0], [w, h]]);
			// The node's transform, set as d3-zoom stores it (element.__zoom), so no zoom event fires and a
			// gesture under way simply continues from the window shown.
			(svg as SVGSVGElement & { __zoom: unknown }).__zoom = zoomIdentity.translate(x, 0).scale(k);
		});
		return () => {
			svg.removeEventListener('wheel', swipe);
			select(svg).on('.zoom', null);
		};
	};
}
