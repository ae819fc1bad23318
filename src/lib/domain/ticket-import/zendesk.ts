/*
 * Zendesk field names, as Zendesk's public reference documents them:
 * - Tickets: id, subject / raw_subject, description, status (new, open, pending, hold, solved,
 *   closed), requester_id, assignee_id, tags, via, satisfaction_rating, created_at, updated_at —
 *   https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
 * - Comments: body, html_body, plain_body ("the comment as plain text"), public ("false if an
 *   internal note"), author_id, via, created_at —
 *   https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/
 * - Users: id, email, locale (`en-US`), role 'end-user' | 'agent' | 'admin' —
 *   https://developer.zendesk.com/api-reference/ticketing/users/users/
 * - via.channel: a via type (string) or via id (number); the "ticket created by" values include
 *   web, email, api, rule, chat, voice, twitter, facebook, forum; ids 0 web_form, 4 mail,
 *   5 web_service, 8 rule (trigger, automation), 29 chat, 33 voicemail, 34/35 phone calls —
 *   https://developer.zendesk.com/documentation/ticketing/reference-guides/via-object-reference/
 *   https://developer.zendesk.com/documentation/ticketing/reference-guides/via-types/
 * - satisfaction_rating.score: 'offered', 'unoffered', 'good', 'bad' —
 *   https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/
 * - Ticket metrics: solved_at, reply_time_in_minutes {calendar, business}, … — there is no
 *   `replied_at` — https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_metrics/ ;
 *   the incremental ticket export with `include=metric_sets` puts them on each ticket as
 *   `metric_set` (as singer-io/tap-zendesk reads them), `/tickets.json?include=metric_sets`
 *   beside the tickets as `metric_sets` (with ticket_id).
 * - The account's JSON export (Admin Center > Account > Tools > Reports > Export) —
 *   https://support.zendesk.com/hc/en-us/articles/4408886165402 — read as NDJSON, one ticket per
 *   line.
 * The messaging-era via types ('native_messaging', 'any_channel', 'sunshine_conversations_*',
 * 'mobile_sdk', 'sms', 'whatsapp') are not in the table above; they are mapped by name.
 */
import type { Channel, AuthorRole, TicketDraft, TicketMessage } from '../tickets';
import {
	assertRowCount,
	checkDraft,
	duplicateTracker,
	ImportFileError,
	importText,
	instantReader,
	invalid,
	isInvalid,
	languageOf,
	readRows,
	shown,
	type FieldLabels,
	type ImportDefaults,
	type ImportResult,
	type InstantReader,
	type Invalid
} from './common';

/**
 * Zendesk ticket import. Accepts the API's object `{ "tickets": [...], "users"?: [...],
 * "comments"?: ..., "metric_sets"?: [...] }` (each ticket may embed `comments` and `metric_set`)
 * and NDJSON, one ticket object per line. A ticket's row is its position, from 1 (blank lines of
 * NDJSON are not counted).
 *
 * Mapping:
 * - externalId: the ticket `id` (not Zendesk's own `external_id`); subject: `subject`, else
 *   `raw_subject`, else ''; createdAt: `created_at`; tags: `tags`.
 * - channel: `via.channel` through `ZENDESK_VIA_CHANNELS`; anything else → defaults.channel.
 * - messages: the public comments in time order (private comments are internal notes between
 *   heroes, not what the customer read); body `plain_body`, else `body`. Author: a comment made
 *   via a business rule (trigger, automation) → system; the requester or an 'end-user' → customer;
 *   an 'agent' or 'admin' → hero; an author the export does not describe → hero when it is the
 *   assignee, else customer (a first response is never credited to someone who may not be a hero).
 *   No public comment: the `description` as one customer message at created_at.
 * - firstResponseAt: the first public hero comment; else created_at + the metrics'
 *   `reply_time_in_minutes.calendar`; else null.
 * - solvedAt: the metrics' `solved_at`; else `updated_at` when the status is solved or closed;
 *   else null.
 * - heroEmail: the assignee's e-mail address (lower case) when users are sideloaded; else null.
 * - language: the requester's `locale` (its primary subtag) when it is a product language;
 *   else defaults.language.
 * - csat: satisfaction_rating.score good → 5, bad → 1, anything else → null.
 * - escalation: tag escalation_3 or tier_3 → 3, escalation_2 or tier_2 → 2, else 1.
 */

