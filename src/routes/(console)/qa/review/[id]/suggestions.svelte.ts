import type { Language } from '$lib/domain/access';
import { suggestArticles, ticketText, type KbSearchHit, type QueryDb } from '$lib/domain/kb-search';
import type { LocalStore } from '$lib/db/types';
import { api } from '$lib/ui/api';

export interface SuggestFor {
	clientId: string;
	language: Language;
	subject: string;
	messages: string[];
}

/**
 * "Suggested articles" for a reviewed ticket: on this device when it keeps the client's
 * published articles (the same SQL as the server's), else from the server when online.
 * Flagging an article for re-verification always needs the server.
 */
export class Suggestions {
	hits = $state.raw<KbSearchHit[]>([]);
	/** 'device' or 'server' once answered; 'none' when offline with nothing kept. */
	source = $state<'device' | 'server' | 'none' | null>(null);
	error = $state<string | null>(null);
	/** Article ids flagged from this screen. */
	flagged = $state.raw<readonly string[]>([]);
	readonly #store: LocalStore;
	#asked = '';

	constructor(store: LocalStore) {
		this.#store = store;
	}

	/** Answers once per ticket (called again with the same ticket, it does nothing). */
	async load(input: SuggestFor, online: boolean): Promise<void> {
		const key = JSON.stringify(input);
		if (key === this.#asked) return;
		this.#asked = key;
		try {
			const kept = await this.#store.query<{ n: number }>('select count(*)::int as n from kb_published where client_id = $1', [input.clientId]);
			if ((kept[0]?.n ?? 0) > 0) {
				const db: QueryDb = { query: (sql, params) => this.#store.query(sql, params) };
				this.hits = await suggestArticles(db, { clientId: input.clientId, language: input.language, text: ticketText(input) });
				this.source = 'device';
			} else if (online) {
				this.hits = await api<KbSearchHit[]>(fetch, '/api/kb/suggestions', { method: 'POST', body: input });
				this.source = 'server';
			} else {
				this.source = 'none';
			}
			this.error = null;
		} catch (failure) {
			this.#asked = '';
			this.error = failure instanceof Error ? failure.message : String(failure);
		}
	}

	/** Asks the server to have the article verified again; throws its answer when refused. */
	async flag(articleId: string, reason: string): Promise<void> {
		await api(fetch, `/api/kb/articles/${encodeURIComponent(articleId)}/reverify`, { method: 'POST', body: { reason } });
		this.flagged = [...this.flagged, articleId];
	}
}
