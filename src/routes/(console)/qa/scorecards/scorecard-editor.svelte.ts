import type { Role } from '$lib/domain/access';
import type { Client } from '$lib/domain/directory';
import { diffScorecards, scorecardInput, type Scale, type Scorecard, type ScorecardDiff } from '$lib/domain/qa/scorecard';
import { m } from '$lib/paraglide/messages.js';
import { api, ApiError } from '$lib/ui/api';
import { describeError } from '$lib/ui/errors';
import { draftIssues, type DraftIssues } from './issues';

/**
 * The scorecards page: a client, its scorecard's versions (the newest is current), and for
 * directors a draft of the next version, validated live by `scorecardInput` as it is edited.
 * Saving sends the whole draft with the version it started from; the server makes the next
 * version, or answers 409 when another director saved first. Intent methods change it, getters
 * and deriveds say what to show.
 */

/** Directors edit; the associates and heroes of a client read its scorecard. */
export function canEditScorecards(role: Role): boolean {
	return role === 'director';
}

/** A version as the API returns it. */
export interface ScorecardVersion extends Scorecard {
	createdByName: string;
}

/** A category of the draft: what its fields hold while they are edited. */
export interface DraftCategory {
	/** Kept across versions; drawn here for a new category. */
	id: string;
	name: string;
	description: string;
	/** Null while the weight field is empty. */
	weight: number | null;
	scale: Scale;
	allowNA: boolean;
	critical: boolean;
	bonus: boolean;
}

export type LoadState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

export type SaveOutcome = { kind: 'created'; version: number } | { kind: 'unchanged'; version: number } | { kind: 'failed' };

export interface ScorecardEditorDeps {
	clients: () => readonly Client[];
	canEdit: boolean;
	initialClientId?: string | null;
	fetch?: typeof fetch;
}

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A new category's id (crypto.randomUUID needs a secure context; this does not). */
function newCategoryId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return `c-${Array.from(bytes, (byte) => ID_ALPHABET[byte >> 3]).join('')}`;
}

const blankCategory = (): DraftCategory => ({
	id: newCategoryId(),
	name: '',
	description: '',
	weight: 1,
	scale: '3',
	allowNA: false,
	critical: false,
	bonus: false
});

const toDraft = (scorecard: Scorecard): DraftCategory[] =>
	scorecard.categories.map((category) => ({ ...category, description: category.description ?? '' }));

export class ScorecardEditor {
	name = $state('');
	categories = $state<DraftCategory[]>([]);
	#clientId = $state('');
	#versions = $state.raw<ScorecardVersion[]>([]);
	#load = $state.raw<LoadState>({ kind: 'idle' });
	#compared = $state<number | null>(null);
	#baseline = $state('');
	#attempted = $state(false);
	#saving = $state(false);
	#saveError = $state<string | null>(null);
	#stale = $state(false);
	#request = 0;
	readonly #deps: ScorecardEditorDeps;
	readonly #fetch: typeof fetch;

	constructor(deps: ScorecardEditorDeps) {
		this.#deps = deps;
		this.#fetch = deps.fetch ?? ((...args) => fetch(...args));
		// The client the address names, or the only one the user sees.
		const clients = deps.clients();
		const initial = clients.find((client) => client.id === deps.initialClientId) ?? (clients.length === 1 ? clients[0] : undefined);
		if (initial) void this.selectClient(initial.id);
	}

	// -- What to show ---------------------------------------------------------------------------

	get canEdit(): boolean {
		return this.#deps.canEdit;
	}

	get clients(): readonly Client[] {
		return this.#deps.clients();
	}

