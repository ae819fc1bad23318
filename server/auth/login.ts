import type { Queryable } from '../db/store';
import { ServiceError } from '../errors';
import { verifyPassword } from './password';
import { RateLimiter } from './rate-limit';
import type { SessionService } from './sessions';

const WINDOW_MS = 15 * 60 * 1000;

// Verifying against a real hash when the email is unknown keeps the response time the same,
// so timing does not reveal which emails have accounts.
const DUMMY_HASH =
	'$argon2id$v=19$m=19456,t=2,p=1$Rs4dyOXJDdxREIjlpcYsOg$YIOVuOOswnJpLNvLDvlKJTn/ZEf0jMysWEZMH/IFftk';

/**
 * Sign-in with rate limits per email (failed attempts) and per client address (all attempts),
 * so one address cannot spray many accounts and many addresses cannot hammer one account.
 */
export class LoginService {
	private readonly perEmail: RateLimiter;
	private readonly perAddress: RateLimiter;

	constructor(
		private readonly db: Queryable,
		private readonly sessions: SessionService,
		limit: number
	) {
		this.perEmail = new RateLimiter(limit, WINDOW_MS);
		this.perAddress = new RateLimiter(limit * 5, WINDOW_MS);
	}

	async login(emailInput: string, password: string, address: string) {
		const email = emailInput.trim().toLowerCase();
		const retryAfter = Math.max(
			this.perEmail.retryAfter(email),
			this.perAddress.retryAfter(address)
		);
		if (retryAfter > 0) {
			const minutes = Math.ceil(retryAfter / 60);
			throw new ServiceError(
				429,
				`Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
				{ 'retry-after': String(retryAfter) }
			);
		}
		this.perAddress.hit(address);

		const { rows } = await this.db.query<{
			id: string;
			password_hash: string;
			active: boolean;
			locale: string;
		}>('select id, password_hash, active, locale from app_user where email = $1', [email]);
		const user = rows[0];
		const valid = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
		if (!user || !valid || !user.active) {
			this.perEmail.hit(email);
			throw new ServiceError(401, 'Wrong email or password.');
		}
		this.perEmail.reset(email);
		const session = await this.sessions.create(user.id);
		return { userId: user.id, locale: user.locale, ...session };
	}
}
