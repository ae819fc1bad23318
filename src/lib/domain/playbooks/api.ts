import { z } from 'zod';
import { ONBOARDING_STATUSES } from './model';
import { isIsoDate } from './template';

/**
 * Inputs of the playbook and onboarding API, shared by the browser's forms and the endpoints
 * (src/routes/api/playbooks, src/routes/api/onboardings).
 */

const name = z.string().trim().min(1, 'Name is required').max(120, 'Name must have at most 120 characters');
const isoDate = (label: string) => z.string().refine(isIsoDate, `${label} must be a date (yyyy-mm-dd)`);
const optionalId = z
	.string()
	.trim()
	.max(64)
	.transform((value) => value || undefined)
	.optional();

export const playbookCreate = z.object({ name });
export const playbookDuplicate = z.object({ name: name.optional() });
export const playbookPatch = z.object({ archived: z.boolean('archived must be true or false') });
export const playbookListQuery = z.object({ archived: z.enum(['0', '1']).optional() });

export const onboardingStart = z.object({
	templateId: z.string().min(1, 'Pick a template'),
	clientId: z.string().min(1, 'Pick a client'),
	kickoff: isoDate('Kick-off'),
	goLive: isoDate('Go-live').nullish(),
	directorId: optionalId,
	associateId: optionalId,
	clientContact: z
		.string()
		.trim()
		.max(120, 'Client contact must have at most 120 characters')
		.transform((value) => value || undefined)
		.nullish(),
	name: name.optional()
});
export type OnboardingStartInput = z.infer<typeof onboardingStart>;

export const onboardingPatch = z
	.object({
		status: z.enum(ONBOARDING_STATUSES, 'Status must be active, done or cancelled').optional(),
		kickoff: isoDate('Kick-off').optional(),
		goLive: isoDate('Go-live').nullable().optional()
	})
	.refine((patch) => Object.keys(patch).length > 0, 'Nothing to change');
export type OnboardingPatch = z.infer<typeof onboardingPatch>;

export const onboardingListQuery = z.object({
	clientId: optionalId,
	directorId: optionalId,
	status: z.enum(ONBOARDING_STATUSES, 'Status must be active, done or cancelled').optional()
});

export const templateChangesTake = z.object({
	take: z.array(z.string().min(1).max(200), 'take must be a list of change ids').max(2000)
});

export const exportQuery = z.object({ format: z.enum(['md', 'pdf'], 'format must be md or pdf') });
