import { describe, expect, it } from 'vitest';
import type { RichNode } from '$lib/domain/playbooks/model';
import { extractOutline } from '$lib/domain/playbooks/template';
import { StartOnboardingForm } from './start-onboarding.svelte';

const task = (taskId: string, title: string, offsetDays: number, after: string | null = null): RichNode => ({
	type: 'playbookTask',
	attrs: { taskId, ownerRole: 'associate', offsetDays, after, required: true },
	content: [{ type: 'text', text: title }]
});
const heading = (text: string): RichNode => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });

const OUTLINE = extractOutline('Standard', {
	type: 'doc',
	content: [heading('Kick-off with {{client.name}}'), task('a', 'Call {{client.name}}', 0), task('b', 'Send the pack', 3, 'a'), task('c', 'Review by {{director.name}}', -2, 'b')]
});

/** A form with its choices as the server would give them (no request is made). */
function form(): StartOnboardingForm {
	const f = new StartOnboardingForm(fetch, { id: 'd1', name: 'Dana' }, 't1');
	f.clients = [{ id: 'c1', name: 'Acme', industry: 'ecommerce', languages: ['en'], timeZone: 'UTC' }];
	f.team = [{ id: 'd1', name: 'Dana', role: 'director' }];
	f.outline = OUTLINE;
	f.clientId = 'c1';
	return f;
}

describe('the start form', () => {
	it('previews every due date along the chains, with the variables filled', () => {
		const f = form();
		expect(f.preview).toBeNull();
		f.kickoff = '2027-02-26';
		expect(f.preview).toEqual([
			{ taskId: 'a', title: 'Call Acme', sectionTitle: 'Kick-off with Acme', ownerRole: 'associate', due: '2027-02-26', after: null },
			{ taskId: 'b', title: 'Send the pack', sectionTitle: 'Kick-off with Acme', ownerRole: 'associate', due: '2027-03-01', after: 'a' },
			{ taskId: 'c', title: 'Review by Dana', sectionTitle: 'Kick-off with Acme', ownerRole: 'associate', due: '2027-02-27', after: 'b' }
		]);
		expect(f.canSubmit).toBe(true);
	});

	it('refuses bad dates and templates with problems', () => {
		const f = form();
		f.kickoff = '2027-02-30';
		expect(f.dateError).toBe('kickoff');
		expect(f.preview).toBeNull();
		expect(f.canSubmit).toBe(false);
		f.kickoff = '2027-02-26';
		f.goLive = '2027-02-01';
		expect(f.dateError).toBe('go-live-before');
		expect(f.canSubmit).toBe(false);
		f.goLive = '';
		f.problems = [{ kind: 'cycle', taskIds: ['a', 'b'] }];
		expect(f.preview).toBeNull();
		expect(f.canSubmit).toBe(false);
	});
});
