import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	articleBody,
	articleInput,
	articleMeta,
	articleSnapshot,
	articleText,
	copyArticle,
	docFromSnapshot,
	MAX_REVISION,
	publishInput,
	revisionParam,
	seedArticleDoc,
	type ArticleSeed
} from './kb';

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

/** y-prosemirror's shape of a text block: an element holding text runs (marks as formats). */
function block(name: string, runs: [string, Record<string, unknown>?][] = [], attrs: Record<string, unknown> = {}): Y.XmlElement {
	const element = new Y.XmlElement(name);
	for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value as string);
	const text = new Y.XmlText();
	let at = 0;
	for (const [run, marks] of runs) {
		text.insert(at, run, marks);
		at += run.length;
	}
	element.insert(0, [text]);
	return element;
}

function wrap(name: string, children: Y.XmlElement[], attrs: Record<string, unknown> = {}): Y.XmlElement {
	const element = new Y.XmlElement(name);
	for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value as string);
	element.insert(0, children);
	return element;
}

/** An article using most of the schema: marks, a numeric attribute, lists, a table, a callout, a hard break, an image. */
function richArticle(): Y.Doc {
	const doc = new Y.Doc();
	doc.transact(() => {
		seedArticleDoc(doc, seed);
		const body = articleBody(doc);
		body.delete(0, body.length);
		const withBreak = block('paragraph', [['Call us', { bold: {} }]]);
		withBreak.insert(1, [new Y.XmlElement('hardBreak'), new Y.XmlText('or write')]);
		body.insert(0, [
			block('heading', [['Refunds']], { level: 2 }),
			block('paragraph', [['Within '], ['30 days', { bold: {}, link: { href: 'https://example.test' } }], ['.']]),
			wrap('bulletList', [wrap('listItem', [block('paragraph', [['Receipt']])]), wrap('listItem', [block('paragraph', [['Order number']])])]),
			wrap('callout', [block('paragraph', [['Never refund cash']])], { tone: 'warning' }),
			wrap('table', [wrap('tableRow', [wrap('tableCell', [block('paragraph', [['A1']])]), wrap('tableCell', [block('paragraph', [['B1']])])])]),
			wrap('image', [], { src: 'https://example.test/a.png', alt: 'Form' }),
			block('paragraph'),
			withBreak
		]);
		articleMeta(doc).set('extra', { nested: [1, 2] });
	});
	return doc;
}

/** Everything that makes two article docs "equal": meta, the XML of the body, every text run's delta. */
function articleState(doc: Y.Doc): unknown {
	const deltas: unknown[] = [];
	const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment): void => {
		if (node instanceof Y.XmlText) deltas.push(node.toDelta());
		else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) node.toArray().forEach(walk);
	};
	walk(articleBody(doc));
	return { meta: articleMeta(doc).toJSON(), body: articleBody(doc).toString(), deltas };
}

