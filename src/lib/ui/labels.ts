import type { Industry, Role, Section } from '$lib/domain/access';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';

/** Translated names of the domain's enumerations. */

const SECTION_LABELS: Record<Section, () => string> = {
	clients: () => m.section_clients(),
	kb: () => m.section_kb(),
	playbooks: () => m.section_playbooks(),
	qa: () => m.section_qa(),
	schedule: () => m.section_schedule(),
	forecasts: () => m.section_forecasts(),
	billing: () => m.section_billing(),
	admin: () => m.section_admin()
};

const ROLE_LABELS: Record<Role, () => string> = {
	admin: () => m.role_admin(),
	director: () => m.role_director(),
	associate: () => m.role_associate(),
	hero: () => m.role_hero()
};

const INDUSTRY_LABELS: Record<Industry, () => string> = {
	ecommerce: () => m.industry_ecommerce(),
	mobility: () => m.industry_mobility(),
	banking: () => m.industry_banking(),
	insurance: () => m.industry_insurance()
};

export function sectionLabel(section: Section): string {
	return SECTION_LABELS[section]();
}

export function roleLabel(role: Role): string {
	return ROLE_LABELS[role]();
}

export function industryLabel(industry: string): string {
	return industry in INDUSTRY_LABELS ? INDUSTRY_LABELS[industry as Industry]() : industry;
}

let languageNames: Intl.DisplayNames | undefined;

/** "French" / "français" for "fr", in the UI language. */
export function languageName(code: string): string {
	languageNames ??= new Intl.DisplayNames([getLocale()], { type: 'language' });
	const name = languageNames.of(code) ?? code;
	return name.charAt(0).toLocaleUpperCase(getLocale()) + name.slice(1);
}

export function languageList(codes: readonly string[]): string {
	return codes.map((code) => code.toUpperCase()).join(', ');
}
