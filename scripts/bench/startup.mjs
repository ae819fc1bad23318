// Start-up times, as a new user meets them:
//  1. `npm start` in a fresh clone (dependencies installed, no build, empty data dir) until
//     /api/health answers: includes the production build, initdb and the demo seed;
//  2. the same clone started again (built, data present);
//  3. in Chromium: opening the console (signed out) until the sign-in form is interactive, and
//     signing in until the console's navigation is interactive.
// Usage: npm run bench -- startup [--skip-cold]
import { spawn, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const skipCold = process.argv.includes('--skip-cold');
const repo = resolve('.');

const freePort = () =>
	new Promise((ok) => {
		const srv = createServer().listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => ok(port));
		});
	});

async function timeStart(cwd, dataDir) {
	const port = await freePort();
	const started = performance.now();
	const child = spawn('npm', ['start'], {
		cwd,
		env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
		stdio: 'ignore',
		detached: true
	});
	const url = `http://127.0.0.1:${port}`;
	for (;;) {
		try {
			const r = await fetch(`${url}/api/health`);
			if (r.ok) break;
		} catch {
			/* not up yet */
		}
		if (child.exitCode !== null) throw new Error('npm start exited');
		await new Promise((r) => setTimeout(r, 50));
	}
	const ms = performance.now() - started;
	return { ms, url, stop: () => process.kill(-child.pid, 'SIGTERM') };
}

const work = mkdtempSync(join(tmpdir(), 'ops-console-bench-'));
const clone = join(work, 'clone');
execSync(`git clone -q "${repo}" "${clone}"`);
symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));
const dataDir = join(work, 'data');
const rows = [];
try {
	if (!skipCold) {
		const cold = await timeStart(clone, dataDir);
		rows.push(['npm start, fresh clone → /api/health OK (build + initdb + seed)', cold.ms]);
		cold.stop();
		await new Promise((r) => setTimeout(r, 2000));
	} else {
		execSync('npm run build', { cwd: clone, stdio: 'ignore' });
	}
	const warm = await timeStart(clone, dataDir);
	rows.push(['npm start, built, data present → /api/health OK', warm.ms]);

	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
	});
	const page = await browser.newPage();
	let t = performance.now();
	await page.goto(warm.url + '/');
	await page.getByLabel(/email/i).waitFor();
	rows.push(['open console (signed out) → sign-in form interactive', performance.now() - t]);
	await page.getByLabel(/email/i).fill('director@demo.test');
	await page.getByLabel(/password/i).fill('demo-password');
	t = performance.now();
	await page.keyboard.press('Enter');
	await page.locator('nav [data-section]').first().waitFor();
	rows.push(['sign in → console navigation interactive', performance.now() - t]);
	await page.locator('[data-testid="sync-status"][data-local="ready"]').waitFor({ timeout: 60_000 });
	rows.push(['sign in → local store ready (first visit: PGlite download + initialised data directory into OPFS)', performance.now() - t]);
	t = performance.now();
	await page.reload();
	await page.locator('nav [data-section]').first().waitFor();
	rows.push(['reload a console page (warm) → navigation interactive', performance.now() - t]);
	await page.locator('[data-testid="sync-status"][data-local="ready"]').waitFor({ timeout: 60_000 });
	rows.push(['reload a console page (warm) → local store ready', performance.now() - t]);
	await browser.close();
	warm.stop();
} finally {
	await new Promise((r) => setTimeout(r, 1500));
	rmSync(work, { recursive: true, force: true });
}
console.log('| measurement | ms |\n|---|---|');
for (const [label, ms] of rows) console.log(`| ${label} | ${Math.round(ms)} |`);
