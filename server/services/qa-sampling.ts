import { DEFAULT_SAMPLING_SETTINGS, samplingSettings, type SamplingSettings, type SamplingSettingsInput } from '#domain/qa/sampling';
import type { Queryable } from '../db/store';
import { ServiceError } from '../errors';
import type { ClientService, Viewer } from './clients';

/** A client's sampling rules as the API returns them; `updatedAt` null while on the defaults. */
export interface SamplingRecord {
	clientId: string;
	settings: SamplingSettings;
	updatedAt: string | null;
	updatedBy: string | null;
}

interface Row {
	settings: unknown;
	updated_at: Date | null;
	updated_by: string | null;
}

/**
 * The weekly QA sampling rules of each client (`qa_sampling`): directors write them, directors
 * and the client's associates read them; the job reads them without a viewer.
 */
export class QaSamplingService {
	constructor(
		private readonly db: Queryable,
		private readonly clients: ClientService
	) {}

	async get(viewer: Viewer, clientId: string): Promise<SamplingRecord> {
		if (viewer.role !== 'director' && viewer.role !== 'associate') throw new ServiceError(403, 'Your role may not see sampling rules.');
		await this.clients.getFor(viewer, clientId);
		return this.record(clientId);
	}

	/** Replaces the client's rules (absent fields take their defaults). */
	async put(viewer: Viewer, clientId: string, input: SamplingSettingsInput): Promise<SamplingRecord> {
		if (viewer.role !== 'director') throw new ServiceError(403, 'Only directors change sampling rules.');
		await this.clients.getFor(viewer, clientId);
		const parsed = samplingSettings.safeParse(input);
		if (!parsed.success) throw new ServiceError(400, parsed.error.issues[0]?.message ?? 'Invalid sampling rules.');
		const settings = parsed.data;
		await this.db.query(
			`insert into qa_sampling (client_id, settings, updated_at, updated_by) values ($1, $2, now(), $3)
			 on conflict (client_id) do update set settings = excluded.settings, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
			[clientId, JSON.stringify(settings), viewer.id]
		);
		return this.record(clientId);
	}

	/** The rules the job samples a client with: the stored ones, or the defaults. No access check. */
	async settingsFor(clientId: string): Promise<SamplingSettings> {
		return (await this.record(clientId)).settings;
	}

	private async record(clientId: string): Promise<SamplingRecord> {
		const { rows } = await this.db.query<Row>('select settings, updated_at, updated_by from qa_sampling where client_id = $1', [clientId]);
		const row = rows[0];
		if (!row) return { clientId, settings: structuredClone(DEFAULT_SAMPLING_SETTINGS), updatedAt: null, updatedBy: null };
		return {
			clientId,
			// Written through the same schema: a row that no longer parses is a bug worth a failure.
			settings: samplingSettings.parse(row.settings),
			updatedAt: row.updated_at ? new Date(row.updated_at).toISOString() : null,
			updatedBy: row.updated_by
		};
	}
}
