import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { playbookBody } from '$lib/domain/playbooks/model';
import { m } from '$lib/paraglide/messages.js';
import type { PresenceUser } from '$lib/sync/presence';
import { articleSchema } from './extensions';
import { PlaybookProblems } from './playbook-problems';
import { PlaybookTask } from './playbook-task';
import { PlaybookVariables } from './playbook-variables';

/**
 * The playbook template schema: the article schema plus the `playbookTask` node. Changing it
 * means raising SCHEMA_VERSION in src/lib/protocol/rooms.ts, like the article schema.
 */
export function playbookSchema(): AnyExtension[] {
	return [
		...articleSchema(),
		PlaybookTask,
		PlaybookVariables.configure({ unknownTitle: (name) => m.pbe_variable_unknown({ name }) }),
		PlaybookProblems
	];
}

/** The schema plus live collaboration on a template room's `body`, and other directors' carets. */
export function playbookExtensions(doc: Y.Doc, awareness: Awareness, user: PresenceUser): AnyExtension[] {
	return [
		...playbookSchema(),
		Collaboration.configure({ fragment: playbookBody(doc) }),
		CollaborationCaret.configure({ provider: { awareness }, user })
	];
}
