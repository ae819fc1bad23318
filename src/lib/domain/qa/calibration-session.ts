import { z } from 'zod';
import type { Language } from '../access';
import type { Channel, TicketMessage } from '../tickets';
import type { CalibrationAgreement, TicketSpread } from './calibration';
import { MAX_NAME_LENGTH, type Scorecard } from './scorecard';
import { answersInput, validateAnswers, type Answer } from './scoring';

/**
 * Calibration sessions as the API speaks them (server/services/qa-calibration.ts): what a
 * director or associate creates, what a participant saves, and what everyone reads. Blind until
 * revealed: a session read before the reveal carries the caller's own answers only.
 */

export const MAX_CALIBRATION_TICKETS = 20;
export const MIN_CALIBRATION_PARTICIPANTS = 2;
export const MAX_CALIBRATION_PARTICIPANTS = 50;

const distinct = (values: readonly string[]) => new Set(values).size === values.length;

export const calibrationInput = z.object({
	clientId: z.string('clientId is required').trim().min(1, 'clientId is required'),
	name: z
		.string('Name is required')
		.trim()
		.min(1, 'Name is required')
		.max(MAX_NAME_LENGTH, `Name must have at most ${MAX_NAME_LENGTH} characters`),
	ticketIds: z
		.array(z.string().min(1, 'A ticket id is required'), 'ticketIds is required')
		.min(1, 'Pick at least one ticket')
		.max(MAX_CALIBRATION_TICKETS, `A session has at most ${MAX_CALIBRATION_TICKETS} tickets`)
		.refine(distinct, 'A ticket is picked more than once'),
	participantIds: z
		.array(z.string().min(1, 'A participant id is required'), 'participantIds is required')
		.min(MIN_CALIBRATION_PARTICIPANTS, `A session needs at least ${MIN_CALIBRATION_PARTICIPANTS} participants`)
		.max(MAX_CALIBRATION_PARTICIPANTS, `A session has at most ${MAX_CALIBRATION_PARTICIPANTS} participants`)
		.refine(distinct, 'A participant is picked more than once')
});
export type CalibrationInput = z.input<typeof calibrationInput>;

/** `PUT /api/qa/calibrations/:id/answers`: the caller's answers to one ticket, replacing the previous ones. */
export const calibrationAnswersInput = z.object({
	ticketId: z.string('ticketId is required').min(1, 'ticketId is required'),
	answers: answersInput
});
export type CalibrationAnswersInput = z.input<typeof calibrationAnswersInput>;

/**
 * The problems of answers saved while scoring (some categories may still be unanswered): unknown
 * categories, one answered twice, values off the scale, N/A where not allowed. [] when fine.
 */
export function partialAnswerProblems(scorecard: Pick<Scorecard, 'categories'>, answers: readonly Answer[]): string[] {
	const answered = new Set(answers.map((answer) => answer.categoryId));
	// validateAnswers over the answered categories only: the same wording, no "has no answer".
	return validateAnswers({ categories: scorecard.categories.filter((category) => answered.has(category.id)) }, answers);
}

export type CalibrationStatus = 'open' | 'revealed';

/** A row of `GET /api/qa/calibrations`. */
export interface CalibrationSummary {
	id: string;
	clientId: string;
	clientName: string;
	name: string;
	status: CalibrationStatus;
	createdAt: string;
	createdBy: string;
	createdByName: string;
	revealedAt: string | null;
	tickets: number;
	participants: number;
	submitted: number;
	/** The caller's part: not a participant, still scoring, or submitted. */
	mine: 'none' | 'open' | 'submitted';
}

export interface CalibrationTicket {
	id: string;
	day: string;
	subject: string;
	language: Language;
	channel: Channel;
	createdAt: string;
	/** From the ticket's day room; [] when the room no longer holds it. */
	messages: TicketMessage[];
}

export interface CalibrationParticipant {
	id: string;
	name: string;
	submitted: boolean;
}

export interface CalibrationAnswer extends Answer {
	userId: string;
	ticketId: string;
}

export interface CalibrationResults {
	agreement: CalibrationAgreement;
	/** In the session's ticket order. */
	spread: TicketSpread[];
}

/** `GET /api/qa/calibrations/:id`. */
export interface CalibrationSession extends Omit<CalibrationSummary, 'tickets' | 'participants' | 'submitted'> {
	scorecard: Scorecard;
	tickets: CalibrationTicket[];
	/** Those who count: removed participants are listed in `removed` instead. */
	participants: CalibrationParticipant[];
	/** Participants taken out before submitting; their answers count nowhere. */
	removed: { id: string; name: string; removedAt: string; removedByName: string }[];
	/** The caller may remove participants (a director, or the session's creator). */
	canManage: boolean;
	/** Before the reveal: the caller's own answers only. After: every participant's. */
	answers: CalibrationAnswer[];
	/** Null until revealed. */
	results: CalibrationResults | null;
}

/** `GET /api/qa/calibrations/options?clientId=`: what the new-session form picks from. */
export interface CalibrationOptions {
	/** The client's most recent tickets, newest first. */
	tickets: { id: string; subject: string; language: Language; channel: Channel; createdAt: string }[];
	/** Directors, and the associates assigned to the client. */
	participants: { id: string; name: string; role: 'director' | 'associate' }[];
	/** Null when the client has no scorecard yet (a session cannot be created then). */
	scorecard: { name: string; version: number } | null;
}

/** Per ticket, what each participant still has to answer (validateAnswers' words); [] when complete. */
export function missingAnswers(
	scorecard: Pick<Scorecard, 'categories'>,
	tickets: readonly { id: string; subject: string }[],
	answers: readonly Omit<CalibrationAnswer, 'userId'>[]
): string[] {
	return tickets.flatMap((ticket) =>
		validateAnswers(
			scorecard,
			answers.filter((answer) => answer.ticketId === ticket.id)
		).map((problem) => `Ticket "${ticket.subject}": ${problem}`)
	);
}
