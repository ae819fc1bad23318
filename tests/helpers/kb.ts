import { expect } from 'vitest';
import { writeDemoArticleBody } from '../../src/lib/domain/demo-kb';
import { eventually, type TestPeer } from '../sync/helpers';

/**
 * Replaces an article room's body with one paragraph per line, as the editor stores them, through
 * a live peer, and waits until the server has stored it.
 */
export async function writeParagraphs(peer: TestPeer, lines: string[]): Promise<void> {
	writeDemoArticleBody(
		peer.doc,
		lines.map((text) => ({ type: 'paragraph', text }))
	);
	await eventually(() => expect(peer.allSaved()).toBe(true));
}
