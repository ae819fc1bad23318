const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

export interface Logger {
	debug(message: string): void;
	info(message: string): void;
	warn(message: string): void;
	error(message: string, error?: unknown): void;
}

/** One line per event on stderr, so stdout stays free for the "listening on" line. */
export function createLogger(level: LogLevel): Logger {
	const min = LEVELS.indexOf(level);
	const write = (at: LogLevel, message: string) => {
		if (LEVELS.indexOf(at) >= min) process.stderr.write(`${new Date().toISOString()} ${at} ${message}\n`);
	};
	return {
		debug: (message) => write('debug', message),
		info: (message) => write('info', message),
		warn: (message) => write('warn', message),
		error: (message, error) =>
			write('error', error instanceof Error ? `${message}: ${error.stack ?? error.message}` : message)
	};
}
