import { getLocale } from '$lib/paraglide/runtime.js';
import { toCsv } from './csv';
import { filterByQuery } from './match';

/**
 * State of a filterable, sortable table: the filter text, the sort column and direction, and
 * the rows they leave visible. The CSV export uses the same visible rows and columns.
 */

export interface Column<T> {
	key: string;
	label: string;
	/** What the cell shows, what the filter searches and what the CSV contains. */
	text: (row: T) => string;
	/** Sort key; defaults to `text`. */
	sort?: (row: T) => string | number;
	numeric?: boolean;
}

export type SortDirection = 'asc' | 'desc';

export class TableState<T> {
	filter = $state('');
	sortKey = $state<string | null>(null);
	sortDirection = $state<SortDirection>('asc');

	readonly columns: readonly Column<T>[];
	readonly #rows: () => readonly T[];
	readonly #collator = new Intl.Collator(getLocale(), { numeric: true, sensitivity: 'base' });

	constructor(rows: () => readonly T[], columns: readonly Column<T>[], sortKey: string | null = null) {
		this.#rows = rows;
		this.columns = columns;
		this.sortKey = sortKey;
	}

	readonly total = $derived.by(() => this.#rows().length);

	readonly visible: T[] = $derived.by(() => {
		const rows = filterByQuery(this.#rows(), this.filter, (row) =>
			this.columns.map((column) => column.text(row)).join(' ')
		);
		const column = this.columns.find((c) => c.key === this.sortKey);
		if (!column) return rows;
		const key = column.sort ?? column.text;
		const sign = this.sortDirection === 'asc' ? 1 : -1;
		return rows.sort((a, b) => {
			const x = key(a);
			const y = key(b);
			const order =
				typeof x === 'number' && typeof y === 'number'
					? x - y
					: this.#collator.compare(String(x), String(y));
			return order * sign;
		});
	});

	toggleSort(key: string): void {
		if (this.sortKey === key) {
			this.sortDirection = this.sortDirection === 'asc' ? 'desc' : 'asc';
		} else {
			this.sortKey = key;
			this.sortDirection = 'asc';
		}
	}

	ariaSort(key: string): 'ascending' | 'descending' | 'none' {
		if (this.sortKey !== key) return 'none';
		return this.sortDirection === 'asc' ? 'ascending' : 'descending';
	}

	toCsv(): string {
		return toCsv(
			this.columns.map((column) => column.label),
			this.visible.map((row) => this.columns.map((column) => column.text(row)))
		);
	}
}
