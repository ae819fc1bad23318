import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleBody, articleInput, articleMeta, seedArticleDoc, type ArticleSeed } from './kb';

const seed: ArticleSeed = {
	title: 'Refund policy',
	language: 'fr',
	clientId: 'client-one',
	category: 'Billing',
	translationOf: 'article-en',
	createdBy: 'user-1',
	createdAt: new Date(Date.UTC(2026, 10, 22, 9))
};

describe('articleInput', () => {
	it('trims, and reads empty optional fields as absent', () => {
		expect(
			articleInput.parse({ clientId: 'c1', title: '  Refunds  ', language: 'en', category: '   ', translationOf: '' })
		).toEqual({ clientId: 'c1', title: 'Refunds', language: 'en', category: undefined, translationOf: undefined });
		expect(articleInput.parse({ clientId: 'c1', title: 'Refunds', language: 'de', category: ' FAQ ' }).category).toBe('FAQ');
	});

	it('refuses blank or long titles, unknown languages and long categories', () => {
		for (const body of [
			{ clientId: 'c1', title: '   ', language: 'en' },
			{ clientId: 'c1', title: 'x'.repeat(201), language: 'en' },
			{ clientId: 'c1', title: 'Refunds', language: 'xx' },
			{ clientId: 'c1', title: 'Refunds', language: 'en', category: 'x'.repeat(81) },
			{ clientId: '', title: 'Refunds', language: 'en' },
			{ title: 'Refunds', language: 'en' }
		]) {
			expect(articleInput.safeParse(body).success, JSON.stringify(body)).toBe(false);
		}
		expect(articleInput.safeParse({ clientId: 'c1', title: 'x'.repeat(200), language: 'en' }).success).toBe(true);
		expect(articleInput.safeParse({ clientId: 'c1', title: 'Refunds', language: 'xx' }).error?.issues[0]?.message).toBe(
			'Unknown language'
		);
	});
});

describe('seedArticleDoc', () => {
	it('writes the metadata and one empty paragraph', () => {
		const doc = new Y.Doc();
		seedArticleDoc(doc, seed);
		expect(articleMeta(doc).toJSON()).toEqual({
			title: 'Refund policy',
			language: 'fr',
			clientId: 'client-one',
			category: 'Billing',
			translationOf: 'article-en',
			createdBy: 'user-1',
			createdAt: '2026-11-22T09:00:00.000Z'
		});
		const body = articleBody(doc);
		expect(body.length).toBe(1);
		const paragraph = body.get(0);
		expect(paragraph).toBeInstanceOf(Y.XmlElement);
		expect((paragraph as Y.XmlElement).nodeName).toBe('paragraph');
		expect((paragraph as Y.XmlElement).length).toBe(1);
		const text = (paragraph as Y.XmlElement).get(0);
		expect(text).toBeInstanceOf(Y.XmlText);
		expect((text as Y.XmlText).toString()).toBe('');
		expect(body.toString()).toBe('<paragraph></paragraph>');
	});

	it('stores absent category and translation as null, and survives a round trip through an update', () => {
		const doc = new Y.Doc();
		seedArticleDoc(doc, { ...seed, category: undefined, translationOf: null, createdAt: '2026-01-02T03:04:05Z' });
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
		expect(articleMeta(copy).get('category')).toBeNull();
		expect(articleMeta(copy).get('translationOf')).toBeNull();
		expect(articleMeta(copy).get('createdAt')).toBe('2026-01-02T03:04:05.000Z');
		expect(articleBody(copy).toString()).toBe('<paragraph></paragraph>');
	});

	it('seeds once: a second call changes nothing, not even the clock', () => {
		const doc = new Y.Doc();
		seedArticleDoc(doc, seed);
		articleMeta(doc).set('title', 'Renamed by an editor');
		const before = Y.encodeStateVector(doc);
		seedArticleDoc(doc, { ...seed, title: 'Other' });
		expect(Y.encodeStateVector(doc)).toEqual(before);
		expect(articleMeta(doc).get('title')).toBe('Renamed by an editor');
		expect(articleBody(doc).length).toBe(1);
	});

	it('never adds a paragraph to a body that already has content', () => {
		const doc = new Y.Doc();
		const heading = new Y.XmlElement('heading');
		articleBody(doc).insert(0, [heading]);
		seedArticleDoc(doc, seed);
		expect(articleMeta(doc).get('title')).toBe('Refund policy');
		expect(articleBody(doc).toString()).toBe('<heading></heading>');
	});
});
