import type { AnyExtension } from '@tiptap/core';
import { m } from '$lib/paraglide/messages.js';
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
