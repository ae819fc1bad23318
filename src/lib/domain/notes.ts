import * as Y from 'yjs';

/**
 * Client account notes: the shape of a `notes.<clientId>` room. Plain text in the Y.Text `body`
 * (no formatting: it is a shared scratchpad of the client team), and who touched it last in the
 * Y.Map `meta`. Pure: the caller passes the clock (epoch milliseconds) and the author.
 */

export const NOTE_BODY = 'body';
export const NOTE_META = 'meta';
/** Longer notes belong in the knowledge base; the editor stops accepting text past this. */
export const NOTE_MAX_LENGTH = 20_000;

export interface NoteAuthor {
	id: string;
	name: string;
}

export interface NoteMeta {
	/** ISO timestamp of the last stamped edit. */
	updatedAt: string | null;
	/** User id of its author. */
	updatedBy: string | null;
	/** Their display name at the time, so the note reads well offline and after they leave. */
	updatedByName: string | null;
}

export function noteBody(doc: Y.Doc): Y.Text {
	return doc.getText(NOTE_BODY);
}

export function noteMeta(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap(NOTE_META);
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** The meta map, with anything malformed (another client's bug, an old version) read as null. */
export function readNoteMeta(doc: Y.Doc): NoteMeta {
	const meta = noteMeta(doc);
	const updatedAt = text(meta.get('updatedAt'));
	return {
		updatedAt: updatedAt && !Number.isNaN(Date.parse(updatedAt)) ? updatedAt : null,
		updatedBy: text(meta.get('updatedBy')),
		updatedByName: text(meta.get('updatedByName'))
	};
}

/**
 * Records who edited the note and when. Call inside the edit's own transaction: besides being
 * shown, the stamp makes an edit that only deletes text advance this client's clock, which is
 * what lets "N changes waiting" see the deletion and the server's "saved" vector confirm it
 * (deletions alone never show in a state vector). Author fields are written only when they
 * change, so a burst of edits by one person costs one map entry per edit.
 */
export function stampNote(doc: Y.Doc, author: NoteAuthor, at: number): void {
	const meta = noteMeta(doc);
	meta.set('updatedAt', new Date(at).toISOString());
	if (meta.get('updatedBy') !== author.id) meta.set('updatedBy', author.id);
	if (meta.get('updatedByName') !== author.name) meta.set('updatedByName', author.name);
}

/** The first non-blank line of a note, shortened to `max` characters, for lists. */
export function noteExcerpt(body: string, max = 80): string {
	const line = body
		.split('\n')
		.map((part) => part.trim())
		.find((part) => part.length > 0);
	if (!line) return '';
	return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