describe('copyArticle', () => {
	it("makes the target's meta and body equal to the source's, attributes and marks included", () => {
		const from = richArticle();
		const to = new Y.Doc();
		to.transact(() => {
			seedArticleDoc(to, { ...seed, title: 'Old title' });
			articleMeta(to).set('stale', 'gone after the copy');
			articleBody(to).insert(1, [block('paragraph', [['old text']])]);
		});
		const sourceBefore = Y.encodeStateVector(from);
		to.transact(() => copyArticle(from, to));
		expect(articleState(to)).toEqual(articleState(from));
		expect(articleMeta(to).has('stale')).toBe(false);
		expect((articleBody(to).get(0) as Y.XmlElement).getAttribute('level')).toBe(2);
		// The source is only read.
		expect(Y.encodeStateVector(from)).toEqual(sourceBefore);
		// The copies are new types: editing the target leaves the source alone.
		((articleBody(to).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Now: ');
		expect(articleText(from).split('\n')[1]).toBe('Within 30 days.');
	});

	it('reaches another peer as one update and converges; copying again is idempotent in content', () => {
		const from = richArticle();
		const to = new Y.Doc();
		const peer = new Y.Doc();
		seedArticleDoc(to, seed);
		Y.applyUpdate(peer, Y.encodeStateAsUpdate(to));
		const updates: Uint8Array[] = [];
		to.on('update', (update: Uint8Array) => updates.push(update));
		to.transact(() => copyArticle(from, to));
		expect(updates).toHaveLength(1);
		Y.applyUpdate(peer, updates[0]!);
		expect(articleState(peer)).toEqual(articleState(from));
		// Copying the same article again writes nothing.
		to.transact(() => copyArticle(from, to));
		expect(updates).toHaveLength(1);
		expect(articleState(to)).toEqual(articleState(from));
		expect(articleState(peer)).toEqual(articleState(from));
	});

	it('replaces only the blocks that differ: the others stay the same items', () => {
		const from = richArticle();
		const to = docFromSnapshot(articleSnapshot(from));
		const kept = articleBody(to).toArray();
		// One block changed in the middle: only it is replaced.
		from.transact(() => ((articleBody(from).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Changed: '));
		to.transact(() => copyArticle(from, to));
		expect(articleState(to)).toEqual(articleState(from));
		const after = articleBody(to).toArray();
		expect(kept.length).toBeGreaterThan(2);
		expect(after[0]).toBe(kept[0]);
		expect(after[1]).not.toBe(kept[1]);
		for (let i = 2; i < kept.length; i++) expect(after[i]).toBe(kept[i]);
		// A block appended: every other one stays.
		from.transact(() => articleBody(from).push([block('paragraph', [['Appended.']])]));
		to.transact(() => copyArticle(from, to));
		expect(articleState(to)).toEqual(articleState(from));
		expect(articleBody(to).toArray().slice(0, after.length)).toEqual(after);
		// And to an empty body, and from an empty one.
		const empty = new Y.Doc();
		empty.transact(() => copyArticle(from, empty));
		expect(articleState(empty)).toEqual(articleState(from));
		to.transact(() => copyArticle(new Y.Doc(), to));
		expect(articleBody(to).length).toBe(0);
	});

	it('writes only the meta keys that differ', () => {
		const from = richArticle();
		const to = docFromSnapshot(articleSnapshot(from));
		articleMeta(from).set('title', 'Renamed');
		const changed: string[] = [];
		articleMeta(to).observe((event) => changed.push(...event.keysChanged));
		to.transact(() => copyArticle(from, to));
		expect(changed).toEqual(['title']);
		expect(articleMeta(to).get('extra')).toEqual({ nested: [1, 2] });
	});

	it('empties the target when the source has no article', () => {
		const to = richArticle();
		to.transact(() => copyArticle(new Y.Doc(), to));
		expect(articleMeta(to).size).toBe(0);
		expect(articleBody(to).length).toBe(0);
	});
});

describe('articleSnapshot and docFromSnapshot', () => {
	it('round-trip exactly the article, without other root types or editing history', () => {
		const doc = richArticle();
		doc.getMap('elsewhere').set('x', 1);
		const scratch = block('paragraph');
		articleBody(doc).insert(0, [scratch]);
		const text = scratch.get(0) as Y.XmlText;
		for (let i = 0; i < 200; i++) text.insert(0, `typing ${i} `);
		articleBody(doc).delete(0, 1);

		const bytes = articleSnapshot(doc);
		const restored = docFromSnapshot(bytes);
		expect(articleState(restored)).toEqual(articleState(doc));
		expect(restored.share.has('elsewhere')).toBe(false);
		// One fresh writer's inserts: none of the editing doc's clients, deletions or clock.
		const writers = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(bytes));
		expect([...writers.keys()]).not.toContain(doc.clientID);
		expect(writers.size).toBe(1);
		expect(Y.parseUpdateMeta(bytes).to.size).toBe(1);
		expect(bytes.byteLength).toBeLessThan(Y.encodeStateAsUpdate(doc).byteLength);
		// A restored snapshot snapshots to itself.
		expect(articleState(docFromSnapshot(articleSnapshot(restored)))).toEqual(articleState(doc));
	});
});

describe('articleText', () => {
	it('puts every text block on its own line, marks dropped, hard breaks kept, empty blocks empty', () => {
		expect(articleText(richArticle())).toBe(
			['Refunds', 'Within 30 days.', 'Receipt', 'Order number', 'Never refund cash', 'A1', 'B1', '', 'Call us\nor write'].join('\n')
		);
	});

	it('reads a freshly seeded article as one empty line, and an empty body as nothing', () => {
		const doc = new Y.Doc();
		expect(articleText(doc)).toBe('');
		seedArticleDoc(doc, seed);
		expect(articleText(doc)).toBe('');
		articleBody(doc).insert(1, [block('paragraph', [['Second']])]);
		expect(articleText(doc)).toBe('\nSecond');
	});

	it('reads a paragraph whose text runs have no element children as text (y-prosemirror empty paragraphs)', () => {
		const doc = new Y.Doc();
		articleBody(doc).insert(0, [new Y.XmlElement('paragraph'), block('codeBlock', [['npm test']], { language: 'sh' })]);
		expect(articleText(doc)).toBe('\nnpm test');
	});
});

describe('publishInput and revisionParam', () => {
	it('trims the message, reads an empty one as none, refuses one over 200 characters', () => {
		expect(publishInput.parse({})).toEqual({});
		expect(publishInput.parse({ message: '  Fixed the window  ' })).toEqual({ message: 'Fixed the window' });
		expect(publishInput.parse({ message: '   ' })).toEqual({ message: undefined });
		expect(publishInput.parse({ message: 'x'.repeat(200) }).message).toHaveLength(200);
		expect(publishInput.safeParse({ message: 'x'.repeat(201) }).error?.issues[0]?.message).toBe('Message must have at most 200 characters');
		expect(publishInput.safeParse({ message: 3 }).success).toBe(false);
	});

	it('takes positive whole numbers that fit an int, written with digits only', () => {
		expect(revisionParam.parse('1')).toBe(1);
		expect(revisionParam.parse('042')).toBe(42);
		expect(revisionParam.parse(String(MAX_REVISION))).toBe(MAX_REVISION);
		for (const bad of ['0', '-1', '1.5', '1e3', ' 1', '0x10', 'abc', '', String(MAX_REVISION + 1), '99999999999']) {
			expect(revisionParam.safeParse(bad).success, bad).toBe(false);
		}
		expect(revisionParam.safeParse(undefined).success).toBe(false);
	});
});
