/**
 * Which step of a page of steps is being read: the last whose top has passed the upper third of the
 * window (the first before any has). An attachment observes the steps (`[data-step-n]`) inside a container.
 */
export function readingStep() {
	let index = $state(0);
	return {
		get index() {
			return index;
		},
		observe(container: HTMLElement) {
			const steps = [...container.querySelectorAll<HTMLElement>('[data-step-n]')];
			const update = () => {
				const line = innerHeight / 3;
				let i = 0;
				steps.forEach((s, j) => {
					if (s.getBoundingClientRect().top <= line) i = j;
				});
				// At the bottom of the page the last step is the one being read, however short it is.
				if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) i = steps.length - 1;
				index = i;
			};
			let frame = 0;
			const onScroll = () => {
				cancelAnimationFrame(frame);
				frame = requestAnimationFrame(update);
			};
			update();
			addEventListener('scroll', onScroll, { passive: true });
			addEventListener('resize', onScroll);
			return () => {
				cancelAnimationFrame(frame);
				removeEventListener('scroll', onScroll);
				removeEventListener('resize', onScroll);
			};
		}
	};
}
