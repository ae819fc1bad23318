import type * as Y from 'yjs';

/** Who last edited a template and when, as the library lists it (meta `updatedAt`, `updatedBy`, `updatedByName`). */
export function stampLastEdit(meta: Y.Map<unknown>, me: { id: string; name: string }, now = new Date()): void {
	meta.set('updatedAt', now.toISOString());
	meta.set('updatedBy', me.id);
	meta.set('updatedByName', me.name);
}
