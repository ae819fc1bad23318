import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type * as Y from 'yjs';
import { z } from 'zod';
import { LANGUAGES, type Language } from './access';

/**
 * Tickets: what heroes answered for a client, imported from helpdesks (CSV, the Zendesk export)
 * and reviewed by QA. The server alone writes them, into day rooms
 * `tickets.<clientId>.<yyyy-mm-dd>` (the day of `createdAt` in the client's time zone); browsers
 * and jobs read them through the `ticket` table their projection fills.
 */

export const CHANNELS = ['email', 'chat', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Where a ticket came from; with its external id it names the ticket (imports are idempotent). */
export const TICKET_SOURCES = ['csv', 'zendesk', 'demo'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];

/** Who wrote a message of the transcript: the client's customer, the hero, or the helpdesk itself. */
export const AUTHOR_ROLES = ['customer', 'hero', 'system'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const ESCALATION_LEVELS = [1, 2, 3] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const MAX_MESSAGES = 500;
export const MAX_MESSAGE_LENGTH = 100_000;
export const MAX_SUBJECT_LENGTH = 1_000;
export const MAX_EXTERNAL_ID_LENGTH = 200;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 80;

export interface TicketMessage {
	author: AuthorRole;
	/** ISO 8601 instant, UTC (`2026-11-02T09:30:00.000Z`). */
	at: string;
	body: string;
}

export interface Ticket {
	/** `ticketId(clientId, source, externalId)`: the same ticket imported twice has the same id. */
	id: string;
	source: TicketSource;
	externalId: string;
	clientId: string;
	channel: Channel;
	language: Language;
	subject: string;
	messages: TicketMessage[];
	tags: string[];
	/** ISO 8601 instants, UTC. */
	createdAt: string;
	firstResponseAt: string | null;
	solvedAt: string | null;
	/** The hero (user id) who handled it; null when the helpdesk did not say or no hero matched. */
	heroId: string | null;
	/** Customer satisfaction, 1–5; null when not rated. */
	csat: number | null;
	escalation: EscalationLevel;
}

/** A ticket as an import reads it, before it belongs to a client and its hero is looked up. */
export type TicketDraft = Omit<Ticket, 'id' | 'clientId' | 'heroId'> & {
	/** The handling hero's e-mail address as the helpdesk knows it; null when absent. */
	heroEmail: string | null;
};

const ID_BYTES = 12;

/**
 * The ticket's id: a hash of its client, source and external id (20 lower-case base32
 * characters). The client is part of it: two clients' helpdesks both number their tickets from 1.
 */
export function ticketId(clientId: string, source: TicketSource, externalId: string): string {
	const digest = sha256(new TextEncoder().encode(`${clientId}\u0000${source}\u0000${externalId}`));
	return encodeBase32LowerCaseNoPadding(digest.slice(0, ID_BYTES));
}

const instant = z.iso
	.datetime({ offset: true, message: 'must be an ISO 8601 date and time with a time zone (2026-11-02T09:30:00Z)' })
	.transform((value) => new Date(value).toISOString());

export const ticketMessageSchema = z.object({
	author: z.enum(AUTHOR_ROLES, `author must be one of ${AUTHOR_ROLES.join(', ')}`),
	at: instant,
	body: z.string().max(MAX_MESSAGE_LENGTH, `a message has at most ${MAX_MESSAGE_LENGTH} characters`)
});

/** A draft as imports must produce it: every field checked, times in order. */
export const ticketDraftSchema = z
	.object({
		source: z.enum(TICKET_SOURCES),
		externalId: z
			.string()
			.trim()
			.min(1, 'the external id is empty')
			.max(MAX_EXTERNAL_ID_LENGTH, `the external id has at most ${MAX_EXTERNAL_ID_LENGTH} characters`),
		channel: z.enum(CHANNELS, `channel must be one of ${CHANNELS.join(', ')}`),
		language: z.enum(LANGUAGES, `language must be one of ${LANGUAGES.join(', ')}`),
		subject: z.string().trim().max(MAX_SUBJECT_LENGTH, `the subject has at most ${MAX_SUBJECT_LENGTH} characters`),
		messages: z
			.array(ticketMessageSchema)
			.min(1, 'the transcript has no message')
			.max(MAX_MESSAGES, `a transcript has at most ${MAX_MESSAGES} messages`),
		tags: z
			.array(z.string().trim().min(1).max(MAX_TAG_LENGTH, `a tag has at most ${MAX_TAG_LENGTH} characters`))
			.max(MAX_TAGS, `at most ${MAX_TAGS} tags`),
		createdAt: instant,
		firstResponseAt: instant.nullable(),
		solvedAt: instant.nullable(),
		heroEmail: z.email('the hero e-mail address is not valid').nullable(),
		csat: z.number().int().min(1, 'CSAT is from 1 to 5').max(5, 'CSAT is from 1 to 5').nullable(),
		escalation: z.union([z.literal(1), z.literal(2), z.literal(3)], 'escalation must be 1, 2 or 3')
	})
	.superRefine((ticket, ctx) => {
		if (ticket.firstResponseAt !== null && ticket.firstResponseAt < ticket.createdAt) {
			ctx.addIssue({ code: 'custom', path: ['firstResponseAt'], message: 'the first response is before the ticket was created' });
		}
		if (ticket.solvedAt !== null && ticket.solvedAt < ticket.createdAt) {
			ctx.addIssue({ code: 'custom', path: ['solvedAt'], message: 'the ticket is solved before it was created' });
		}
	});

/**
 * The calendar day (`yyyy-mm-dd`) of an instant in a time zone: the day room a ticket created
 * then belongs to.
 */
export function dayIn(instantIso: string, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
		new Date(instantIso)
	);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}

// -- The day room ------------------------------------------------------------------------------

/**
 * A day room keeps its tickets in the `Y.Map` named `tickets`, by id, each a plain JSON value
 * (the server writes a ticket whole; nobody edits one field of it).
 */
export const TICKETS_MAP = 'tickets';

export function ticketsMap(doc: Y.Doc): Y.Map<Ticket> {
	return doc.getMap<Ticket>(TICKETS_MAP);
}

/** The room's tickets, oldest first (then by id). */
export function readTickets(doc: Y.Doc): Ticket[] {
	return [...ticketsMap(doc).values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export type TicketWrite = 'imported' | 'updated' | 'unchanged';

/**
 * Puts `ticket` into its day room's doc, only when it differs from what the room holds (an
 * import run twice writes nothing the second time).
 */
export function writeTicket(doc: Y.Doc, ticket: Ticket): TicketWrite {
	const map = ticketsMap(doc);
	const existing = map.get(ticket.id);
	if (existing !== undefined && sameTicket(existing, ticket)) return 'unchanged';
	map.set(ticket.id, ticket);
	return existing === undefined ? 'imported' : 'updated';
}

/** Field by field, in a fixed order: stored JSON may come back with its keys in another order. */
function sameTicket(a: Ticket, b: Ticket): boolean {
	return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(t: Ticket): unknown[] {
	return [
		t.id,
		t.source,
		t.externalId,
		t.clientId,
		t.channel,
		t.language,
		t.subject,
		t.messages.map((m) => [m.author, m.at, m.body]),
		t.tags,
		t.createdAt,
		t.firstResponseAt,
		t.solvedAt,
		t.heroId,
		t.csat,
		t.escalation
	];
}
