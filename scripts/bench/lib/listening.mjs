/**
 * The URL a spawned server prints (`listening on http://HOST:PORT`), read from its stdout; rejects
 * if it exits first or says nothing within 60 s, with what it printed.
 *
 * @param {import('node:child_process').ChildProcess} child
 * @param {Promise<number | null>} exited resolves with the exit code
 * @param {string} name for the error message
 * @param {() => string} output everything it printed so far
 * @returns {Promise<string>}
 */
export function listeningUrl(child, exited, name, output) {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${name} did not start in 60 s:\n${output()}`)), 60_000);
		const onData = () => {
			const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output());
			if (!match) return;
			clearTimeout(timer);
			child.stdout?.off('data', onData);
			resolve(match[1]);
		};
		child.stdout?.on('data', onData);
		void exited.then((code) => {
			clearTimeout(timer);
			reject(new Error(`${name} exited with ${code}:\n${output()}`));
		});
	});
}
