import {
	calibrationAnswersInput,
	calibrationInput,
	missingAnswers,
	MIN_CALIBRATION_PARTICIPANTS,
	partialAnswerProblems,
	type CalibrationOptions,
	type CalibrationSession,
	type CalibrationStatus,
	type CalibrationSummary,
	type CalibrationTicket
} from '#domain/qa/calibration-session';
import type { Scorecard } from '#domain/qa/scorecard';
import type { z } from 'zod';
import type { Queryable, Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId } from '../ids';
import type { ClientService, Viewer } from './clients';
import type { RoomWriter } from './kb';
import { answersOf, readTicketsOf, results, type SessionRow } from './qa-calibration-read';
import type { ScorecardService } from './scorecards';

/** Tickets offered by the new-session form: the client's most recent. */
const OPTION_TICKETS = 200;

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/**
 * QA calibration sessions (migrations/0025_qa_calibration.server.sql): a set of a client's
 * tickets that several reviewers score blind against the client's scorecard version of the day
 * the session was made; revealed to all in the transaction of the last participant's submit.
 *
 * Who: directors (every client) and associates (their assigned clients) create, list and read
 * sessions; participants are directors or associates who may see the client. Heroes and admins
 * never. Before the reveal nobody — the creator included — reads anyone else's answers; a
 * participant reads their own.
 */
export class QaCalibrationService {
	constructor(
		private readonly store: Store,
		private readonly clients: ClientService,
		private readonly scorecards: Pick<ScorecardService, 'current'>,
		private readonly rooms: Pick<RoomWriter, 'readRoom'>
	) {}

	async create(viewer: Viewer, raw: z.input<typeof calibrationInput>): Promise<{ id: string }> {
		assertRole(viewer);
		const input = parse(calibrationInput, raw);
		await this.clients.getFor(viewer, input.clientId);
		const scorecard = await this.scorecards.current(input.clientId);
		if (!scorecard) throw new ServiceError(400, 'This client has no scorecard yet: a director makes one first.');

		const { rows: found } = await this.store.query<{ id: string }>('select id from ticket where client_id = $1 and id = any($2::text[])', [
			input.clientId,
			input.ticketIds
		]);
		const known = new Set(found.map((row) => row.id));
		const unknown = input.ticketIds.filter((id) => !known.has(id));
		if (unknown.length > 0) throw new ServiceError(400, `ticketIds: not tickets of this client: ${unknown.join(', ')}`);

		const eligible = new Set((await this.eligible(input.clientId)).map((user) => user.id));
		const refused = input.participantIds.filter((id) => !eligible.has(id));
		if (refused.length > 0) {
			throw new ServiceError(400, `participantIds: not directors or associates of this client: ${refused.join(', ')}`);
		}

		const id = newId();
		await this.store.transaction(async (tx) => {
			await tx.query(
				`insert into qa_calibration (id, client_id, name, scorecard_id, scorecard_version, created_by, created_at, status)
				 values ($1, $2, $3, $4, $5, $6, now(), 'open')`,
				[id, input.clientId, input.name, scorecard.id, scorecard.version, viewer.id]
			);
			await tx.query(
				`insert into qa_calibration_ticket (calibration_id, position, ticket_id)
				 select $1, t.position - 1, t.id from unnest($2::text[]) with ordinality as t(id, position)`,
				[id, input.ticketIds]
			);
			await tx.query(
				`insert into qa_calibration_participant (calibration_id, user_id) select $1, unnest($2::text[])`,
				[id, input.participantIds]
			);
		});
		return { id };
	}

	/** What the new-session form picks from: recent tickets, possible participants, the scorecard. */
	async options(viewer: Viewer, clientId: string): Promise<CalibrationOptions> {
		assertRole(viewer);
		await this.clients.getFor(viewer, clientId);
		const { rows } = await this.store.query<{ id: string; subject: string; language: string; channel: string; created_at: Date | string }>(
			`select id, subject, language, channel, created_at from ticket where client_id = $1 order by created_at desc, id limit ${OPTION_TICKETS}`,
			[clientId]
		);
		const scorecard = await this.scorecards.current(clientId);
		return {
			tickets: rows.map((row) => ({
				id: row.id,
				subject: row.subject,
				language: row.language as CalibrationTicket['language'],
				channel: row.channel as CalibrationTicket['channel'],
				createdAt: iso(row.created_at)
			})),
			participants: await this.eligible(clientId),
			scorecard: scorecard ? { name: scorecard.name, version: scorecard.version } : null
		};
	}