/** via.channel (type or id, lower case) → channel. */
export const ZENDESK_VIA_CHANNELS: ReadonlyMap<string, Channel> = new Map<string, Channel>([
	['email', 'email'],
	['mail', 'email'],
	['web', 'email'],
	['web_form', 'email'],
	['web_service', 'email'],
	['api', 'email'],
	['0', 'email'],
	['4', 'email'],
	['5', 'email'],
	['chat', 'chat'],
	['messaging', 'chat'],
	['native_messaging', 'chat'],
	['any_channel', 'chat'],
	['mobile_sdk', 'chat'],
	['sms', 'chat'],
	['whatsapp', 'chat'],
	['29', 'chat'],
	['voice', 'phone'],
	['voicemail', 'phone'],
	['phone', 'phone'],
	['call', 'phone'],
	['phone_call_inbound', 'phone'],
	['phone_call_outbound', 'phone'],
	['33', 'phone'],
	['34', 'phone'],
	['35', 'phone']
]);

export function channelOfVia(via: unknown, fallback: Channel): Channel {
	const channel = isRecord(via) ? idOf(via.channel)?.toLowerCase() : undefined;
	if (channel === undefined) return fallback;
	if (channel.startsWith('sunshine_conversations')) return 'chat';
	return ZENDESK_VIA_CHANNELS.get(channel) ?? fallback;
}

export interface ZendeskImportOptions {
	defaults: ImportDefaults;
}

/** The tickets of a Zendesk export, and the tickets it could not read with why. */
export function parseZendeskExport(text: string, options: ZendeskImportOptions): ImportResult {
	const file = readExport(text);
	if (file.tickets.length === 0) throw new ImportFileError('the export has no tickets');
	assertRowCount(file.tickets.length);
	const context: TicketContext = {
		...file,
		defaults: options.defaults,
		readInstant: instantReader(options.defaults.timeZone),
		duplicateOf: duplicateTracker()
	};
	return readRows(file.tickets, (ticket, row) => readTicket(ticket, row, context));
}

// -- The file --------------------------------------------------------------------------------

type Json = Record<string, unknown>;

interface ZendeskExport {
	tickets: unknown[];
	/** Sideloaded, by id. */
	users: ReadonlyMap<string, Json>;
	comments: ReadonlyMap<string, unknown[]>;
	metricSets: ReadonlyMap<string, Json>;
}

const NOT_AN_EXPORT = 'not a Zendesk ticket export: expected an object with "tickets" or one ticket per line';

function readExport(text: string): ZendeskExport {
	const body = importText(text);
	let whole: unknown;
	try {
		whole = JSON.parse(body);
	} catch {
		return { tickets: readNdjson(body), users: new Map(), comments: new Map(), metricSets: new Map() };
	}
	if (isRecord(whole) && Array.isArray(whole.tickets)) {
		return {
			tickets: whole.tickets,
			users: new Map(records(whole.users).flatMap((user) => keyed(user.id, user))),
			comments: sideloadedComments(whole.comments),
			metricSets: new Map(records(whole.metric_sets).flatMap((metrics) => keyed(metrics.ticket_id, metrics)))
		};
	}
	// NDJSON of a single ticket is one JSON object.
	if (looksLikeTicket(whole)) return { tickets: [whole], users: new Map(), comments: new Map(), metricSets: new Map() };
	throw new ImportFileError(NOT_AN_EXPORT);
}

