import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseRoom } from '#protocol/rooms';
import { articleBody, seedArticleDoc } from '../kb';
import { projectKbPublished } from './kb-published';

const room = parseRoom('kb-published.abcdefghijklmnop')!;

describe('projectKbPublished', () => {
	it('yields no row before the first publication (an empty room), scoped to the article', () => {
		expect(projectKbPublished(room, new Y.Doc())).toEqual([
			{ table: 'kb_published', scope: { article_id: 'abcdefghijklmnop' }, rows: [] }
		]);
	});

	it('yields the article with its plain text', () => {
		const doc = new Y.Doc();
		doc.transact(() => {
			seedArticleDoc(doc, {
				title: 'Refunds',
				language: 'fr',
				clientId: 'client1',
				category: 'Billing',
				createdBy: 'u1',
				createdAt: '2026-11-01T00:00:00Z'
			});
			const heading = new Y.XmlElement('heading');
			heading.insert(0, [new Y.XmlText('Délais')]);
			const paragraph = articleBody(doc).get(0) as Y.XmlElement;
			(paragraph.get(0) as Y.XmlText).insert(0, 'Sous 30 jours.');
			articleBody(doc).insert(0, [heading]);
		});
		expect(projectKbPublished(room, doc)[0]!.rows).toEqual([
			{
				article_id: 'abcdefghijklmnop',
				client_id: 'client1',
				title: 'Refunds',
				language: 'fr',
				category: 'Billing',
				translation_of: null,
				body: 'Délais\nSous 30 jours.',
				revision: null,
				trust: null
			}
		]);
	});
});
