// In-page instrumentation for `npm run bench`, injected into every page before its own scripts
// (Playwright's addInitScript), after `window.__benchKind` ('ours' | 'timelinejs' | 'vis') has been set.
// Everything is timed inside the page, on the page's own clock (performance.now()), with
//   - PerformanceObserver: paint (first paint, first contentful paint), long tasks, event timing, user marks;
//   - MutationObserver: when the DOM changed (marks inserted, the detail's title written, the count updated);
//   - requestAnimationFrame: the frame that shows a change, and frame intervals during gestures;
//   - a MessageChannel message posted from a frame's rAF callback: it runs once that frame's style, layout
//     and paint are done, which is when the frame is "painted" here (the same rule for all three timelines).
// The bench only reads the results (page.evaluate); it never polls the page to time anything.
(() => {
	if (window.__bench) return;
	const now = () => performance.now();
	const kind = window.__benchKind;
	/** What counts as a mark, when the opening view is complete, and the user mark that says "interactive". */
	const kinds = {
		ours: {
			mark: '.chart svg a[data-event-id]',
			// Dense views draw most marks on a canvas, blank in the prerendered HTML until the page draws it.
			complete: () => {
				const c = document.querySelector('.chart canvas');
				return !c || c.hasAttribute('width');
			},
			ready: 'hydrated'
		},
		timelinejs: { mark: '.tl-timemarker', complete: () => true, ready: 'interactive' },
		vis: { mark: '.vis-item', complete: () => true, ready: 'interactive' }
	};
	const K = kinds[kind];
	const B = (window.__bench = { kind, paint: {}, longtasks: [], events: [], marks: {}, load: {}, errors: [] });
	addEventListener('error', (e) => B.errors.push(String(e.message)));

	const observers = [];
	const observe = (type, opts, fn) => {
		try {
			const o = new PerformanceObserver((list) => list.getEntries().forEach(fn));
			o.observe({ type, buffered: true, ...opts });
			observers.push([o, fn]);
		} catch {
			/* not supported */
		}
	};
	observe('paint', {}, (e) => (B.paint[e.name] = e.startTime));
	observe('longtask', {}, (e) => B.longtasks.push([e.startTime, e.duration]));
	observe('event', { durationThreshold: 16 }, (e) =>
		B.events.push({ name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd, interactionId: e.interactionId })
	);
	observe('mark', {}, (e) => (B.marks[e.name] ??= e.startTime));
	/** Delivers the entries still queued in the observers (they are otherwise delivered lazily). */
	const flush = () => observers.forEach(([o, fn]) => o.takeRecords().forEach(fn));
	B.flush = flush;

	/** Calls back with the time at which the frame now being produced has been painted. */
	const afterFrame = (cb) => {
		const ch = new MessageChannel();
		ch.port1.onmessage = () => cb(now());
		ch.port2.postMessage(0);
	};
	const inViewport = (el) => {
		const r = el.getBoundingClientRect();
		return (r.width > 0 || r.height > 0) && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
	};
	const visible = (el) => inViewport(el) && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
	const firstVisible = (sel) => {
		for (const el of document.querySelectorAll(sel)) if (visible(el)) return el;
		return undefined;
	};
	B.visible = visible;

	// ---- Load: marks in the DOM (MutationObserver), first frame showing a mark and the complete opening view (rAF).
	const L = B.load;
	const loadObserver = new MutationObserver(() => {
		if (L.dom === undefined && document.querySelector(K.mark)) L.dom = now();
	});
	loadObserver.observe(document, { childList: true, subtree: true });
	/** With `window.__benchWatch`, every frame until interactive records which marks it shows (the filtered-URL check). */
	const watch = window.__benchWatch;
	if (watch) B.frames = [];
	const loadFrame = () => {
		const t = now();
		if (watch) {
			const ids = [];
			for (const el of document.querySelectorAll(watch.chart)) if (visible(el)) ids.push(el.getAttribute('data-event-id'));
			const list = [];
			for (const el of document.querySelectorAll(watch.list)) if (visible(el)) list.push(el.getAttribute('data-event-id'));
			const c = document.querySelector('.chart canvas');
			const canvas = c && c.hasAttribute('width') && visible(c) ? Number(c.getAttribute('data-marks') ?? 0) : 0;
			B.frames.push({ t, ids, list, canvas, fcp: B.paint['first-contentful-paint'] !== undefined, ready: B.marks[K.ready] !== undefined });
		}
		if (L.first === undefined && L.firstRaf === undefined && firstVisible(K.mark)) (L.firstRaf = t), afterFrame((x) => (L.first = x));
		if (L.allRaf === undefined && L.firstRaf !== undefined && K.complete()) (L.allRaf = t), afterFrame((x) => (L.all = x));
		const done = L.allRaf !== undefined && B.marks[K.ready] !== undefined;
		if (!done || (watch && B.frames.filter((f) => f.ready).length < 3)) requestAnimationFrame(loadFrame);
		else loadObserver.disconnect();
	};
	requestAnimationFrame(loadFrame);
	/** Resolves once the opening view is painted and the page says it is interactive (or after `timeout` ms). */
	B.loaded = (timeout) =>
		new Promise((resolve) => {
			const t0 = now();
			const check = () => {
				flush();
				if ((L.all !== undefined && B.marks[K.ready] !== undefined) || now() - t0 > timeout) return resolve({ ...L, ready: B.marks[K.ready], paint: B.paint, errors: B.errors });
				setTimeout(check, 50);
			};
			check();
		});
	/** Resolves once no long task has started for `ms` (or after `timeout` ms). */
	B.quiet = (ms, timeout) =>
		new Promise((resolve) => {
			const t0 = now();
			const check = () => {
				flush();
				const last = B.longtasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);
				if (now() - Math.max(last, t0) >= ms || now() - t0 > timeout) return resolve(now() - t0);
				setTimeout(check, 25);
			};
			setTimeout(check, ms);
		});

	// ---- One interaction: from the input event to the frame that shows its result.
	/** What "done" means for each interaction (named here: our page's CSP allows no eval). */
	const text = (sel) => document.querySelector(sel)?.textContent?.trim();
	const predicates = {
		/** Our detail panel shows the event's title. */
		detail: (title) => text('.detail h2') === title,
		/** The element picked for the interaction (B.target) has gained a class (vis: vis-selected; TimelineJS: tl-timemarker-active). */
		targetClass: (cls) => !!B.target?.classList.contains(cls),
		/** The result count no longer reads as it did. */
		countChanged: (before) => text('.result-count') !== before,
		/** The search box holds the query typed so far (its handlers have run). */
		searchValue: (q) => document.querySelector('.search input[type="search"]')?.value === q
	};
	/**
	 * Arms a measurement: `start` is the input event it is timed from (its timeStamp, the moment the browser
	 * received the input), `done` the name of a predicate (given `arg`) that holds once the result is in the DOM. Every
	 * frame after the input checks it; the first frame where it holds is the one that shows the result.
	 * Returns, in ms from the input: `paint` (that frame painted), `dom` (the last DOM change before that
	 * frame, or the end of the input's handlers when nothing changed), and `work` = dom + the frame's own
	 * rendering (rAF to painted): the time the page spent, without the wait for the next vsync.
	 */
	B.arm = (start, done, arg) => {
		const pred = () => predicates[done](arg);
		const M = { t0: undefined, lastDom: undefined, handled: undefined };
		const onStart = (e) => {
			if (M.t0 === undefined) M.t0 = e.timeStamp;
		};
		const onHandled = () => {
			if (M.t0 !== undefined) M.handled = now();
		};
		const ends = ['pointerup', 'click', 'input', 'change', 'keydown'];
		addEventListener(start, onStart, { capture: true });
		ends.forEach((n) => addEventListener(n, onHandled));
		const mo = new MutationObserver(() => {
			if (M.t0 !== undefined) M.lastDom = now();
		});
		mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
		const cleanup = () => {
			mo.disconnect();
			removeEventListener(start, onStart, { capture: true });
			ends.forEach((n) => removeEventListener(n, onHandled));
		};
		B.pending = new Promise((resolve) => {
			const frame = () => {
				if (M.t0 !== undefined && pred()) {
					const raf = now();
					const dom = Math.max(M.lastDom ?? 0, M.handled ?? 0, M.t0);
					return afterFrame((end) => {
						cleanup();
						flush();
						resolve({ t0: M.t0, paint: end - M.t0, dom: dom - M.t0, work: dom - M.t0 + (end - raf) });
					});
				}
				requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
			B.cancel = () => (cleanup(), resolve(undefined));
		});
	};
	/** The armed measurement's result, or undefined after `timeout` ms. */
	B.result = (timeout) => Promise.race([B.pending, new Promise((r) => setTimeout(() => (B.cancel?.(), r(undefined)), timeout))]);

	// ---- Gestures: every frame interval (rAF) and the long tasks between start and stop.
	B.framesStart = () => {
		const G = (B.gesture = { t0: now(), intervals: [], stop: false, lt: B.longtasks.length });
		let last = now();
		const loop = (t) => {
			G.intervals.push(t - last);
			last = t;
			if (!G.stop) requestAnimationFrame(loop);
		};
		requestAnimationFrame((t) => ((last = t), requestAnimationFrame(loop)));
	};
	B.framesStop = () =>
		new Promise((resolve) => {
			const G = B.gesture;
			// One more frame, so that the work the last input caused is counted.
			requestAnimationFrame(() =>
				afterFrame((t1) => {
					G.stop = true;
					flush();
					const tasks = B.longtasks.filter(([s]) => s >= G.t0 && s <= t1);
					resolve({ intervals: G.intervals, longtasks: tasks, tbt: tasks.reduce((n, [, d]) => n + Math.max(0, d - 50), 0), ms: t1 - G.t0 });
				})
			);
		});
})();
