import { z } from 'zod';

/**
 * The whole configuration surface of the server. Every variable is listed in the README's
 * configuration table; anything invalid is reported together, then the process exits.
 */
const bool = z
	.enum(['0', '1', 'true', 'false'])
	.transform((v) => v === '1' || v === 'true');

const schema = z.object({
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	HOST: z.string().min(1).default('127.0.0.1'),
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
		.optional(),
	REDIS_URL: z
		.string()
		.regex(/^rediss?:\/\//, 'must be a redis:// URL')
		.optional(),
	ORIGIN: z.url().optional(),
	SEED_DEMO: bool.default(true),
	DEMO_SEED: z.coerce.number().int().default(20261122),
	DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('demo-password'),
	SESSION_INACTIVITY_DAYS: z.coerce.number().positive().default(10),
	LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
	SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
	LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
	// Sync (server/sync): see the README's configuration table for why these defaults.
	SYNC_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(4 * 1024 * 1024),
	SYNC_FLUSH_DEBOUNCE_MS: z.coerce.number().int().min(0).default(250),
	SYNC_FLUSH_MAX_WAIT_MS: z.coerce.number().int().min(0).default(2000),
	SYNC_COMPACT_ROWS: z.coerce.number().int().min(2).default(200),
	SYNC_ROOM_IDLE_MS: z.coerce.number().int().min(0).default(30_000),
	SYNC_AWARENESS_THROTTLE_MS: z.coerce.number().int().min(0).default(50)
});

export type Config = z.infer<typeof schema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

export function readConfig(env: Record<string, string | undefined>): ConfigResult {
	// Empty strings mean "unset" so that `PORT= npm start` behaves like no PORT at all.
	const cleaned = Object.fromEntries(
		Object.entries(env).filter(([key, value]) => key in schema.shape && value !== '')
	);
	const parsed = schema.safeParse(cleaned);
	if (parsed.success) return { ok: true, config: parsed.data };
	return {
		ok: false,
		errors: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
	};
}
