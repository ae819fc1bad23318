import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openPostgresStore } from '../../server/db/postgres-store';
import { storeSuite } from '../store/suite';

// The machine's PostgreSQL; each test gets a database of its own, dropped afterwards.
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = new pg.Client({ connectionString: ADMIN_URL });
const run = Date.now().toString(36);
let counter = 0;

beforeAll(() => admin.connect());
afterAll(() => admin.end());

const names = new WeakMap<object, string>();

storeSuite('PostgreSQL', {
	open: async () => {
		const name = `ops_console_test_${run}_${counter++}`;
		await admin.query(`create database ${name}`);
		const url = new URL(ADMIN_URL);
		url.pathname = `/${name}`;
		const store = await openPostgresStore(url.toString());
		names.set(store, name);
		return store;
	},
	dispose: async (store) => {
		await store.close();
		await admin.query(`drop database if exists ${names.get(store)!}`);
	}
});
