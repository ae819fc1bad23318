import {
	categoriesQuery,
	categoryNames,
	disputesQuery,
	distributionQuery,
	iqsSeriesQuery,
	reviewersQuery,
	toCategoryStats,
	toDisputeWeeks,
	toIqsPoints,
	toReviewerStats,
	toScoreBuckets,
	type Dashboard,
	type DashboardQuery,
	type DashboardScope,
	type SqlQuery
} from '#domain/qa/dashboard';
import type { Category } from '#domain/qa/scorecard';
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
		// One at a time: PGlite has a single connection, and PostgreSQL's pool is shared.
		const iqs = toIqsPoints(await this.rows(iqsSeriesQuery(scope, query.groupBy)));
		const categories = toCategoryStats(await this.rows(categoriesQuery(scope)), await this.categoryNames(scope.clientIds));
		const distribution = toScoreBuckets(await this.rows(distributionQuery(scope)));
		const reviewers = hero ? null : toReviewerStats(await this.rows(reviewersQuery(scope)));
		const disputes = hero ? null : toDisputeWeeks(await this.rows(disputesQuery(scope)));
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

	private async rows<T>({ sql, params }: SqlQuery): Promise<T[]> {
		return (await this.store.query<T>(sql, params)).rows;
	}

	private async categoryNames(clientIds: readonly string[]): Promise<Map<string, string>> {
		const rows = await this.rows<{ version: number; created_at: Date | string; categories: Category[] }>({
			sql: 'select version, created_at, categories from qa_scorecard where client_id = any($1::text[])',
			params: [[...clientIds]]
		});
		return categoryNames(rows.map((row) => ({ ...row, createdAt: new Date(row.created_at).toISOString() })));
	}

	private async userNames(ids: string[]): Promise<Record<string, string>> {
		if (ids.length === 0) return {};
		const rows = await this.rows<{ id: string; name: string }>({ sql: 'select id, name from app_user where id = any($1::text[])', params: [ids] });
		return Object.fromEntries(rows.map((row) => [row.id, row.name]));
	}
}
