import {
	dashboardSeriesQuery,
	toDashboardSeries,
	type Dashboard,
	type DashboardQuery,
	type DashboardScope,
	type DashboardSeriesRow
} from '#domain/qa/dashboard';
import type { Store } from '../db/store';
import { ServiceError } from '../errors';
import type { ClientService, Viewer } from './clients';

/**
 * The QA dashboard (`GET /api/qa/dashboard`): the five chart series of src/lib/domain/qa/dashboard.ts
 * over the server's `qa_review` tables, with QaService's walls: directors every client,
 * associates their assigned clients, heroes only the submitted reviews of their own tickets and
 * neither the reviewers' consistency nor the dispute rate (both are about other people's work);
 * admins nothing.
 */
export class QaDashboardService {
	constructor(
		private readonly store: Store,
		private readonly clients: ClientService
	) {}

	async dashboard(viewer: Viewer, query: DashboardQuery): Promise<Dashboard> {
		if (viewer.role === 'admin') throw new ServiceError(403, 'Admins do not see QA reviews.');
		const clients = query.clientId ? [await this.clients.getFor(viewer, query.clientId)] : await this.clients.listFor(viewer);
		const scope: DashboardScope = {
			clientIds: clients.map((client) => client.id),
			from: query.from,
			to: query.to,
			heroId: viewer.role === 'hero' ? viewer.id : null
		};
		const hero = viewer.role === 'hero';
		// Every series in one statement, over one evaluation of the scope.
		const { sql, params } = dashboardSeriesQuery(scope, query.groupBy, !hero);
		const { iqs, categories, distribution, reviewers, disputes } = toDashboardSeries((await this.store.query<DashboardSeriesRow>(sql, params)).rows[0]!);
		const people = new Set([...(reviewers ?? []).map((row) => row.reviewerId), ...(query.groupBy === 'hero' ? iqs.map((row) => row.key) : [])]);
		return {
			from: query.from,
			to: query.to,
			groupBy: query.groupBy,
			clientIds: scope.clientIds.slice(),
			iqs,
			categories,
			distribution,
			reviewers,
			disputes,
			names: {
				clients: Object.fromEntries(clients.map((client) => [client.id, client.name])),
				users: await this.userNames([...people].filter(Boolean))
			}
		};
	}

	private async userNames(ids: string[]): Promise<Record<string, string>> {
		if (ids.length === 0) return {};
		const { rows } = await this.store.query<{ id: string; name: string }>('select id, name from app_user where id = any($1::text[])', [ids]);
		return Object.fromEntries(rows.map((row) => [row.id, row.name]));
	}
}