function readNdjson(body: string): Json[] {
	const tickets: Json[] = [];
	for (const [index, line] of body.split(/\r\n|\r|\n/).entries()) {
		if (line.trim() === '') continue;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (error) {
			const why = error instanceof Error ? error.message : String(error);
			throw new ImportFileError(`not a JSON or NDJSON file: line ${index + 1} is not valid JSON (${why})`);
		}
		if (!isRecord(value)) throw new ImportFileError(`${NOT_AN_EXPORT} (line ${index + 1} is not an object)`);
		tickets.push(value);
	}
	if (!tickets.some(looksLikeTicket)) throw new ImportFileError(NOT_AN_EXPORT);
	return tickets;
}

function looksLikeTicket(value: unknown): value is Json {
	return isRecord(value) && 'id' in value && 'created_at' in value;
}

/** Sideloaded comments: an array of comments with `ticket_id`, or an object by ticket id. */
function sideloadedComments(value: unknown): ReadonlyMap<string, unknown[]> {
	const byTicket = new Map<string, unknown[]>();
	if (Array.isArray(value)) {
		for (const comment of records(value)) {
			const ticket = idOf(comment.ticket_id);
			if (ticket !== undefined) byTicket.set(ticket, [...(byTicket.get(ticket) ?? []), comment]);
		}
	} else if (isRecord(value)) {
		for (const [ticket, comments] of Object.entries(value)) if (Array.isArray(comments)) byTicket.set(ticket, comments);
	}
	return byTicket;
}

