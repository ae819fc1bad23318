import type * as Y from 'yjs';
import type { RoomName } from '#protocol/rooms';
import { articleMeta, articleText, trustOf } from '../kb';
import type { TableRows } from './types';

/**
 * `kb-published.<articleId>` → one `kb_published` row; none before the first publication. The
 * revision is the one the publish recorded in `meta` (null in rooms published before it did).
 */
export function projectKbPublished(room: RoomName, doc: Y.Doc): TableRows[] {
	const meta = articleMeta(doc);
	const text = (key: string): string | null => {
		const value = meta.get(key);
		return typeof value === 'string' ? value : null;
	};
	const revision = meta.get('revision');
	const trust = trustOf(meta);
	const title = text('title');
	const clientId = text('clientId');
	const language = text('language');
	const published = title !== null && clientId !== null && language !== null;
	return [
		{
			table: 'kb_published',
			scope: { article_id: room.id },
			rows: published
				? [
						{
							article_id: room.id,
							client_id: clientId,
							title,
							language,
							category: text('category'),
							translation_of: text('translationOf'),
							body: articleText(doc),
							revision: typeof revision === 'number' ? revision : null,
							trust: trust && JSON.stringify(trust)
						}
					]
				: []
		}
	];
}