	readonly client: Client | null = $derived.by(() => this.clients.find((client) => client.id === this.#clientId) ?? null);

	get load(): LoadState {
		return this.#load;
	}

	/** Newest first. */
	get versions(): readonly ScorecardVersion[] {
		return this.#versions;
	}

	get current(): ScorecardVersion | null {
		return this.#versions[0] ?? null;
	}

	get nextVersion(): number {
		return (this.current?.version ?? 0) + 1;
	}

	/** The draft as the schema reads it. */
	readonly input = $derived({
		name: this.name,
		categories: this.categories.map((category) => ({ ...category }))
	});

	readonly #parsed = $derived(scorecardInput.safeParse(this.input));

	/** Every problem of the draft, in the UI language; shown once the draft was changed or saved. */
	readonly issues: DraftIssues = $derived(
		draftIssues(this.#parsed.success ? [] : this.#parsed.error.issues, this.categories.length)
	);

	/** The draft differs from the current version (or, with none, from the blank draft). */
	readonly dirty = $derived(JSON.stringify(this.input) !== this.#baseline);

	get showIssues(): boolean {
		return this.#attempted || this.dirty;
	}

	get saving(): boolean {
		return this.#saving;
	}

	get saveError(): string | null {
		return this.#saveError;
	}

	/** The last save was refused because another version was saved meanwhile. */
	get stale(): boolean {
		return this.#stale;
	}

	/** The version compared with the current one, and what changed since. */
	readonly comparison: { from: ScorecardVersion; diff: ScorecardDiff } | null = $derived.by(() => {
		const current = this.current;
		const from = this.#versions.find((version) => version.version === this.#compared);
		return current && from && from !== current ? { from, diff: diffScorecards(from, current) } : null;
	});

	// -- Intents --------------------------------------------------------------------------------

	async selectClient(id: string): Promise<void> {
		this.#clientId = id;
		this.#versions = [];
		this.#compared = null;
		this.#resetDraft();
		await this.reload();
	}

	/** Loads the client's versions again (after a 409, or to see another director's save). */
	async reload(): Promise<void> {
		const client = this.client;
		if (!client) return;
		const request = ++this.#request;
		this.#load = { kind: 'loading' };
		try {
			const versions = await api<ScorecardVersion[]>(this.#fetch, `/api/qa/scorecards/versions?clientId=${encodeURIComponent(client.id)}`);
			if (request !== this.#request) return;
			this.#versions = versions;
			this.#load = { kind: 'ready' };
			this.#resetDraft();
		} catch (error) {
			if (request === this.#request) this.#load = { kind: 'failed', message: describeError(error) };
		}
	}

	compare(version: number | null): void {
		this.#compared = version;
	}

	addCategory(): void {
		this.categories.push(blankCategory());
	}

	removeCategory(index: number): void {
		this.categories.splice(index, 1);
	}

	/** Moves a category one place up (-1) or down (+1). */
	moveCategory(index: number, by: -1 | 1): void {
		const to = index + by;
		if (to < 0 || to >= this.categories.length) return;
		const [moved] = this.categories.splice(index, 1);
		if (moved) this.categories.splice(to, 0, moved);
	}

	/** Back to the current version. */
	discard(): void {
		this.#resetDraft();
	}

	/** Saves the draft as the next version; what happened, for the page to say. */
	async save(): Promise<SaveOutcome> {
		this.#attempted = true;
		this.#saveError = null;
		this.#stale = false;
		const client = this.client;
		const parsed = this.#parsed;
		if (!client || !this.canEdit || this.#saving) return { kind: 'failed' };
		if (!parsed.success) {
			this.#saveError = m.qa_scorecard_invalid();
			return { kind: 'failed' };
		}
		const base = this.current?.version ?? 0;
		this.#saving = true;
		try {
			const saved = await api<ScorecardVersion>(
				this.#fetch,
				`/api/qa/scorecards?clientId=${encodeURIComponent(client.id)}&baseVersion=${base}`,
				{ method: 'PUT', body: parsed.data }
			);
			const created = saved.version > base;
			const outcome: SaveOutcome = { kind: created ? 'created' : 'unchanged', version: saved.version };
			// Another client was chosen meanwhile: the save stands, the page shows that client now.
			if (this.#clientId !== client.id) return outcome;
			if (created) this.#versions = [saved, ...this.#versions.filter((version) => version.version < saved.version)];
			// What this save changed: the version it started from against the new one.
			if (created && base > 0) this.#compared = base;
			this.#resetDraft();
			return outcome;
		} catch (error) {
			if (this.#clientId !== client.id) return { kind: 'failed' };
			this.#stale = error instanceof ApiError && error.status === 409;
			this.#saveError = this.#stale ? m.qa_scorecard_stale() : describeError(error);
			return { kind: 'failed' };
		} finally {
			this.#saving = false;
		}
	}

	#resetDraft(): void {
		const current = this.current;
		this.name = current?.name ?? '';
		this.categories = current ? toDraft(current) : [blankCategory()];
		this.#baseline = JSON.stringify(this.input);
		this.#attempted = false;
		this.#saveError = null;
		this.#stale = false;
	}
}
