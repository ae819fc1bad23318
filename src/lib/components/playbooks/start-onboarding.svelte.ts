import type { Client } from '$lib/domain/directory';
import type { PlaybookSummary, TemplateOutline, TemplateProblem } from '$lib/domain/playbooks/model';
import { fillText, isIsoDate, scheduleTasks, ScheduleError } from '$lib/domain/playbooks/template';
import { api, ApiError } from '$lib/ui/api';
import type { TeamMember } from './team';


export interface PreviewTask {
	taskId: string;
	title: string;
	sectionTitle: string;
	ownerRole: string;
	due: string;
	after: string | null;
}

/**
 * The start form's state: the choices (templates, clients, the chosen client's team), the
 * template's outline and problems from the server, and the due-date preview computed here with
 * the same scheduling the server uses, so what is shown is what the project will get.
 */
export class StartOnboardingForm {
	templates = $state<PlaybookSummary[]>([]);
	clients = $state<Client[]>([]);
	team = $state<TeamMember[]>([]);
	outline = $state<TemplateOutline | null>(null);
	problems = $state<TemplateProblem[]>([]);

	templateId = $state('');
	clientId = $state('');
	kickoff = $state('');
	goLive = $state('');
	directorId = $state('');
	associateId = $state('');
	clientContact = $state('');
	name = $state('');

	loadError = $state<string | null>(null);
	submitError = $state<string | null>(null);
	submitProblems = $state<TemplateProblem[]>([]);
	busy = $state(false);

	readonly #fetch: typeof fetch;
	readonly #me: { id: string; name: string };

	constructor(fetchFn: typeof fetch, me: { id: string; name: string }, templateId: string) {
		this.#fetch = fetchFn;
		this.#me = me;
		this.templateId = templateId;
		this.directorId = me.id;
	}

	async loadChoices(): Promise<void> {
		try {
			const [templates, clients] = await Promise.all([
				api<PlaybookSummary[]>(this.#fetch, '/api/playbooks'),
				api<Client[]>(this.#fetch, '/api/clients')
			]);
			this.templates = templates;
			this.clients = clients;
			if (!this.templateId && templates[0]) this.templateId = templates[0].id;
		} catch (failure) {
			this.loadError = failure instanceof ApiError ? failure.message : String(failure);
		}
	}

	async loadOutline(templateId: string): Promise<void> {
		this.outline = null;
		this.problems = [];
		if (!templateId) return;
		try {
			const answer = await api<{ outline: TemplateOutline; problems: TemplateProblem[] }>(
				this.#fetch,
				`/api/playbooks/${encodeURIComponent(templateId)}/outline`
			);
			if (templateId !== this.templateId) return;
			this.outline = answer.outline;
			this.problems = answer.problems;
		} catch (failure) {
			this.loadError = failure instanceof ApiError ? failure.message : String(failure);
		}
	}

	async loadTeam(clientId: string): Promise<void> {
		this.team = [];
		if (!clientId) return;
		try {
			const team = await api<TeamMember[]>(this.#fetch, `/api/clients/${encodeURIComponent(clientId)}/team`);
			if (clientId !== this.clientId) return;
			this.team = team;
			if (!team.some((member) => member.id === this.associateId && member.role === 'associate')) this.associateId = '';
		} catch (failure) {
			this.loadError = failure instanceof ApiError ? failure.message : String(failure);
		}
	}

	readonly directors: TeamMember[] = $derived(this.team.filter((member) => member.role === 'director'));
	readonly associates: TeamMember[] = $derived(this.team.filter((member) => member.role === 'associate'));

	/** Problems with the dates typed (the server checks them again). */
	readonly dateError: 'kickoff' | 'go-live' | 'go-live-before' | null = $derived.by(() => {
		if (!isIsoDate(this.kickoff)) return 'kickoff';
		if (this.goLive && !isIsoDate(this.goLive)) return 'go-live';
		if (this.goLive && this.goLive < this.kickoff) return 'go-live-before';
		return null;
	});

	/** Every task with its title filled and its due date; null until a template and a kick-off are chosen. */
	readonly preview: PreviewTask[] | null = $derived.by(() => {
		const outline = this.outline;
		if (!outline || this.problems.length > 0 || !isIsoDate(this.kickoff)) return null;
		let due: Map<string, string>;
		try {
			due = scheduleTasks(outline.tasks, this.kickoff);
		} catch (failure) {
			if (failure instanceof ScheduleError) return null;
			throw failure;
		}
		const client = this.clients.find((c) => c.id === this.clientId);
		const director = this.directors.find((d) => d.id === this.directorId);
		const values = {
			'client.name': client?.name ?? null,
			kickoff: this.kickoff,
			go_live: this.goLive || null,
			'director.name': director?.name ?? (this.directorId === this.#me.id ? this.#me.name : null)
		};
		const sectionTitle: Record<string, string> = Object.fromEntries(outline.sections.map((section) => [section.id, fillText(section.title, values)]));
		return outline.tasks.map((task) => ({
			taskId: task.taskId,
			title: fillText(task.title, values),
			sectionTitle: sectionTitle[task.sectionId] ?? '',
			ownerRole: task.ownerRole,
			due: due.get(task.taskId)!,
			after: task.after
		}));
	});

	readonly canSubmit: boolean = $derived(
		!this.busy && !!this.templateId && !!this.clientId && this.dateError === null && this.problems.length === 0 && this.outline !== null
	);

	/** Starts the project; its id, or null with the server's message (and problems) shown. */
	async submit(): Promise<string | null> {
		if (!this.canSubmit) return null;
		this.busy = true;
		this.submitError = null;
		this.submitProblems = [];
		try {
			const response = await this.#fetch('/api/onboardings', {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({
					templateId: this.templateId,
					clientId: this.clientId,
					kickoff: this.kickoff,
					...(this.goLive ? { goLive: this.goLive } : {}),
					...(this.directorId ? { directorId: this.directorId } : {}),
					...(this.associateId ? { associateId: this.associateId } : {}),
					...(this.clientContact.trim() ? { clientContact: this.clientContact.trim() } : {}),
					...(this.name.trim() ? { name: this.name.trim() } : {})
				})
			});
			const body = (await response.json().catch(() => null)) as { id?: string; message?: string; error?: string; problems?: TemplateProblem[] } | null;
			if (response.ok && body?.id) return body.id;
			this.submitError = body?.message ?? body?.error ?? response.statusText;
			this.submitProblems = Array.isArray(body?.problems) ? body.problems : [];
			return null;
		} catch (failure) {
			this.submitError = String(failure);
			return null;
		} finally {
			this.busy = false;
		}
	}
}