	/** Sessions the caller may see (directors all, associates their clients'), newest first. */
	async list(viewer: Viewer, clientId?: string): Promise<CalibrationSummary[]> {
		assertRole(viewer);
		if (clientId !== undefined) await this.clients.getFor(viewer, clientId);
		const { rows } = await this.store.query<SessionRow & { tickets: number; participants: number; submitted: number; mine: string | null }>(
			`select s.*, c.name as client_name, u.name as created_by_name,
			        (select count(*)::int from qa_calibration_ticket t where t.calibration_id = s.id) as tickets,
			        (select count(*)::int from qa_calibration_participant p where p.calibration_id = s.id and p.removed_at is null) as participants,
			        (select count(*)::int from qa_calibration_participant p
			          where p.calibration_id = s.id and p.removed_at is null and p.submitted_at is not null) as submitted,
			        (select case when p.submitted_at is null then 'open' else 'submitted' end
			           from qa_calibration_participant p where p.calibration_id = s.id and p.user_id = $1 and p.removed_at is null) as mine
			   from qa_calibration s join client c on c.id = s.client_id join app_user u on u.id = s.created_by
			  where ($2::text is null or s.client_id = $2)
			    and ($3 or exists (select 1 from client_assignment a where a.user_id = $1 and a.client_id = s.client_id))
			  order by s.created_at desc, s.id`,
			[viewer.id, clientId ?? null, viewer.role === 'director']
		);
		return rows.map((row) => ({
			...summaryOf(row),
			tickets: row.tickets,
			participants: row.participants,
			submitted: row.submitted,
			mine: row.mine === 'open' || row.mine === 'submitted' ? row.mine : 'none'
		}));
	}

	async get(viewer: Viewer, id: string): Promise<CalibrationSession> {
		const session = await this.visible(viewer, id);
		const scorecard = await this.scorecardOf(this.store, session);
		const { rows: everyone } = await this.store.query<{
			id: string;
			name: string;
			submitted_at: Date | string | null;
			removed_at: Date | string | null;
			removed_by_name: string | null;
		}>(
			`select u.id, u.name, p.submitted_at, p.removed_at, r.name as removed_by_name
			   from qa_calibration_participant p join app_user u on u.id = p.user_id left join app_user r on r.id = p.removed_by
			  where p.calibration_id = $1 order by lower(u.name), u.id`,
			[id]
		);
		const people = everyone.filter((person) => person.removed_at === null);
		const me = people.find((person) => person.id === viewer.id);
		const revealed = session.status === 'revealed';
		const answers = revealed ? await answersOf(this.store, id) : me ? await answersOf(this.store, id, viewer.id) : [];
		const tickets = await readTicketsOf(this.store, this.rooms, session.client_id, id);
		return {
			...summaryOf(session),
			mine: me ? (me.submitted_at === null ? 'open' : 'submitted') : 'none',
			scorecard,
			tickets,
			participants: people.map((person) => ({ id: person.id, name: person.name, submitted: person.submitted_at !== null })),
			removed: everyone.flatMap((person) =>
				person.removed_at === null ? [] : [{ id: person.id, name: person.name, removedAt: iso(person.removed_at), removedByName: person.removed_by_name ?? '' }]
			),
			canManage: viewer.role === 'director' || session.created_by === viewer.id,
			answers,
			results: revealed ? results(scorecard, tickets, answers) : null
		};
	}

