/**
 * Mirrors a timeline view to the page's URL: a subscriber the view attaches (`view.attach(urlSync(path))`).
 * URL → view on arrival, on navigations and on back/forward; view → URL as shallow history entries. Each
 * change is an entry, except typing in the search box and a run of window changes (one gesture, one
 * entry), which replace the entry they continue. A new entry is written in the frame after the change (SvelteKit's
 * `pushState` reads the scroll position, which lays the page out): changes within one frame make one entry.
 * A continuing run is written once it pauses for PAUSE_MS, not at every keystroke or gesture step.
 */
import { untrack } from 'svelte';
import { page } from '$app/state';
import { pushState, replaceState } from '$app/navigation';
import type { FilterableEvent } from '$lib/timeline/filter';
import { afterPaint } from '$lib/timeline/frame';
import type { ChangeKind, TimelineView, ViewSubscriber } from './view.svelte';

/** How long a run of changes that replace one entry must pause before the URL is written. */
const PAUSE_MS = 250;
const afterPause = (f: () => void) => {
	const t = setTimeout(f, PAUSE_MS);
	return () => clearTimeout(t);
};

export function urlSync<E extends FilterableEvent>(path: string): ViewSubscriber<E> {
	return (view: TimelineView<E>) => {
		/** The query string written, or waiting to be: the URL the view has asked for. */
		let target = location.search;
		let push = false;
		let cancel: (() => void) | undefined;
		const flush = () => {
			cancel = undefined;
			if (location.pathname === path && target !== location.search) (push ? pushState : replaceState)(`${path}${target}`, {});
			push = false;
		};
		const read = () => {
			if (location.pathname !== path) return;
			// A navigation (back/forward, a link) is the truth: a write still waiting is dropped.
			if (location.search !== target) (cancel?.(), (cancel = undefined), (push = false));
			target = location.search;
			if (location.search !== untrack(() => view.search)) view.fromParams(new URLSearchParams(location.search));
		};
		read();
		// SvelteKit's router starts just after the page hydrates: until then history is not ours to write.
		let ready = false;
		let previous: ChangeKind | undefined;
		const stop = $effect.root(() => {
			// Navigations and back/forward (SvelteKit updates page.url for shallow entries too).
			$effect(() => {
				void page.url.search;
				untrack(read);
			});
			$effect(() => {
				const search = view.search;
				if (!ready) return;
				untrack(() => {
					const kind = view.lastChange;
					if (search !== target) {
						const continues = kind === previous && (kind === 'search' || kind === 'span');
						if (!continues) push = true;
						target = search;
						// A new entry is written after the frame; a run that continues one (typing, a zoom or pan
						// gesture) once it pauses: history writes cost a few ms each, too many for every frame.
						cancel?.();
						cancel = push ? afterPaint(flush) : afterPause(flush);
					}
					previous = kind;
				});
			});
		});
		const timer = setTimeout(() => {
			ready = true;
			// The arrival URL, rewritten into its canonical form without a new entry.
			if (location.pathname === path && view.search !== location.search) replaceState(`${path}${(target = view.search)}`, {});
		});
		addEventListener('popstate', read);
		return () => {
			clearTimeout(timer);
			cancel?.();
			removeEventListener('popstate', read);
			stop();
		};
	};
}
