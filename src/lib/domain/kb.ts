import * as Y from 'yjs';
import { z } from 'zod';
import { LANGUAGES, type Language, type Role } from './access';

/**
 * Knowledge-base articles: the row the API lists (`KbArticle`), the input that creates one
 * (shared by the API and the browser's form), and the first content of an article's room
 * `kb.<id>`: metadata in the Y.Map `meta`, the Tiptap document in the Y.XmlFragment `body`
 * (y-prosemirror's representation). Pure: the caller passes the clock and the author.
 */

export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_BODY = 'body';
export const ARTICLE_META = 'meta';

/** Optional text fields: a form's empty field means "none", not an empty value. */
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.transform((value) => value || undefined)
		.optional();

export const articleInput = z.object({
	clientId: z.string().min(1, 'Pick a client'),
	title: z.string().trim().min(1, 'Title is required').max(200, 'Title must have at most 200 characters'),
	language: z.enum(LANGUAGES, 'Unknown language'),
	category: optionalText(80),
	/** The article this one translates: it must belong to the same client (checked by the server). */
	translationOf: optionalText(64)
});
export type ArticleInput = z.infer<typeof articleInput>;

export interface KbArticle {
	id: string;
	clientId: string;
	title: string;
	language: Language;
	category: string | null;
	status: ArticleStatus;
	translationOf: string | null;
	/** ISO timestamp. */
	updatedAt: string;
	/** The revision `kb-published.<id>` holds; null until the first publish. */
	publishedRevision: number | null;
	/** ISO timestamp of that publish; null until the first. */
	publishedAt: string | null;
	/**
	 * A translation whose source was published again since the translation followed it (created
	 * or last published); false for articles that translate nothing.
	 */
	sourceChanged: boolean;
	/** Who keeps the article right (defaults to its author). */
	ownerId: string | null;
	ownerName: string | null;
	verifyIntervalDays: number;
	/** ISO timestamp of the last verification, or null. */
	verifiedAt: string | null;
	verifiedByName: string | null;
	/** Never verified, interval passed, or asked again (`reverifyReason`). */
	needsVerification: boolean;
	reverifyReason: string | null;
}

/** Someone who may own an article (`GET /api/kb/articles/:id/owners`): an active user who may write its draft. */
export interface OwnerCandidate {
	id: string;
	name: string;
	role: Role;
}

export const verificationPatch = z.object({
	ownerId: z.string().min(1).optional(),
	verifyIntervalDays: z.number().int().min(1, 'At least 1 day').max(730, 'At most 730 days').optional()
});

export interface ArticleSeed {
	title: string;
	language: Language;
	clientId: string;
	category?: string | null;
	translationOf?: string | null;
	/** User id of the author. */
	createdBy: string;
	createdAt: Date | string;
}

export function articleMeta(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap(ARTICLE_META);
}

export function articleBody(doc: Y.Doc): Y.XmlFragment {
	return doc.getXmlFragment(ARTICLE_BODY);
}

/**
 * Writes an article room's first content: its metadata, and one empty paragraph so the editor
 * opens on an empty first line rather than on a document ProseMirror must fix up (every peer
 * fixing it up at once would insert one paragraph each). Seeds once: a room whose `meta`
 * already has a title is left alone, and a body that already has content is never touched.
 * Call inside one transaction (the server's `withRoom` does).
 */
export function seedArticleDoc(doc: Y.Doc, article: ArticleSeed): void {
	const meta = articleMeta(doc);
	if (meta.has('title')) return;
	meta.set('title', article.title);
	meta.set('language', article.language);
	meta.set('clientId', article.clientId);
	meta.set('category', article.category ?? null);
	meta.set('translationOf', article.translationOf ?? null);
	meta.set('createdBy', article.createdBy);
	meta.set('createdAt', new Date(article.createdAt).toISOString());
	const body = articleBody(doc);
	if (body.length === 0) {
		const paragraph = new Y.XmlElement('paragraph');
		paragraph.insert(0, [new Y.XmlText()]);
		body.insert(0, [paragraph]);
	}
}