function isRecord(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(value: unknown): Json[] {
	return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Zendesk ids are numbers; a string id is accepted as it is. */
function idOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	return undefined;
}

function keyed<T>(id: unknown, value: T): [string, T][] {
	const key = idOf(id);
	return key === undefined ? [] : [[key, value]];
}

// -- Tickets ---------------------------------------------------------------------------------

interface TicketContext extends ZendeskExport {
	defaults: ImportDefaults;
	readInstant: InstantReader;
	duplicateOf: (externalId: string, row: number) => number | null;
}

const LABELS: FieldLabels = {
	source: 'source',
	externalId: 'id',
	channel: 'via.channel',
	language: 'requester locale',
	subject: 'subject',
	messages: 'comments',
	tags: 'tags',
	createdAt: 'created_at',
	firstResponseAt: 'first reply',
	solvedAt: 'solved_at',
	heroEmail: 'assignee email',
	csat: 'satisfaction_rating',
	escalation: 'escalation tag'
};

function readTicket(ticket: unknown, row: number, context: TicketContext): TicketDraft | Invalid {
	if (!isRecord(ticket)) return invalid('not a ticket object');
	const id = idOf(ticket.id);
	if (id === undefined) return invalid(`id: ${ticket.id === undefined ? 'missing' : `${shown(ticket.id)} is not a ticket id`}`);
	const earlier = context.duplicateOf(id, row);
	if (earlier !== null) return invalid(`duplicate of row ${earlier}`);

	const problems: string[] = [];
	const time = (field: string, value: unknown): string | undefined => {
		const instant = typeof value === 'string' ? context.readInstant(value) : invalid('missing');
		if (!isInvalid(instant)) return instant;
		problems.push(`${field}: ${instant.invalid}`);
		return undefined;
	};
	const user = (userId: unknown) => context.users.get(idOf(userId) ?? '');
	const createdAt = time('created_at', ticket.created_at);
	const metrics = isRecord(ticket.metric_set) ? ticket.metric_set : context.metricSets.get(id);

	const messages = readComments(ticket, context, problems);
	if (messages.length === 0) {
		if (typeof ticket.description === 'string' && ticket.description.trim() !== '') {
			if (createdAt !== undefined) messages.push({ author: 'customer', at: createdAt, body: ticket.description.trim() });
		} else problems.push('comments: no public comment, and no description');
	}

	const replyMinutes = isRecord(metrics?.reply_time_in_minutes) ? metrics.reply_time_in_minutes.calendar : undefined;
	const firstResponseAt =
		messages.find((m) => m.author === 'hero')?.at ??
		(typeof replyMinutes === 'number' && createdAt !== undefined ? new Date(Date.parse(createdAt) + replyMinutes * 60_000).toISOString() : null);

	let solvedAt: string | null | undefined = null;
	if (typeof metrics?.solved_at === 'string') solvedAt = time('metric_set.solved_at', metrics.solved_at);
	else if (ticket.status === 'solved' || ticket.status === 'closed') solvedAt = time('updated_at', ticket.updated_at);

	const tags = Array.isArray(ticket.tags)
		? [...new Set(ticket.tags.filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter(Boolean))]
		: [];
	if (ticket.tags != null && !Array.isArray(ticket.tags)) problems.push(`tags: ${shown(ticket.tags)} is not a list`);

	const assignee = user(ticket.assignee_id);
	const locale = user(ticket.requester_id)?.locale;
	const score = isRecord(ticket.satisfaction_rating) ? ticket.satisfaction_rating.score : undefined;
	const candidate = {
		source: 'zendesk',
		externalId: id,
		channel: channelOfVia(ticket.via, context.defaults.channel ?? 'email'),
		language: (typeof locale === 'string' ? languageOf(locale) : null) ?? context.defaults.language,
		subject: typeof ticket.subject === 'string' ? ticket.subject : typeof ticket.raw_subject === 'string' ? ticket.raw_subject : '',
		messages,
		tags,
		createdAt,
		firstResponseAt,
		solvedAt,
		heroEmail: typeof assignee?.email === 'string' && assignee.email.trim() !== '' ? assignee.email.trim().toLowerCase() : null,
		csat: score === 'good' ? 5 : score === 'bad' ? 1 : null,
		escalation: tags.some((t) => t === 'escalation_3' || t === 'tier_3') ? 3 : tags.some((t) => t === 'escalation_2' || t === 'tier_2') ? 2 : 1
	};
	if (problems.length > 0) return invalid(problems.join('; '));
	return checkDraft(candidate, LABELS);
}

/** The public comments as messages, oldest first (a stable sort keeps same-second comments in order). */
function readComments(ticket: Json, context: TicketContext, problems: string[]): TicketMessage[] {
	const comments = Array.isArray(ticket.comments) ? ticket.comments : (context.comments.get(idOf(ticket.id) ?? '') ?? []);
	const messages: TicketMessage[] = [];
	comments.forEach((comment, index) => {
		if (!isRecord(comment)) {
			problems.push(`comments[${index}]: not a comment object`);
			return;
		}
		if (comment.public === false) return;
		const at = typeof comment.created_at === 'string' ? context.readInstant(comment.created_at) : invalid('missing');
		if (isInvalid(at)) {
			problems.push(`comments[${index}].created_at: ${at.invalid}`);
			return;
		}
		const body = typeof comment.plain_body === 'string' ? comment.plain_body : typeof comment.body === 'string' ? comment.body : '';
		messages.push({ author: authorOf(comment, ticket, context.users), at, body });
	});
	return messages.sort((a, b) => a.at.localeCompare(b.at));
}

function authorOf(comment: Json, ticket: Json, users: ReadonlyMap<string, Json>): AuthorRole {
	const via = isRecord(comment.via) ? idOf(comment.via.channel) : undefined;
	if (via === 'rule' || via === '8') return 'system';
	const author = idOf(comment.author_id);
	if (author === undefined) return 'customer';
	if (author === idOf(ticket.requester_id)) return 'customer';
	const role = users.get(author)?.role;
	if (role === 'end-user') return 'customer';
	if (role === 'agent' || role === 'admin') return 'hero';
	return author === idOf(ticket.assignee_id) ? 'hero' : 'customer';
}
