import { LoginService } from './auth/login';
import { SessionService } from './auth/sessions';
import { openStore } from './db/open';
import type { Store } from './db/store';
import type { Config } from './env';
import { qaSampling } from './jobs/qa-sampling';
import { JobScheduler } from './jobs/scheduler';
import { sessionsCleanup } from './jobs/sessions-cleanup';
import { createLogger, type Logger } from './log';
import { seedDemoWorkspace } from './seed/demo';
import { seedDemoKnowledgeBase } from './seed/demo-kb';
import { seedDemoPlaybooks } from './seed/demo-playbooks';
import { seedDemoReviews } from './seed/demo-reviews';
import { seedDemoScorecards } from './seed/demo-scorecards';
import { seedDemoTickets } from './seed/demo-tickets';
import { ClientService } from './services/clients';
import { KbService } from './services/kb';
import { KbSearchService } from './services/kb-search';
import { OnboardingService } from './services/onboardings';
import { PlaybookService } from './services/playbooks';
import { QaService } from './services/qa';
import { QaDisputeService } from './services/qa-disputes';
import { QaCalibrationService } from './services/qa-calibration';
import { QaDashboardService } from './services/qa-dashboard';
import { QaSamplingService } from './services/qa-sampling';
import { ScorecardService } from './services/scorecards';
import { TicketService } from './services/tickets';
import { UserService } from './services/users';
import { syncOptions } from './sync/options';
import { SyncService } from './sync/service';

/**
 * Everything the server runs on, built once by the composition root (server/main.ts) and
 * handed to SvelteKit's request handling through `event.locals.app`.
 */
export interface App {
	config: Config;
	log: Logger;
	store: Store;
	sessions: SessionService;
	login: LoginService;
	users: UserService;
	clients: ClientService;
	/** Knowledge-base articles: rows here, text in their `kb.<id>` rooms (seeded through `sync`). */
	kb: KbService;
	/** Search and suggestions over published articles (the browser runs the same query offline). */
	kbSearch: KbSearchService;
	/** Sync rooms: the y-websocket endpoint and the server's own peer API (server/sync). */
	sync: SyncService;
	/** Tickets: imported into their day rooms `tickets.<clientId>.<day>` and the `ticket` table. */
	tickets: TicketService;
	/** Scheduled jobs and their run records (server/jobs); main.ts starts them once listening. */
	jobs: JobScheduler;
	/** QA scorecards, one per client, versioned (`current(clientId)` for jobs, no access check). */
	scorecards: ScorecardService;
	/** QA reviews and IQS read from `qa_review`, which sync projects from the `qa.*` rooms. */
	qa: QaService;
	/** QA disputes: heroes raise them on their reviews, directors and associates resolve them (in the month rooms). */
	qaDisputes: QaDisputeService;
	/** The QA dashboard's chart series (one SQL aggregate each over the same tables). */
	qaDashboard: QaDashboardService;
	/** Weekly QA sampling rules per client (the qa-sampling job reads them). */
	qaSampling: QaSamplingService;
	/** QA calibration sessions: server tables (blind until revealed), transcripts read from day rooms. */
	qaCalibration: QaCalibrationService;
	/** Playbook templates: rows here, text in their `playbook.<id>` rooms co-edited by directors. */
	playbooks: PlaybookService;
	/** Onboarding projects started from templates (`onboarding.<id>` rooms), listed from their projection. */
	onboardings: OnboardingService;
	close(): Promise<void>;
}

