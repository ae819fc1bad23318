import {
	SECTION_PATHS,
	canEditClients,
	canUseSection,
	sectionsFor,
	type Role,
	type Section
} from '$lib/domain/access';
import type { User } from '$lib/domain/directory';
import { m } from '$lib/paraglide/messages.js';
import { api } from './api';
import { industryLabel, sectionLabel } from './labels';
import { CommandPalette, type PaletteItem } from './palette.svelte';
import { Shortcuts } from './shortcuts.svelte';

/**
 * State of the console shell: which dialogs are open, the command palette and its sources,
 * and the keyboard shortcuts. The layout creates one and renders it.
 */

export interface PaletteClient {
	id: string;
	name: string;
	industry: string;
}

export interface ShellDeps {
	role: () => Role;
	clients: () => readonly PaletteClient[];
	navigate: (href: string) => void;
	fetch: typeof fetch;
}

export class Shell {
	helpOpen = $state(false);
	readonly palette: CommandPalette;
	readonly shortcuts: Shortcuts;
	#users = $state<readonly User[]>([]);
	#onboardings = $state<readonly { id: string; name: string; clientName: string }[]>([]);
	#templates = $state<readonly { id: string; name: string; archived?: boolean }[]>([]);
	readonly #deps: ShellDeps;

	constructor(deps: ShellDeps) {
		this.#deps = deps;
		this.palette = new CommandPalette(
			() => this.paletteItems,
			() => {
				void this.#loadUsers();
				void this.#loadPlaybooks();
			}
		);
		this.shortcuts = new Shortcuts({
			sections: () => this.sections,
			openHelp: () => {
				this.palette.hide();
				this.helpOpen = true;
			},
			togglePalette: () => {
				this.helpOpen = false;
				this.palette.toggle();
			},
			goToSection: (section) => deps.navigate(SECTION_PATHS[section])
		});
	}

	readonly sections: readonly Section[] = $derived.by(() => sectionsFor(this.#deps.role()));

	readonly paletteItems: PaletteItem[] = $derived.by(() => {
		const role = this.#deps.role();
		const items: PaletteItem[] = this.sections.map((section) => ({
			id: section,
			kind: 'section',
			label: sectionLabel(section),
			href: SECTION_PATHS[section]
		}));
		if (canEditClients(role)) {
			items.push({ id: 'new-client', kind: 'page', label: m.clients_new(), href: '/clients/new' });
		}
		if (role === 'admin') {
			items.push({ id: 'invite-user', kind: 'page', label: m.admin_invite(), href: '/admin/users/new' });
		}
		// As the pages' own guards: the import API takes directors and associates, /api/jobs
		// directors and admins.
		if (role === 'director' || role === 'associate') {
			items.push({ id: 'import-tickets', kind: 'page', label: m.qa_import_title(), href: '/qa/import' });
			items.push({ id: 'qa-queue', kind: 'page', label: m.qa_queue_title(), href: '/qa/queue' });
			items.push({ id: 'qa-disputes', kind: 'page', label: m.qa_dispute_title(), href: '/qa/disputes' });
			items.push({ id: 'qa-calibration', kind: 'page', label: m.qa_calibration_title(), href: '/qa/calibration' });
		}
		if (role === 'hero') {
			items.push({ id: 'qa-results', kind: 'page', label: m.qa_results_title(), href: '/qa/results' });
		}
		if (canUseSection(role, 'qa')) {
			items.push({ id: 'qa-charts', kind: 'page', label: m.qa_charts_title(), href: '/qa/charts' });
		}
		if (role === 'director' || role === 'admin') {
			items.push({ id: 'jobs', kind: 'page', label: m.jobs_title(), href: '/jobs' });
		}
		if (this.sections.includes('clients')) {
			for (const client of this.#deps.clients()) {
				items.push({
					id: client.id,
					kind: 'client',
					label: client.name,
					detail: industryLabel(client.industry),
					href: `/clients/${encodeURIComponent(client.id)}`
				});
			}
		}
		if (canUseSection(role, 'playbooks')) {
			if (role === 'director') {
				items.push({ id: 'start-onboarding', kind: 'page', label: m.pbp_start(), href: '/playbooks/onboardings/new' });
				items.push({ id: 'playbook-templates', kind: 'page', label: m.pbp_templates(), href: '/playbooks/templates' });
			}
			for (const onboarding of this.#onboardings) {
				items.push({
					id: `onboarding-${onboarding.id}`,
					kind: 'onboarding',
					label: onboarding.name,
					detail: onboarding.clientName,
					href: `/playbooks/onboardings/${encodeURIComponent(onboarding.id)}`
				});
			}
			for (const template of this.#templates) {
				if (template.archived) continue;
				items.push({
					id: `template-${template.id}`,
					kind: 'template',
					label: template.name,
					href: `/playbooks/templates/${encodeURIComponent(template.id)}`
				});
			}
		}
		if (role === 'admin') {
			for (const user of this.#users) {
				items.push({
					id: user.id,
					kind: 'user',
					label: user.name,
					detail: user.email,
					href: `/admin/users/${encodeURIComponent(user.id)}`
				});
			}
		}
		return items;
	});

	choose(item: PaletteItem): void {
		this.palette.hide();
		this.#deps.navigate(item.href);
	}

	/** Users are searchable by admins only; refreshed each time the palette opens. */
	async #loadUsers(): Promise<void> {
		if (this.#deps.role() !== 'admin') return;
		try {
			this.#users = await api<User[]>(this.#deps.fetch, '/api/admin/users');
		} catch {
			// Offline or signed out: the palette still lists sections and clients.
		}
	}

	/**
	 * Onboardings (directors and associates) and templates (directors) are searchable; refreshed
	 * each time the palette opens, the last lists kept when offline.
	 */
	async #loadPlaybooks(): Promise<void> {
		const role = this.#deps.role();
		if (!canUseSection(role, 'playbooks')) return;
		try {
			this.#onboardings = await api<{ id: string; name: string; clientName: string }[]>(this.#deps.fetch, '/api/onboardings');
			if (role === 'director') this.#templates = await api<{ id: string; name: string; archived?: boolean }[]>(this.#deps.fetch, '/api/playbooks');
		} catch {
			// Offline or signed out: the palette keeps what it had.
		}
	}

	destroy(): void {
		this.shortcuts.destroy();
	}
}
