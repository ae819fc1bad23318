import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type { Role } from '#domain/access';
import type { Queryable } from '../db/store';
import { randomString } from '../ids';

/**
 * Sessions exactly as the Lucia guide builds them: the token handed to the browser is
 * `<id>.<secret>`; the database keeps the id and the SHA-256 of the secret, so a leaked
 * sessions table cannot be replayed. Expiry slides: a session unused for the inactivity
 * timeout is gone; activity refreshes it at most once per ACTIVITY_CHECK_MS.
 */

const ACTIVITY_CHECK_MS = 60 * 60 * 1000;

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	role: Role;
	languages: string[];
	locale: string;
}

export interface ValidSession {
	sessionId: string;
	user: SessionUser;
	/** True when the expiry slid forward: the caller should re-send the cookie. */
	refreshed: boolean;
	expiresAt: Date;
}

function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

export class SessionService {
	readonly inactivityMs: number;

	constructor(
		private readonly db: Queryable,
		inactivityDays: number,
		private readonly now: () => Date = () => new Date()
	) {
		this.inactivityMs = inactivityDays * 24 * 60 * 60 * 1000;
	}

	async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
		const id = randomString(24);
		const secret = randomString(24);
		const now = this.now();
		await this.db.query(
			`insert into user_session (id, user_id, secret_hash, created_at, last_verified_at)
			 values ($1, $2, $3, $4, $4)`,
			[id, userId, hashSecret(secret), now]
		);
		return { token: `${id}.${secret}`, expiresAt: new Date(now.getTime() + this.inactivityMs) };
	}

	async validate(token: string): Promise<ValidSession | null> {
		const parts = token.split('.');
		if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 100) return null;
		const [id, secret] = parts as [string, string];
		const { rows } = await this.db.query<{
			secret_hash: Uint8Array;
			last_verified_at: Date;
			user_id: string;
			email: string;
			name: string;
			role: Role;
			languages: string[];
			locale: string;
			active: boolean;
		}>(
			`select s.secret_hash, s.last_verified_at, u.id as user_id, u.email, u.name, u.role,
			        u.languages, u.locale, u.active
			   from user_session s join app_user u on u.id = s.user_id
			  where s.id = $1`,
			[id]
		);
		const row = rows[0];
		if (!row) return null;
		if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secret_hash))) return null;

		const now = this.now();
		const lastVerified = new Date(row.last_verified_at);
		if (!row.active || now.getTime() - lastVerified.getTime() >= this.inactivityMs) {
			await this.invalidate(id);
			return null;
		}
		let refreshed = false;
		let verifiedAt = lastVerified;
		if (now.getTime() - lastVerified.getTime() >= ACTIVITY_CHECK_MS) {
			await this.db.query('update user_session set last_verified_at = $2 where id = $1', [id, now]);
			refreshed = true;
			verifiedAt = now;
		}
		return {
			sessionId: id,
			refreshed,
			expiresAt: new Date(verifiedAt.getTime() + this.inactivityMs),
			user: {
				id: row.user_id,
				email: row.email,
				name: row.name,
				role: row.role,
				languages: row.languages,
				locale: row.locale
			}
		};
	}

	async invalidate(sessionId: string): Promise<void> {
		await this.db.query('delete from user_session where id = $1', [sessionId]);
	}

	async invalidateUser(userId: string): Promise<void> {
		await this.db.query('delete from user_session where user_id = $1', [userId]);
	}
}
