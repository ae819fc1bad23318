/**
 * The wire contract of sync: room names, close codes, the editor schema version. Shared by the
 * browser, the server and the tests; no IO.
 *
 * Room names are `kind.id[.part]`:
 *   kb.<articleId>               an article's draft (body XmlFragment `body`, metadata Map `meta`)
 *   kb-published.<articleId>     the published snapshot of an article (read-only for everyone)
 *   playbook.<templateId>        an onboarding playbook template (Tiptap body `body`, Map `meta`)
 *   onboarding.<onboardingId>    one client's onboarding project started from a template
 *   qa.<clientId>.<yyyy-mm>      a client's QA reviews of one month
 *   schedule.<clientId>.<isoWeek> a client's shifts of one ISO week (yyyy-Www)
 *   billing.<clientId>.<yyyy-mm> a client's billing of one month
 *   tickets.<clientId>.<yyyy-mm-dd> a client's tickets of one day (written by the server only)
 *   notes.<clientId>             a client's account notes (plain Y.Text `body`, Y.Map `meta`)
 *   directory                    clients and people everyone may list
 */

export const ROOM_KINDS = [
	'kb',
	'kb-published',
	'playbook',
	'onboarding',
	'qa',
	'schedule',
	'billing',
	'tickets',
	'notes',
	'directory'
] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export interface RoomName {
	name: string;
	kind: RoomKind;
	/** Entity id (article, template, client); empty for `directory`. */
	id: string;
	part: string | null;
}

/**
 * Close codes the sync endpoint uses. The server always accepts the WebSocket upgrade and then
 * closes with one of these, because a refused upgrade gives the client nothing but a network
 * error to retry forever. y-websocket 3 treats 4400–4499 as permanent (the provider stops and
 * emits `closed`) and every other code as transient (it reconnects with back-off): the codes
 * below are chosen for that split.
 */
export const CLOSE = {
	/** Server shutting down: reconnect later (transient). Unsaved edits are re-sent by sync. */
	goingAway: 1001,
	/** A malformed or truncated frame, an unknown message type, trailing bytes (transient). */
	malformed: 1002,
	/** A text frame: the protocol is binary only. */
	unsupportedData: 1003,
	/** Larger than ws's hard frame limit (4 × the message limit): ws closes before we can. */
	frameTooLarge: 1009,
	/** The room could not be loaded or stored (transient). */
	internal: 1011,
	/** The room name does not parse. */
	badRoom: 4400,
	/** No valid session (signed out, expired, or the account was deactivated while connected). */
	unauthenticated: 4401,
	/** Signed in, but this room is not for this user (or they lost access while connected). */
	forbidden: 4403,
	/** A message larger than the server accepts (SYNC_MAX_MESSAGE_BYTES). */
	tooLarge: 4413,
	/** The client speaks an older editor schema (`?schema=` below SCHEMA_VERSION): reload. */
	staleClient: 4426,
	/**
	 * The user's access to this room changed while connected but is not gone (e.g. read-write
	 * became read-only): reconnect to be authorised again. Outside 4400–4499 on purpose, so a
	 * stock y-websocket provider reconnects by itself and comes back with the new access.
	 */
	reauthorise: 4500
} as const;
export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/**
 * Bumped whenever the editor schema changes incompatibly. Clients say which one they speak with
 * `?schema=<n>` on the sync URL; a lower number is closed with CLOSE.staleClient. Clients that
 * omit it are accepted (scripts, tests, other tools).
 *
 * 1: the article schema; 2: the playbook template schema (article schema + `playbookTask`).
 */
export const SCHEMA_VERSION = 2;

/** The sync endpoint's path prefix: `ws://host:port/sync/<room>`. */
export const SYNC_PATH = '/sync/';

export const MAX_ROOM_NAME = 120;
const ID = /^[a-z0-9][a-z0-9-]{2,63}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const PART: Record<RoomKind, RegExp | null | 'none'> = {
	kb: null,
	'kb-published': null,
	playbook: null,
	onboarding: null,
	qa: MONTH,
	schedule: WEEK,
	billing: MONTH,
	tickets: DAY,
	notes: null,
	directory: 'none'
};

/** Parses a room name, or returns null when it is not one of the contract's shapes. */
export function parseRoom(name: string): RoomName | null {
	if (name.length === 0 || name.length > MAX_ROOM_NAME) return null;
	if (name === 'directory') return { name, kind: 'directory', id: '', part: null };
	const [kind, id, part, ...rest] = name.split('.');
	if (rest.length > 0 || !kind || !id || !(ROOM_KINDS as readonly string[]).includes(kind)) return null;
	const rule = PART[kind as RoomKind];
	if (rule === 'none' || !ID.test(id)) return null;
	if (rule === null ? part !== undefined : part === undefined || !rule.test(part)) return null;
	if (rule === DAY && Number.isNaN(Date.parse(`${part}T00:00:00Z`))) return null;
	return { name, kind: kind as RoomKind, id, part: part ?? null };
}

export function roomName(kind: RoomKind, id = '', part?: string): string {
	return kind === 'directory' ? 'directory' : part ? `${kind}.${id}.${part}` : `${kind}.${id}`;
}
