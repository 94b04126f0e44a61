/**
 * Work that may wait for the screen: `afterPaint` runs a function once the next frame has been painted (a task
 * queued from a `requestAnimationFrame` callback runs after that frame's rendering), so that what a reader
 * asked for is drawn first and layout-reading work (focus, history's scroll position, a re-layout for a new
 * width) does not delay it. A hidden tab draws no frames: a time-out runs it anyway.
 */
export function afterPaint(f: () => void, fallback = 200): () => void {
	let done = false;
	let task: ReturnType<typeof setTimeout> | undefined;
	const run = () => {
		if (done) return;
		done = true;
		cancel();
		f();
	};
	const frame = requestAnimationFrame(() => (task = setTimeout(run)));
	const late = setTimeout(run, fallback);
	function cancel() {
		cancelAnimationFrame(frame);
		clearTimeout(task);
		clearTimeout(late);
	}
	return () => ((done = true), cancel());
}
