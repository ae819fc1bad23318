import * as Y from 'yjs';
import { z } from 'zod';
import { LANGUAGES, type Language } from './access';

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
}

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
