import { diffLines } from 'diff';
import { fromBase64 } from 'lib0/buffer';
import type * as Y from 'yjs';
import { articleText, docFromSnapshot, type KbRevision, type KbRevisionContent } from '$lib/domain/kb';
import { api } from '$lib/ui/api';

export interface DiffPart {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

/** An article's published revisions, one opened for viewing, and how it differs from the draft. */
export class ArticleHistory {
	revisions = $state<KbRevision[]>([]);
	loading = $state(false);
	error = $state<string | null>(null);
	opened = $state<{ revision: number; title: string; doc: Y.Doc } | null>(null);

	constructor(private readonly articleId: string) {}

	async load(): Promise<void> {
		this.loading = true;
		this.error = null;
		try {
			this.revisions = await api<KbRevision[]>(fetch, `/api/kb/articles/${encodeURIComponent(this.articleId)}/revisions`);
		} catch (failure) {
			this.error = failure instanceof Error ? failure.message : String(failure);
		} finally {
			this.loading = false;
		}
	}

	async open(revision: number): Promise<void> {
		const detail = await api<KbRevisionContent>(
			fetch,
			`/api/kb/articles/${encodeURIComponent(this.articleId)}/revisions/${revision}`
		);
		this.opened?.doc.destroy();
		this.opened = { revision, title: detail.title, doc: docFromSnapshot(fromBase64(detail.snapshot)) };
	}

	close(): void {
		this.opened?.doc.destroy();
		this.opened = null;
	}

	async restore(revision: number): Promise<void> {
		await api(fetch, `/api/kb/articles/${encodeURIComponent(this.articleId)}/revisions/${revision}/restore`, {
			method: 'POST',
			body: {}
		});
	}
}

/** Line by line, what the draft has that the revision has not, and the reverse. */
export function diffAgainstDraft(revision: Y.Doc, draft: Y.Doc): DiffPart[] {
	return diffLines(articleText(revision), articleText(draft)).map((part) => ({
		kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
		text: part.value
	}));
}
