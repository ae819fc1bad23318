import { expect, it } from 'vitest';
import { usePostgresStore } from '../helpers/postgres';
import { ClientService } from '../../server/services/clients';
import { QaCalibrationService } from '../../server/services/qa-calibration';
import { insertVersion } from '../../server/services/scorecards';
import type { Scorecard } from '../../src/lib/domain/qa/scorecard';

// The reveal on PostgreSQL, where transactions really run side by side (PGlite runs one at a
// time): the two last participants submitting at once, through separate service instances, must
// reveal the session exactly once — neither may count the other as still scoring and leave it open.

const PEOPLE = ['a1', 'a2', 'a3'];

const pgdb = usePostgresStore('calibration', async (store) => {
	await store.exec(`
		insert into app_user (id, email, name, role, password_hash) values ('dir', 'd@x.test', 'Dee', 'director', 'x');
		insert into app_user (id, email, name, role, password_hash) values ('a1', 'a1@x.test', 'A1', 'associate', 'x'),
			('a2', 'a2@x.test', 'A2', 'associate', 'x'), ('a3', 'a3@x.test', 'A3', 'associate', 'x');
		insert into client (id, name, industry, languages, time_zone) values ('c1', 'One', 'banking', '{en}', 'UTC');
		insert into client_assignment (user_id, client_id) values ('a1', 'c1'), ('a2', 'c1'), ('a3', 'c1');
		insert into ticket (id, client_id, day, source, external_id, channel, language, subject, created_at, escalation, tags, message_count)
			values ('t1', 'c1', '2026-01-05', 'csv', '1', 'email', 'en', 'First', '2026-01-05T10:00:00Z', 1, '[]', 0);
	`);
	await insertVersion(store, card());
});

it('reveals a session exactly once when its last two participants submit at once', async () => {
	const rooms = { readRoom: () => Promise.reject(new Error('not read here')) };
	const instances = [0, 1].map(() => new QaCalibrationService(pgdb.store, new ClientService(pgdb.store), { current: () => Promise.resolve(null) }, rooms));
	const director = { id: 'dir', role: 'director' as const };
	const creator = new QaCalibrationService(pgdb.store, new ClientService(pgdb.store), { current: () => Promise.resolve(card()) }, rooms);

	for (let round = 0; round < 10; round++) {
		const { id } = await creator.create(director, { clientId: 'c1', name: `Round ${round}`, ticketIds: ['t1'], participantIds: PEOPLE });
		for (const user of PEOPLE) await creator.saveAnswers({ id: user, role: 'associate' }, id, { ticketId: 't1', answers: [{ categoryId: 'greeting', value: 1 }] });
		expect(await creator.submit({ id: 'a1', role: 'associate' }, id)).toEqual({ revealed: false });
		const results = await Promise.all([
			instances[0]!.submit({ id: 'a2', role: 'associate' }, id),
			instances[1]!.submit({ id: 'a3', role: 'associate' }, id)
		]);
		expect(results.map((r) => r.revealed).sort()).toEqual([false, true]);
		const { rows } = await pgdb.store.query<{ status: string; revealed: boolean }>('select status, revealed_at is not null as revealed from qa_calibration where id = $1', [id]);
		expect(rows).toEqual([{ status: 'revealed', revealed: true }]);
	}
});

function card(): Scorecard {
	return {
		id: 'sc1',
		clientId: 'c1',
		version: 1,
		name: 'Card',
		categories: [{ id: 'greeting', name: 'Greeting', weight: 1, scale: 'binary', allowNA: false, critical: false, bonus: false }],
		createdAt: '2026-01-01T00:00:00.000Z',
		createdBy: 'dir'
	};
}