	/** Replaces the caller's answers to one ticket (a participant's autosave, while open). */
	async saveAnswers(viewer: Viewer, id: string, raw: z.input<typeof calibrationAnswersInput>): Promise<void> {
		await this.visible(viewer, id);
		const input = parse(calibrationAnswersInput, raw);
		await this.store.transaction(async (tx) => {
			const session = await this.lockForParticipant(tx, viewer, id);
			const { rows } = await tx.query('select 1 from qa_calibration_ticket where calibration_id = $1 and ticket_id = $2', [id, input.ticketId]);
			if (rows.length === 0) throw new ServiceError(400, 'ticketId: not a ticket of this session');
			const problems = partialAnswerProblems(await this.scorecardOf(tx, session), input.answers);
			if (problems.length > 0) throw new ServiceError(400, problems.join('; '));
			await tx.query('delete from qa_calibration_answer where calibration_id = $1 and user_id = $2 and ticket_id = $3', [id, viewer.id, input.ticketId]);
			if (input.answers.length === 0) return;
			await tx.query(
				`insert into qa_calibration_answer (calibration_id, user_id, ticket_id, category_id, value)
				 select $1, $2, $3, a.category_id, a.value from unnest($4::text[], $5::text[]) as a(category_id, value)`,
				[id, viewer.id, input.ticketId, input.answers.map((a) => a.categoryId), input.answers.map((a) => String(a.value))]
			);
		});
	}

	/**
	 * The caller's submit: every ticket complete, else 400 listing what is missing. The last
	 * participant's submit reveals the session in the same transaction; the session row is locked
	 * first, so two last submits at once cannot both see the other still open.
	 */
	async submit(viewer: Viewer, id: string): Promise<{ revealed: boolean }> {
		await this.visible(viewer, id);
		return this.store.transaction(async (tx) => {
			const session = await this.lockForParticipant(tx, viewer, id);
			const scorecard = await this.scorecardOf(tx, session);
			const { rows: tickets } = await tx.query<{ id: string; subject: string }>(
				`select t.ticket_id as id, coalesce(k.subject, t.ticket_id) as subject
				   from qa_calibration_ticket t left join ticket k on k.id = t.ticket_id
				  where t.calibration_id = $1 order by t.position`,
				[id]
			);
			const missing = missingAnswers(scorecard, tickets, await answersOf(tx, id, viewer.id));
			if (missing.length > 0) throw new ServiceError(400, `Not every ticket is scored: ${missing.join('; ')}`);
			await tx.query('update qa_calibration_participant set submitted_at = now() where calibration_id = $1 and user_id = $2', [id, viewer.id]);
			return { revealed: await revealWhenComplete(tx, id) };
		});
	}

	/**
	 * Takes a participant who has not submitted out of an open session (they lost access, left,
	 * or will not score): their row and answers stay, marked, but they no longer count. Directors
	 * and the session's creator may; at least MIN_CALIBRATION_PARTICIPANTS must remain. When
	 * everyone left has submitted, the session is revealed in the same transaction.
	 */
	async removeParticipant(viewer: Viewer, id: string, userId: string): Promise<{ revealed: boolean }> {
		const session = await this.visible(viewer, id);
		if (viewer.role !== 'director' && session.created_by !== viewer.id) {
			throw new ServiceError(403, "Only directors and the session's creator remove participants.");
		}
		return this.store.transaction(async (tx) => {
			const { rows: locked } = await tx.query<{ status: string }>('select status from qa_calibration where id = $1 for update', [id]);
			if (locked[0]!.status !== 'open') throw new ServiceError(409, 'This session is revealed: its participants can no longer change.');
			const { rows: target } = await tx.query<{ name: string; submitted_at: Date | string | null }>(
				`select u.name, p.submitted_at from qa_calibration_participant p join app_user u on u.id = p.user_id
				  where p.calibration_id = $1 and p.user_id = $2 and p.removed_at is null`,
				[id, userId]
			);
			if (!target[0]) throw new ServiceError(404, 'Not a participant of this session.');
			if (target[0].submitted_at !== null) {
				throw new ServiceError(409, `${target[0].name} has submitted: their answers are part of this session.`);
			}
			const { rows: counts } = await tx.query<{ remaining: number }>(
				'select count(*)::int as remaining from qa_calibration_participant where calibration_id = $1 and removed_at is null and user_id <> $2',
				[id, userId]
			);
			if (counts[0]!.remaining < MIN_CALIBRATION_PARTICIPANTS) {
				throw new ServiceError(
					409,
					`A session needs at least ${MIN_CALIBRATION_PARTICIPANTS} participants: ${target[0].name} is one of the last ${MIN_CALIBRATION_PARTICIPANTS}.`
				);
			}
			await tx.query('update qa_calibration_participant set removed_at = now(), removed_by = $3 where calibration_id = $1 and user_id = $2', [
				id,
				userId,
				viewer.id
			]);
			return { revealed: await revealWhenComplete(tx, id) };
		});
	}

