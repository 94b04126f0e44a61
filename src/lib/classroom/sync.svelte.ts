/**
 * The presenter's state — the step shown, whether the screen is blank, when the lesson started — shared by the
 * presenter and its notes window: one owner per window, kept in step through a BroadcastChannel (no server),
 * and saved in local storage so either window can be reloaded without losing its place.
 */
export interface PresenterState {
	step: number;
	blank: boolean;
	/** When the timer started (ms since the epoch). */
	startedAt: number;
}

const storageKey = (key: string) => `palermo:present:${key}`;

function read(key: string): Partial<PresenterState> {
	try {
		const raw = JSON.parse(localStorage.getItem(storageKey(key)) ?? '{}');
		return typeof raw === 'object' && raw ? raw : {};
	} catch {
		return {};
	}
}

export class PresenterSync {
	step = $state(0);
	blank = $state(false);
	startedAt = $state(Date.now());
	readonly count: number;
	private channel?: BroadcastChannel;

	constructor(
		private key: string,
		count: number
	) {
		this.count = count;
	}

	/** Restores the saved state (a `?step=` in the URL wins) and starts listening to the other window. */
	connect(fromUrl?: number): () => void {
		const saved = read(this.key);
		this.apply({ ...saved, ...(fromUrl !== undefined ? { step: fromUrl } : {}) });
		if (fromUrl !== undefined && fromUrl !== saved.step) this.publish();
		else if (saved.startedAt === undefined) this.save();
		const onMessage = (ev: MessageEvent<Partial<PresenterState>>) => this.apply(ev.data);
		// Where BroadcastChannel is missing, the storage event carries the same state.
		const onStorage = (ev: StorageEvent) => {
			if (ev.key === storageKey(this.key)) this.apply(read(this.key));
		};
		if (typeof BroadcastChannel !== 'undefined') {
			this.channel = new BroadcastChannel(storageKey(this.key));
			this.channel.addEventListener('message', onMessage);
		}
		addEventListener('storage', onStorage);
		return () => {
			this.channel?.close();
			removeEventListener('storage', onStorage);
		};
	}

	get state(): PresenterState {
		return { step: this.step, blank: this.blank, startedAt: this.startedAt };
	}

	go(step: number) {
		const next = Math.max(0, Math.min(this.count - 1, step));
		if (next === this.step) return;
		this.step = next;
		this.publish();
	}
	next = () => this.go(this.step + 1);
	previous = () => this.go(this.step - 1);
	first = () => this.go(0);
	last = () => this.go(this.count - 1);
	toggleBlank = () => {
		this.blank = !this.blank;
		this.publish();
	};
	resetTimer = () => {
		this.startedAt = Date.now();
		this.publish();
	};

	private apply(s: Partial<PresenterState>) {
		if (Number.isInteger(s.step)) this.step = Math.max(0, Math.min(this.count - 1, s.step!));
		if (typeof s.blank === 'boolean') this.blank = s.blank;
		if (typeof s.startedAt === 'number' && Number.isFinite(s.startedAt)) this.startedAt = s.startedAt;
	}

	private save() {
		try {
			localStorage.setItem(storageKey(this.key), JSON.stringify(this.state));
		} catch {
			// Private browsing or a full quota: the two windows still follow each other over the channel.
		}
	}

	private publish() {
		this.save();
		this.channel?.postMessage(this.state);
	}
}

/** The presenter's keys (arrows, PageUp/PageDown — what a clicker sends —, space, Home/End, B, N), as actions. */
export function presenterKey(ev: KeyboardEvent): 'next' | 'previous' | 'first' | 'last' | 'blank' | 'notes' | undefined {
	if (ev.altKey || ev.ctrlKey || ev.metaKey) return undefined;
	const target = ev.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable]')) return undefined;
	switch (ev.key) {
		case 'ArrowRight': case 'ArrowDown': case 'PageDown': case ' ': return ev.shiftKey && ev.key === ' ' ? 'previous' : 'next';
		case 'ArrowLeft': case 'ArrowUp': case 'PageUp': return 'previous';
		case 'Home': return 'first';
		case 'End': return 'last';
		case 'b': case 'B': case '.': return 'blank';
		case 'n': case 'N': return 'notes';
	}
	return undefined;
}
