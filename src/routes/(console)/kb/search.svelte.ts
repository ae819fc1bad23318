import type { LocalStore } from '$lib/db/types';
import type { Language } from '$lib/domain/access';
import {
	HIT_END,
	HIT_START,
	searchKb,
	type KbSearchHit,
	type KbSearchResult,
	type QueryDb
} from '$lib/domain/kb-search';
import { api } from '$lib/ui/api';

/** Where a search ran: on this device's copy of the published articles, or on the server. */
export type SearchSource = 'device' | 'server';

export interface SearchScope {
	clientId: string;
	language?: Language;
	/** Search this device's copy (offline, or it holds every published article listed). */
	onDevice: boolean;
}

/** Keystrokes closer together than this make one search. */
const DEBOUNCE_MS = 120;

/**
 * The knowledge base's search box: runs the query as one types (debounced), on the device when
 * it can (src/lib/domain/kb-search.ts, the same query the server runs) and on the server
 * otherwise. Only the latest query's answer is shown: a slower earlier one never overwrites it.
 */
export class KbSearch {
	query = $state('');
	hits = $state<KbSearchHit[]>([]);
	/** The query the hits answer ('' before any). */
	answered = $state('');
	source = $state<SearchSource | null>(null);
	error = $state<string | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#sequence = 0;

	constructor(
		private readonly store: LocalStore,
		private readonly scope: () => SearchScope
	) {}

	/** Whether the box holds a query (results replace the list). */
	get active(): boolean {
		return this.query.trim() !== '';
	}

	set(query: string): void {
		this.query = query;
		clearTimeout(this.#timer);
		if (!this.active) {
			this.#sequence += 1;
			this.hits = [];
			this.answered = '';
			this.error = null;
			return;
		}
		this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
	}

	/** Runs the current query now (Enter, a changed filter). */
	async run(): Promise<void> {
		clearTimeout(this.#timer);
		const query = this.query.trim();
		if (query === '') return;
		const sequence = ++this.#sequence;
		const scope = this.scope();
		try {
			const hits = scope.onDevice ? await this.onDevice(query, scope) : await this.onServer(query, scope);
			if (sequence !== this.#sequence) return;
			this.hits = hits;
			this.answered = query;
			this.source = scope.onDevice ? 'device' : 'server';
			this.error = null;
		} catch (failure) {
			if (sequence !== this.#sequence) return;
			this.error = failure instanceof Error ? failure.message : String(failure);
		}
	}

	destroy(): void {
		clearTimeout(this.#timer);
		this.#sequence += 1;
	}

	private onDevice(q: string, scope: SearchScope): Promise<KbSearchHit[]> {
		const db: QueryDb = { query: (sql, params) => this.store.query(sql, params) };
		return searchKb(db, { q, clientIds: scope.clientId ? [scope.clientId] : null, language: scope.language });
	}

	private async onServer(q: string, scope: SearchScope): Promise<KbSearchHit[]> {
		const params = Object.entries({ q, clientId: scope.clientId, language: scope.language ?? '' })
			.filter(([, value]) => value !== '')
			.map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
			.join('&');
		const results = await api<KbSearchResult[]>(fetch, `/api/kb/search?${params}`);
		return results.map((result) => ({
			...result,
			markedTitle: result.title,
			snippet: markedFromHtml(result.snippet),
			complete: true,
			rank: 0
		}));
	}
}

/** The API's snippet (escaped HTML with `<mark>`) back to the raw form `snippetParts` reads. */
function markedFromHtml(html: string): string {
	const raw = html.replaceAll('<mark>', HIT_START).replaceAll('</mark>', HIT_END);
	return new DOMParser().parseFromString(raw, 'text/html').body.textContent ?? '';
}