	/** The session, when the caller may see it: 403 for other roles and other associates' clients, 404 when unknown. */
	private async visible(viewer: Viewer, id: string): Promise<SessionRow> {
		assertRole(viewer);
		const { rows } = await this.store.query<SessionRow>(
			`select s.*, c.name as client_name, u.name as created_by_name
			   from qa_calibration s join client c on c.id = s.client_id join app_user u on u.id = s.created_by where s.id = $1`,
			[id]
		);
		if (!rows[0]) throw new ServiceError(404, 'No such calibration session.');
		if (!(await this.clients.canSee(viewer, rows[0].client_id))) throw new ServiceError(403, 'This client is not assigned to you.');
		return rows[0];
	}

	/** Locks the session row; 403 for a non-participant, 409 once revealed or after the caller's submit. */
	private async lockForParticipant(tx: Queryable, viewer: Viewer, id: string): Promise<SessionRow> {
		const { rows } = await tx.query<SessionRow>('select * from qa_calibration where id = $1 for update', [id]);
		const session = rows[0]!;
		const { rows: mine } = await tx.query<{ submitted_at: Date | string | null; removed_at: Date | string | null }>(
			'select submitted_at, removed_at from qa_calibration_participant where calibration_id = $1 and user_id = $2',
			[id, viewer.id]
		);
		if (!mine[0]) throw new ServiceError(403, 'Only the participants of this session score it.');
		if (mine[0].removed_at !== null) throw new ServiceError(403, 'You were removed from this session: your answers no longer count.');
		if (session.status !== 'open') throw new ServiceError(409, 'This session is revealed: its answers can no longer change.');
		if (mine[0].submitted_at !== null) throw new ServiceError(409, 'You have submitted this session: your answers can no longer change.');
		return session;
	}

	private async scorecardOf(db: Queryable, session: SessionRow): Promise<Scorecard> {
		const { rows } = await db.query<{ id: string; client_id: string; version: number; name: string; categories: Scorecard['categories']; created_at: Date | string; created_by: string }>(
			'select * from qa_scorecard where id = $1 and version = $2',
			[session.scorecard_id, session.scorecard_version]
		);
		const row = rows[0]!;
		return {
			id: row.id,
			clientId: row.client_id,
			version: row.version,
			name: row.name,
			categories: row.categories,
			createdAt: iso(row.created_at),
			createdBy: row.created_by
		};
	}

	/** Who may take part: active directors, and active associates assigned to the client. */
	private async eligible(clientId: string): Promise<CalibrationOptions['participants']> {
		const { rows } = await this.store.query<{ id: string; name: string; role: 'director' | 'associate' }>(
			`select u.id, u.name, u.role from app_user u
			  where u.active and (u.role = 'director'
			        or (u.role = 'associate' and exists (select 1 from client_assignment a where a.user_id = u.id and a.client_id = $1)))
			  order by lower(u.name), u.id`,
			[clientId]
		);
		return rows;
	}
}

/** Reveals the (locked) session when every remaining participant has submitted; says whether it did. */
async function revealWhenComplete(tx: Queryable, id: string): Promise<boolean> {
	const { rows } = await tx.query<{ waiting: number }>(
		'select count(*)::int as waiting from qa_calibration_participant where calibration_id = $1 and removed_at is null and submitted_at is null',
		[id]
	);
	if (rows[0]!.waiting > 0) return false;
	await tx.query(`update qa_calibration set status = 'revealed', revealed_at = now() where id = $1`, [id]);
	return true;
}

function assertRole(viewer: Viewer): void {
	if (viewer.role !== 'director' && viewer.role !== 'associate') throw new ServiceError(403, 'Your role may not take part in calibration.');
}

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
	throw new ServiceError(400, `${where}${issue?.message ?? 'Invalid input'}`);
}

function summaryOf(row: SessionRow): Omit<CalibrationSummary, 'tickets' | 'participants' | 'submitted' | 'mine'> {
	return {
		id: row.id,
		clientId: row.client_id,
		clientName: row.client_name ?? '',
		name: row.name,
		status: row.status as CalibrationStatus,
		createdAt: iso(row.created_at),
		createdBy: row.created_by,
		createdByName: row.created_by_name ?? '',
		revealedAt: isoOrNull(row.revealed_at)
	};
}
