import { describe, expect, it } from 'vitest';
import { CommandPalette, type PaletteItem } from './palette.svelte';

const items: PaletteItem[] = [
	{ id: 'clients', kind: 'section', label: 'Clients', href: '/clients' },
	{ id: 'c1', kind: 'client', label: 'Groenhaven Bank', detail: 'Banking', href: '/clients/c1' },
	{ id: 'c2', kind: 'client', label: 'Banca Aurelia', detail: 'Banking', href: '/clients/c2' },
	{ id: 'u1', kind: 'user', label: 'Nadia Benali', detail: 'admin@demo.test', href: '/admin/users/u1' }
];

describe('CommandPalette', () => {
	it('ranks matches on the label and the detail', () => {
		const palette = new CommandPalette(() => items);
		palette.query = 'ban';
		expect(palette.results.map((r) => r.id)).toEqual(['c2', 'c1']);
		palette.query = 'admin@';
		expect(palette.results.map((r) => r.id)).toEqual(['u1']);
	});

	it('moves the highlight with wrap-around and resets it on a new query', () => {
		const palette = new CommandPalette(() => items);
		palette.show();
		expect(palette.activeItem?.id).toBe('clients');
		palette.move(-1);
		expect(palette.activeItem?.id).toBe('u1');
		palette.move(1);
		expect(palette.activeIndex).toBe(0);
		palette.move(2);
		palette.query = 'bank';
		expect(palette.activeIndex).toBe(0);
	});

	it('calls onopen each time it opens, and starts empty', () => {
		let opened = 0;
		const palette = new CommandPalette(() => items, () => opened++);
		palette.query = 'x';
		palette.toggle();
		expect(palette.open).toBe(true);
		expect(palette.query).toBe('');
		palette.toggle();
		palette.show();
		expect(opened).toBe(2);
	});
});