export async function createApp(config: Config): Promise<App> {
	const log = createLogger(config.LOG_LEVEL);
	const { store, applied } = await openStore({
		dataDir: config.DATA_DIR,
		databaseUrl: config.DATABASE_URL
	});
	if (applied.length > 0) log.info(`applied migrations: ${applied.join(', ')}`);

	if (config.SEED_DEMO) {
		const result = await seedDemoWorkspace(store, {
			seed: config.DEMO_SEED,
			password: config.DEMO_PASSWORD
		});
		if (result.seeded) log.info(`seeded demo workspace: ${result.users} users, ${result.clients} clients`);
	}

	const sessions = new SessionService(store, config.SESSION_INACTIVITY_DAYS);
	const users = new UserService(store, sessions);
	// --- sync (issue 3): rooms over the same store; access changes close live connections.
	const sync = new SyncService({ store, sessions, logger: log, options: syncOptions(config) });
	const kb = new KbService(store, sync);
	const clients = new ClientService(store);
	const kbSearch = new KbSearchService(store, clients);
	const backfilled = await kbSearch.backfill();
	if (backfilled > 0) log.info(`made ${backfilled} published articles searchable`);
	if (config.SEED_DEMO) {
		// Through the same service calls as a director's browser: rows, rooms, revisions.
		const result = await seedDemoKnowledgeBase({ store, kb, sync });
		if (result.seeded) log.info(`seeded demo knowledge base: ${result.articles} articles`);
	}
	users.onAccessChanged = (userId) => void sync.accessChanged(userId);
	// --- end sync
	const tickets = new TicketService(store, sync, clients);
	if (config.SEED_DEMO) {
		const result = await seedDemoTickets(store, { seed: config.DEMO_SEED, endDay: new Date().toISOString().slice(0, 10) });
		if (result.seeded) log.info(`seeded demo tickets: ${result.tickets} tickets in ${result.rooms} day rooms`);
	}
	// --- scorecards: versioned per client; demo clients get theirs once the workspace exists.
	const scorecards = new ScorecardService(store, clients);
	if (config.SEED_DEMO) {
		const result = await seedDemoScorecards(store);
		if (result.seeded) log.info(`seeded demo scorecards: ${result.versions} versions`);
	}
	// --- end scorecards
	// --- qa: reviews and IQS for the API, from the tables sync projects the month rooms into.
	const qa = new QaService(store, clients);
	// --- end qa
	// --- qa disputes: written into the reviews' month rooms through sync, listed from qa_dispute.
	const qaDisputes = new QaDisputeService(store, clients, sync);
	// --- end qa disputes
	// --- qa dashboard: the charts' series, with the reviews API's role walls.
	const qaDashboard = new QaDashboardService(store, clients);
	// --- end qa dashboard
	// --- qa sampling: rules per client; the demo's past weeks of reviews, sampled like the job.
	const qaSamplingRules = new QaSamplingService(store, clients);
	if (config.SEED_DEMO) {
		const started = performance.now();
		const result = await seedDemoReviews({ store, sync, seed: config.DEMO_SEED });
		const took = ((performance.now() - started) / 1000).toFixed(1);
		if (result.seeded) log.info(`seeded demo reviews: ${result.reviews} (${result.submitted} submitted) in ${result.rooms} rooms, ${took} s`);
	}
	// --- end qa sampling
	// --- qa calibration: blind sessions in server tables (never a room: every peer would get every answer).
	const qaCalibration = new QaCalibrationService(store, clients, scorecards, sync);
	// --- end qa calibration
	// --- playbooks: templates co-edited in rooms, onboarding projects started from them.
	const playbooks = new PlaybookService(store, sync);
	const onboardings = new OnboardingService(store, sync, playbooks);
	if (config.SEED_DEMO) {
		const result = await seedDemoPlaybooks({ store, sync, seed: config.DEMO_SEED, today: new Date().toISOString().slice(0, 10) });
		if (result.seeded) log.info(`seeded demo playbooks: ${result.templates} templates, ${result.onboardings} onboardings`);
	}
	const versioned = await onboardings.backfillVersions();
	if (versioned > 0) log.info(`versioned ${versioned} onboarding projects`);
	// --- end playbooks
	// --- jobs: one scheduler for every job; runs are recorded in job_run.
	const jobs = new JobScheduler({
		store,
		log,
		jobs: [
			sessionsCleanup({ db: store, inactivityMs: sessions.inactivityMs }),
			qaSampling({ store, rooms: sync, scorecards, sampling: qaSamplingRules })
		]
	});
	// --- end jobs
	return {
		config,
		log,
		store,
		sessions,
		login: new LoginService(store, sessions, config.LOGIN_RATE_LIMIT),
		users,
		clients,
		kb,
		kbSearch,
		sync,
		tickets,
		jobs,
		scorecards,
		qa,
		qaDisputes,
		qaDashboard,
		qaSampling: qaSamplingRules,
		qaCalibration,
		playbooks,
		onboardings,
		// Rooms are written before the store they are written to closes.
		close: async () => {
			// --- jobs: runs end (and are recorded) while the rooms and the store are still open.
			await jobs.stop();
			// --- end jobs
			await sync.close();
			await store.close();
		}
	};
}
