import { createContext } from 'svelte';

/** Short, non-blocking notices ("Client saved"). Errors stay until dismissed. */

export type ToastKind = 'success' | 'error' | 'info';

export interface Toast {
	id: number;
	kind: ToastKind;
	text: string;
}

export class Toasts {
	#items = $state<Toast[]>([]);
	#nextId = 1;

	get items(): readonly Toast[] {
		return this.#items;
	}

	show(kind: ToastKind, text: string, timeoutMs = kind === 'error' ? 0 : 4000): void {
		const id = this.#nextId++;
		this.#items.push({ id, kind, text });
		if (timeoutMs > 0) setTimeout(() => this.dismiss(id), timeoutMs);
	}

	success(text: string): void {
		this.show('success', text);
	}

	error(text: string): void {
		this.show('error', text);
	}

	dismiss(id: number): void {
		this.#items = this.#items.filter((toast) => toast.id !== id);
	}
}

export const [getToasts, setToasts] = createContext<Toasts>();
