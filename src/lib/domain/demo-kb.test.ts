import { getSchema } from '@tiptap/core';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CALLOUT_TONES } from '../editor/callout';
import { articleSchema } from '../editor/extensions';
import { BRANDS } from './demo-catalogue';
import { DEMO_ARTICLES, writeDemoArticleBody, type DemoArticle, type DemoBlock } from './demo-kb';
import { articleBody, articleText } from './kb';

const brand = (name: string) => BRANDS.find((b) => b.name === name);
const texts = (blocks: DemoBlock[]) => blocks.flatMap((block) => ('items' in block ? block.items : [block.text]));
const fullText = (article: DemoArticle) => [article.title, ...texts(article.blocks)].join('\n');
const hasWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(text);

describe('the demo articles', () => {
	it('belong to catalogue brands, in one of their languages', () => {
		for (const article of DEMO_ARTICLES) {
			expect(brand(article.client), article.key).toBeDefined();
			expect(brand(article.client)!.languages, article.key).toContain(article.language);
		}
	});

	it('have unique keys and titles unique per client', () => {
		expect(new Set(DEMO_ARTICLES.map((a) => a.key)).size).toBe(DEMO_ARTICLES.length);
		expect(new Set(DEMO_ARTICLES.map((a) => `${a.client}|${a.title}`)).size).toBe(DEMO_ARTICLES.length);
	});

	it('translate an earlier article of the same client, into another language', () => {
		const translations = DEMO_ARTICLES.filter((a) => a.translationOf !== undefined);
		expect(translations.length).toBeGreaterThanOrEqual(2);
		for (const translation of translations) {
			const index = DEMO_ARTICLES.findIndex((a) => a.key === translation.translationOf);
			expect(index, translation.key).toBeGreaterThanOrEqual(0);
			expect(index, `${translation.key} comes after its source`).toBeLessThan(DEMO_ARTICLES.indexOf(translation));
			const source = DEMO_ARTICLES[index]!;
			expect(source.client, translation.key).toBe(translation.client);
			expect(source.language, translation.key).not.toBe(translation.language);
			expect(source.translationOf, `${translation.key} translates a source, not a translation`).toBeUndefined();
		}
	});

	it('give every brand a published article, whichever brands a seed picks', () => {
		for (const { name } of BRANDS) {
			expect(DEMO_ARTICLES.some((a) => a.client === name && !a.draftOnly), name).toBe(true);
		}
	});

	it('are realistic in size: 4 to 10 blocks, 150 to 400 words', () => {
		for (const article of DEMO_ARTICLES) {
			const blocks = [...article.blocks, ...(article.update?.append ?? [])];
			expect(blocks.length, article.key).toBeGreaterThanOrEqual(4);
			expect(blocks.length, article.key).toBeLessThanOrEqual(10);
			const words = texts(blocks).join(' ').split(/\s+/).filter(Boolean).length;
			expect(words, article.key).toBeGreaterThanOrEqual(150);
			expect(words, article.key).toBeLessThanOrEqual(400);
		}
	});

	it('mix drafts, unverified and verified articles, and republish only sources that have translations', () => {
		const drafts = DEMO_ARTICLES.filter((a) => a.draftOnly);
		expect(drafts.length).toBeGreaterThanOrEqual(1);
		expect(drafts.length).toBeLessThanOrEqual(2);
		for (const draft of drafts) expect(draft.verified, draft.key).toBeFalsy();
		expect(DEMO_ARTICLES.filter((a) => a.verified).length).toBeGreaterThan(DEMO_ARTICLES.length / 2);
		expect(DEMO_ARTICLES.some((a) => !a.verified && !a.draftOnly)).toBe(true);

		const updated = DEMO_ARTICLES.filter((a) => a.update);
		expect(updated.length).toBeGreaterThanOrEqual(1);
		for (const source of updated) {
			expect(source.draftOnly, source.key).toBeFalsy();
			expect(DEMO_ARTICLES.some((a) => a.translationOf === source.key && !a.draftOnly), source.key).toBe(true);
		}
	});

	it('use only the callout tones the editor knows', () => {
		for (const article of DEMO_ARTICLES) {
			for (const block of article.blocks) {
				if (block.type === 'callout') expect(CALLOUT_TONES, article.key).toContain(block.tone ?? 'info');
			}
		}
	});

	it('hold the words the search tests look for', () => {
		const published = DEMO_ARTICLES.filter((a) => !a.draftOnly);
		const ml = published.filter((a) => a.client === 'Maison Lumière');
		expect(ml.some((a) => a.language === 'fr' && hasWord(fullText(a), 'livraison') && hasWord(fullText(a), 'livraisons'))).toBe(true);
		expect(ml.some((a) => a.language === 'de' && hasWord(fullText(a), 'Rückerstattung'))).toBe(true);
		expect(published.some((a) => a.language === 'en' && hasWord(fullText(a), 'refund') && hasWord(fullText(a), 'refunds'))).toBe(true);
	});
});

/** A Yjs node as plain data: what two bodies must share to be stored alike. */
function shape(node: Y.XmlElement | Y.XmlText | Y.XmlHook): unknown {
	if (node instanceof Y.XmlText) return { text: node.toDelta() as unknown };
	if (node instanceof Y.XmlElement) return { name: node.nodeName, attributes: node.getAttributes(), children: node.toArray().map(shape) };
	return { hook: true };
}

describe('writeDemoArticleBody', () => {
	const schema = getSchema(articleSchema());

	it.each(DEMO_ARTICLES.map((a) => [a.key, a] as const))('writes %s as a document the editor schema accepts', (_key, article) => {
		const blocks = [...article.blocks, ...(article.update?.append ?? [])];
		const doc = new Y.Doc();
		writeDemoArticleBody(doc, blocks);
		const body = articleBody(doc);
		const stored = body.toArray().map(shape);

		// Conversion drops (and deletes) nodes the schema cannot build: compare before and after.
		const node = yXmlFragmentToProseMirrorRootNode(body, schema);
		expect(() => node.check()).not.toThrow();
		expect(node.childCount).toBe(blocks.length);
		expect(body.toArray().map(shape)).toEqual(stored);

		// Exactly what y-prosemirror writes for the same document: names, attributes, text runs.
		const twin = new Y.Doc();
		expect(prosemirrorToYXmlFragment(node, articleBody(twin)).toArray().map(shape)).toEqual(stored);
		twin.destroy();

		const text = articleText(doc);
		for (const line of texts(blocks)) expect(text).toContain(line);
		doc.destroy();
	});

	it('replaces what the body held, in one transaction', () => {
		const doc = new Y.Doc();
		writeDemoArticleBody(doc, [{ type: 'paragraph', text: 'Old text' }]);
		let transactions = 0;
		doc.on('afterTransaction', () => (transactions += 1));
		writeDemoArticleBody(doc, [
			{ type: 'heading', level: 2, text: 'New title' },
			{ type: 'callout', text: 'Careful' }
		]);
		expect(transactions).toBe(1);
		expect(articleText(doc)).toBe('New title\nCareful');
		expect(articleBody(doc).toArray().map(shape)).toEqual([
			{ name: 'heading', attributes: { level: 2 }, children: [{ text: [{ insert: 'New title' }] }] },
			{
				name: 'callout',
				attributes: { tone: 'info' },
				children: [{ name: 'paragraph', attributes: {}, children: [{ text: [{ insert: 'Careful' }] }] }]
			}
		]);
		doc.destroy();
	});
});