/**
 * Publishing: a revision is a snapshot of the draft room's `meta` and `body`, stored by the
 * server (`kb_revision`) and copied into the read-only room `kb-published.<id>`; restoring one
 * copies it back into the draft. Both copies are ordinary Yjs changes of the target room, so live
 * readers and editors see them like any other edit.
 */

/** What a publish may carry: a short note for the history ("Fixed the refund window"). */
export const publishInput = z.object({
	message: z
		.string()
		.trim()
		.max(200, 'Message must have at most 200 characters')
		.transform((value) => value || undefined)
		.optional()
});
export type PublishInput = z.infer<typeof publishInput>;

/** The largest revision number PostgreSQL's `int` holds: anything above cannot exist. */
export const MAX_REVISION = 2_147_483_647;

const BAD_REVISION = 'Revision must be a positive whole number';

/** A revision number as it appears in a URL: digits only (no sign, exponent or spaces), 1 to MAX_REVISION. */
export const revisionParam = z
	.string()
	.regex(/^\d{1,10}$/, BAD_REVISION)
	.transform(Number)
	.pipe(z.number().int().min(1, BAD_REVISION).max(MAX_REVISION, BAD_REVISION));

/** One entry of an article's history, newest first in lists. */
export interface KbRevision {
	revision: number;
	authorId: string;
	authorName: string;
	/** ISO timestamp. */
	createdAt: string;
	message: string | null;
	/** The article's title in that revision. */
	title: string;
}

/** One revision's content: its plain text for reading and diffs, its snapshot for an editor. */
export interface KbRevisionContent {
	revision: number;
	title: string;
	/** `articleText` of the revision. */
	text: string;
	/** Base64 of the revision's Yjs update (`articleSnapshot`): apply it to a fresh Y.Doc. */
	snapshot: string;
}

/**
 * Makes `to`'s `meta` and `body` equal to `from`'s: every meta key copied (unchanged values are
 * left alone, so copying an identical article writes nothing), keys `from` lacks deleted, and the
 * body's blocks that differ replaced by deep clones of `from`'s. `from` is only read.
 *
 * The body is replaced whole, not merged: a revision is a state to return to, and a merge would
 * keep whatever the target gained since. Call inside one transaction of `to` (the server's
 * `withRoom` is one), so peers receive the copy as one update and never see an empty body.
 */
export function copyArticle(from: Y.Doc, to: Y.Doc): void {
	const source = articleMeta(from);
	const target = articleMeta(to);
	for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key);
	source.forEach((value, key) => {
		if (value instanceof Y.AbstractType) target.set(key, value.clone());
		else if (!sameValue(target.get(key), value)) target.set(key, value);
	});
	// Only the blocks between the common first and last ones are replaced: a publish that changed
	// one paragraph rewrites that paragraph, not the article (each rewrite leaves tombstones in
	// the room for good, and moves the carets of anyone editing it).
	const body = articleBody(to);
	const wanted = articleBody(from).toArray();
	const present = body.toArray();
	const same = (a: (typeof wanted)[number], b: (typeof present)[number]) => a.toString() === b.toString();
	let head = 0;
	while (head < wanted.length && head < present.length && same(wanted[head]!, present[head]!)) head++;
	let tail = 0;
	while (
		tail < wanted.length - head &&
		tail < present.length - head &&
		same(wanted[wanted.length - 1 - tail]!, present[present.length - 1 - tail]!)
	) {
		tail++;
	}
	if (present.length - head - tail > 0) body.delete(head, present.length - head - tail);
	const inserted = wanted
		.slice(head, wanted.length - tail)
		// insert() is typed without Y.XmlHook but takes one; y-prosemirror never writes hooks.
		.map((child) => child.clone() as Y.XmlElement | Y.XmlText);
	if (inserted.length > 0) body.insert(head, inserted);
}

