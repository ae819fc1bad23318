import { matchScore, words } from './match';

/**
 * The command palette's state: open or not, the query, the highlighted result, and the ranked
 * results over whatever items the shell feeds it (sections, clients, users).
 */

export type PaletteKind = 'section' | 'page' | 'client' | 'onboarding' | 'template' | 'user';

export interface PaletteItem {
	id: string;
	kind: PaletteKind;
	label: string;
	/** Secondary text shown after the label and searched too (industry, email…). */
	detail?: string;
	href: string;
}

const KIND_ORDER: Record<PaletteKind, number> = { section: 0, page: 1, client: 2, onboarding: 3, template: 4, user: 5 };
const MAX_RESULTS = 50;

export class CommandPalette {
	#open = $state(false);
	#query = $state('');
	#active = $state(0);
	readonly #items: () => readonly PaletteItem[];
	readonly #onopen: () => void;

	constructor(items: () => readonly PaletteItem[], onopen: () => void = () => {}) {
		this.#items = items;
		this.#onopen = onopen;
	}

	get open(): boolean {
		return this.#open;
	}

	get query(): string {
		return this.#query;
	}

	set query(value: string) {
		this.#query = value;
		this.#active = 0;
	}

	get activeIndex(): number {
		return Math.min(this.#active, Math.max(0, this.results.length - 1));
	}

	get activeItem(): PaletteItem | undefined {
		return this.results[this.activeIndex];
	}

	readonly results: PaletteItem[] = $derived.by(() => {
		const queryWords = words(this.#query);
		return this.#items()
			.map((item, index) => ({
				item,
				index,
				score: matchScore(queryWords, `${item.label} ${item.detail ?? ''}`)
			}))
			.filter((entry) => entry.score >= 0)
			.sort(
				(a, b) =>
					b.score - a.score ||
					KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
					a.index - b.index
			)
			.slice(0, MAX_RESULTS)
			.map((entry) => entry.item);
	});

	show(): void {
		this.#query = '';
		this.#active = 0;
		this.#open = true;
		this.#onopen();
	}

	hide(): void {
		this.#open = false;
	}

	toggle(): void {
		if (this.#open) this.hide();
		else this.show();
	}

	/** Moves the highlight, wrapping around at both ends. */
	move(delta: number): void {
		const count = this.results.length;
		if (count === 0) return;
		this.#active = (((this.activeIndex + delta) % count) + count) % count;
	}

	moveTo(index: number): void {
		this.#active = index;
	}
}
