/**
 * Mirrors a timeline view to the page's URL: a subscriber the view attaches (`view.attach(urlSync(path))`).
 * URL → view on arrival, on navigations and on back/forward; view → URL as shallow history entries. Each
 * change is an entry, except typing in the search box and a run of window changes (one gesture, one
 * entry), which replace the entry they continue.
 */
import { untrack } from 'svelte';
import { page } from '$app/state';
import { pushState, replaceState } from '$app/navigation';
import type { FilterableEvent } from '$lib/timeline/filter';
import type { ChangeKind, TimelineView, ViewSubscriber } from './view.svelte';

export function urlSync<E extends FilterableEvent>(path: string): ViewSubscriber<E> {
	return (view: TimelineView<E>) => {
		const read = () => {
			if (location.pathname === path && location.search !== untrack(() => view.search)) view.fromParams(new URLSearchParams(location.search));
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
					if (search !== location.search) {
						const continues = kind === previous && (kind === 'search' || kind === 'span');
						(continues ? replaceState : pushState)(`${path}${search}`, {});
					}
					previous = kind;
				});
			});
		});
		const timer = setTimeout(() => {
			ready = true;
			// The arrival URL, rewritten into its canonical form without a new entry.
			if (location.pathname === path && view.search !== location.search) replaceState(`${path}${view.search}`, {});
		});
		addEventListener('popstate', read);
		return () => {
			clearTimeout(timer);
			removeEventListener('popstate', read);
			stop();
		};
	};
}
