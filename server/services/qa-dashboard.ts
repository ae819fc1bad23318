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
		// Every series and the names they need in one statement, over one evaluation of the scope.
		const { sql, params } = dashboardSeriesQuery(scope, query.groupBy, !hero);
		const { iqs, categories, distribution, reviewers, disputes, userNames } = toDashboardSeries((await this.store.query<DashboardSeriesRow>(sql, params)).rows[0]!);
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
				users: userNames
			}
		};
	}
}
