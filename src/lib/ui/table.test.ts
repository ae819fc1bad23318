import { describe, expect, it } from 'vitest';
import { TableState } from './table.svelte';

interface Row {
	name: string;
	count: number;
}

const rows: Row[] = [
	{ name: 'Banca Aurelia', count: 10 },
	{ name: 'assurelia', count: 2 },
	{ name: 'Velora Bikes', count: 7 }
];

const table = () =>
	new TableState<Row>(
		() => rows,
		[
			{ key: 'name', label: 'Name', text: (r) => r.name },
			{ key: 'count', label: 'Count', text: (r) => String(r.count), sort: (r) => r.count, numeric: true }
		],
		'name'
	);

describe('TableState', () => {
	it('sorts case-insensitively, then toggles direction on the same column', () => {
		const t = table();
		expect(t.visible.map((r) => r.name)).toEqual(['assurelia', 'Banca Aurelia', 'Velora Bikes']);
		t.toggleSort('name');
		expect(t.ariaSort('name')).toBe('descending');
		expect(t.visible[0]!.name).toBe('Velora Bikes');
	});

	it('sorts numbers as numbers', () => {
		const t = table();
		t.toggleSort('count');
		expect(t.visible.map((r) => r.count)).toEqual([2, 7, 10]);
		expect(t.ariaSort('name')).toBe('none');
	});

	it('filters, and exports only what is visible', () => {
		const t = table();
		t.filter = 'relia';
		expect(t.visible).toHaveLength(2);
		expect(t.total).toBe(3);
		expect(t.toCsv()).toBe('Name,Count\r\nassurelia,2\r\nBanca Aurelia,10\r\n');
	});
});
