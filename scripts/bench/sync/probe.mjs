// Preloaded into every benchmarked server (`node --expose-gc --import …/probe.mjs`): answers the
// benchmark's questions over IPC — memory after a full garbage collection, CPU time used — so
// the three servers are measured the same way whatever they are made of.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';

// BENCH_LOOP_DELAY=1 (diagnosis only: it adds a 1 ms timer): the longest event-loop stall.
const loop = process.env.BENCH_LOOP_DELAY === '1' ? monitorEventLoopDelay({ resolution: 1 }) : null;
loop?.enable();

if (process.send) {
	process.on('message', (message) => {
		if (message?.type === 'loop') {
			process.send({ type: 'loop', id: message.id, max: loop ? loop.max / 1e6 : null, p99: loop ? loop.percentile(99) / 1e6 : null });
			loop?.reset();
			return;
		}
		if (message?.type === 'cpu') {
			const { user, system } = process.cpuUsage();
			process.send({ type: 'cpu', id: message.id, ms: (user + system) / 1000 });
			return;
		}
		if (message?.type === 'profile') {
			profile(message.file).then((file) => process.send({ type: 'profile', id: message.id, file }));
			return;
		}
		if (message?.type !== 'memory') return;
		globalThis.gc?.();
		globalThis.gc?.();
		const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
		process.send({ type: 'memory', id: message.id, rss, heapUsed, external, arrayBuffers });
	});
	// Diagnosis: a CPU profile of one phase. The first `profile` message starts it, the next one
	// (with a file name) writes it as a .cpuprofile (Chrome DevTools, speedscope).
	let session = null;
	const post = (method, params) =>
		new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
	async function profile(file) {
		if (!session) {
			session = new Session();
			session.connect();
			await post('Profiler.enable');
			await post('Profiler.setSamplingInterval', { interval: 100 });
			await post('Profiler.start');
			return null;
		}
		const { profile: result } = await post('Profiler.stop');
		session.disconnect();
		session = null;
		writeFileSync(file, JSON.stringify(result));
		return file;
	}
	// Listening must not keep a server alive on its own, and a server must not outlive the
	// benchmark (killed, crashed, timed out): without it, stop the way `npm start` does.
	process.channel?.unref();
	process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
