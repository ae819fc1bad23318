import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, ServerExited, startServer } from '../helpers/server';

const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	scratch.push(dir);
	return dir;
}

/** A copy of the built application whose migration files the test may edit. */
function copyOfApp(): string {
	const root = tempDir('ops-console-app-');
	const here = resolve('.');
	for (const entry of ['package.json', 'build', 'migrations']) {
		cpSync(join(here, entry), join(root, entry), { recursive: true });
	}
	symlinkSync(join(here, 'node_modules'), join(root, 'node_modules'));
	return root;
}

describe('server lifecycle', () => {
	it('exits with a list of every configuration problem', async () => {
		const error = await startServer({
			env: { PORT: 'abc', DATABASE_URL: 'mysql://nope', DEMO_PASSWORD: 'x' }
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ServerExited);
		const { code, log } = error as ServerExited;
		expect(code).toBe(1);
		expect(log).toMatch(/Invalid configuration/);
		expect(log).toMatch(/PORT/);
		expect(log).toMatch(/DATABASE_URL/);
		expect(log).toMatch(/DEMO_PASSWORD/);
	});

	// Three starts, the first seeding the whole demo workspace (tickets and reviews included).
	it('keeps data across a graceful restart and refuses to start once a migration was edited', { timeout: 120_000 }, async () => {
		const root = copyOfApp();
		const dataDir = tempDir('ops-console-data-');

		const first = await startServer({ cwd: root, dataDir });
		const admin = new ApiClient(first.url);
		await admin.login('admin@demo.test');
		const created = await admin.post('/api/clients', {
			name: 'Survives Restart',
			industry: 'mobility',
			languages: ['de'],
			timeZone: 'Europe/Berlin'
		});
		expect(created.status).toBe(201);
		expect(await first.stop()).toBe(0);

		const second = await startServer({ cwd: root, dataDir });
		const again = new ApiClient(second.url);
		await again.login('admin@demo.test');
		const names = ((await (await again.get('/api/clients')).json()) as { name: string }[]).map((c) => c.name);
		expect(names).toContain('Survives Restart');
		expect(names).toHaveLength(13); // seeded once, not twice
		expect(await second.stop()).toBe(0);

		appendFileSync(join(root, 'migrations', '0001_identity.server.sql'), '\n-- changed later\n');
		const error = await startServer({ cwd: root, dataDir }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ServerExited);
		expect((error as ServerExited).code).toBe(1);
		expect((error as ServerExited).log).toMatch(/Refusing to start: .*0001_identity\.server\.sql/);
	});
});
