import { ticketsMap, type Ticket } from '$lib/domain/tickets';
import { roomName } from '$lib/protocol/rooms';
import type { RoomLease, RoomRegistry } from '$lib/sync/registry';
import { RoomView, YValue } from '$lib/sync/views.svelte';

/** A reviewed ticket, read from its day room `tickets.<clientId>.<day>` (read-only for reviewers). */
export class TicketView {
	readonly view: RoomView;
	readonly #lease: RoomLease;
	readonly #ticket: YValue<Ticket | null>;

	constructor(registry: RoomRegistry, scope: { clientId: string; day: string; ticketId: string }) {
		this.#lease = registry.open(roomName('tickets', scope.clientId, scope.day));
		this.view = new RoomView(this.#lease.room);
		const doc = this.#lease.room.doc;
		this.#ticket = new YValue(ticketsMap(doc), () => ticketsMap(doc).get(scope.ticketId) ?? null);
	}

	/** Null while the room loads, or when this device never kept it and is offline. */
	get ticket(): Ticket | null {
		return this.#ticket.current;
	}

	destroy(): void {
		this.#lease.release();
	}
}
