import { api } from '$lib/ui/api';

/** A director or associate who works a client's account (GET /api/clients/:id/team). */
export interface TeamMember {
	id: string;
	name: string;
	role: 'director' | 'associate';
}

const key = (clientId: string) => `ops.team.${clientId}`;

/**
 * A client's team from the server, remembered on this device so owners can still be chosen
 * offline; the remembered copy (or []) when the server cannot be reached.
 */
export async function loadTeam(fetchFn: typeof fetch, clientId: string): Promise<TeamMember[]> {
	try {
		const team = await api<TeamMember[]>(fetchFn, `/api/clients/${encodeURIComponent(clientId)}/team`);
		try {
			localStorage.setItem(key(clientId), JSON.stringify(team));
		} catch {
			// Storage full or unavailable: the list just is not remembered.
		}
		return team;
	} catch {
		return rememberedTeam(clientId);
	}
}

export function rememberedTeam(clientId: string): TeamMember[] {
	try {
		const raw = localStorage.getItem(key(clientId));
		const parsed: unknown = raw ? JSON.parse(raw) : [];
		return Array.isArray(parsed) ? (parsed as TeamMember[]) : [];
	} catch {
		return [];
	}
}
