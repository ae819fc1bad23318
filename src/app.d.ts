import type { App as ServerApp } from '#server/app';
import type { SessionUser } from '#server/auth/sessions';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			app: ServerApp;
			user: SessionUser | null;
			sessionId: string | null;
		}
	}
}

export {};