/** Meta values are JSON (strings, numbers, null, plain objects): compared by their JSON. */
function sameValue(a: unknown, b: unknown): boolean {
	return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * The update of a fresh doc holding exactly `doc`'s article (meta and body, nothing else, no
 * history of how it came to be): what a revision stores.
 */
export function articleSnapshot(doc: Y.Doc): Uint8Array {
	const copy = new Y.Doc();
	try {
		copy.transact(() => copyArticle(doc, copy));
		return Y.encodeStateAsUpdate(copy);
	} finally {
		copy.destroy();
	}
}

/** A doc restored from `articleSnapshot`'s bytes. */
export function docFromSnapshot(bytes: Uint8Array): Y.Doc {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, bytes);
	return doc;
}

/** Blocks that hold text even when empty: each is one line of `articleText`. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

/**
 * The body's plain text: one line per text block (paragraph, heading, code block; list items,
 * table cells, quotes and callouts contribute the blocks inside them), in document order, marks
 * dropped, hard breaks as line breaks. Empty blocks stay as empty lines so line diffs line up
 * with the document.
 */
export function articleText(doc: Y.Doc): string {
	const lines: string[] = [];
	const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook): void => {
		if (!(node instanceof Y.XmlElement)) return;
		const children = node.toArray();
		if (TEXT_BLOCKS.has(node.nodeName) || children.some((child) => child instanceof Y.XmlText)) {
			lines.push(children.map(inlineText).join(''));
		} else {
			children.forEach(visit);
		}
	};
	articleBody(doc).toArray().forEach(visit);
	return lines.join('\n');
}

/** Text of an inline child of a text block: text runs without their marks; hard breaks. */
function inlineText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
	if (node instanceof Y.XmlText) {
		return (node.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
	}
	return node instanceof Y.XmlElement && node.nodeName === 'hardBreak' ? '\n' : '';
}

/**
 * What readers are told about an article's reliability, kept in its published room's `meta` as
 * `trust` (written by the server whenever it changes), so the reader shows it offline too.
 */
export interface ArticleTrust {
	/** ISO timestamp of the last verification, or null. */
	verifiedAt: string | null;
	verifiedByName: string | null;
	verifyIntervalDays: number;
	reverifyReason: string | null;
	/** A translation whose source was published again since it was updated. */
	sourceChanged: boolean;
}

export const ARTICLE_TRUST = 'trust';

/** An article's trust from its row (what the API lists). */
export const trustOfArticle = (article: KbArticle): ArticleTrust => ({
	verifiedAt: article.verifiedAt,
	verifiedByName: article.verifiedByName,
	verifyIntervalDays: article.verifyIntervalDays,
	reverifyReason: article.reverifyReason,
	sourceChanged: article.sourceChanged
});

/** The trust a published room's meta holds; null when none was written (or it is malformed). */
export function trustOf(meta: Y.Map<unknown>): ArticleTrust | null {
	const raw = meta.get(ARTICLE_TRUST);
	if (!raw || typeof raw !== 'object') return null;
	const t = raw as Record<string, unknown>;
	const text = (value: unknown) => (typeof value === 'string' ? value : null);
	if (typeof t.verifyIntervalDays !== 'number') return null;
	return {
		verifiedAt: text(t.verifiedAt),
		verifiedByName: text(t.verifiedByName),
		verifyIntervalDays: t.verifyIntervalDays,
		reverifyReason: text(t.reverifyReason),
		sourceChanged: t.sourceChanged === true
	};
}

const DAY_MS = 86_400_000;

/**
 * Never verified, asked to verify again, or the interval since the last verification has
 * passed: the rule the server's list applies in SQL, for trust read offline.
 */
export function needsVerification(trust: ArticleTrust, now: Date): boolean {
	if (trust.verifiedAt === null || trust.reverifyReason !== null) return true;
	return Date.parse(trust.verifiedAt) + trust.verifyIntervalDays * DAY_MS < now.getTime();
}
