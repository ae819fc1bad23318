import type { Language } from '../../access';
import type { Random } from '../../random';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { NL } from './nl';
import { PL } from './pl';
import { PT } from './pt';
import { SV } from './sv';
import type { ScenarioKey, ScenarioText, ScenarioTexts } from './types';

export const SCENARIO_TEXTS: Record<Language, ScenarioTexts> = { en: EN, fr: FR, de: DE, es: ES, it: IT, nl: NL, pt: PT, pl: PL, sv: SV };

/** Tags the helpdesk put on such tickets, and what the knowledge base calls the topic. */
export const SCENARIO_INFO: Record<ScenarioKey, { tags: readonly string[]; kbTopics: readonly string[] }> = {
	'ecommerce.where-is-my-order': { tags: ['shipping', 'order-status'], kbTopics: ['delivery', 'tracking'] },
	'ecommerce.refund-not-received': { tags: ['refund', 'billing'], kbTopics: ['refunds'] },
	'ecommerce.wrong-size-exchange': { tags: ['exchange', 'returns'], kbTopics: ['returns', 'exchanges'] },
	'ecommerce.damaged-parcel': { tags: ['damaged', 'shipping'], kbTopics: ['delivery', 'damaged items'] },
	'ecommerce.cancel-order': { tags: ['cancellation', 'order'], kbTopics: ['orders', 'cancellation'] },
	'ecommerce.promo-code': { tags: ['promotion', 'checkout'], kbTopics: ['discount codes'] },
	'mobility.battery-empty': { tags: ['vehicle', 'battery'], kbTopics: ['batteries', 'ending a trip'] },
	'mobility.charged-twice': { tags: ['billing', 'double-charge'], kbTopics: ['payments', 'refunds'] },
	'mobility.account-blocked': { tags: ['account', 'security'], kbTopics: ['account'] },
	'mobility.parking-fine': { tags: ['fine', 'parking'], kbTopics: ['parking rules', 'fines'] },
	'mobility.vehicle-damaged': { tags: ['vehicle', 'damage'], kbTopics: ['damage reports'] },
	'mobility.subscription-cancel': { tags: ['subscription', 'cancellation'], kbTopics: ['subscriptions'] },
	'banking.card-blocked': { tags: ['card', 'security'], kbTopics: ['cards', 'blocking'] },
	'banking.unknown-transaction': { tags: ['dispute', 'card'], kbTopics: ['disputed transactions', 'fraud'] },
	'banking.transfer-delayed': { tags: ['transfer', 'payments'], kbTopics: ['transfers'] },
	'banking.login-reset': { tags: ['login', 'account'], kbTopics: ['online banking', 'password reset'] },
	'banking.statement-request': { tags: ['documents', 'statement'], kbTopics: ['statements'] },
	'banking.address-change': { tags: ['account', 'personal-data'], kbTopics: ['personal details'] },
	'insurance.claim-status': { tags: ['claim', 'status'], kbTopics: ['claims'] },
	'insurance.new-claim': { tags: ['claim', 'new'], kbTopics: ['claims', 'declaring a claim'] },
	'insurance.certificate-request': { tags: ['documents', 'certificate'], kbTopics: ['certificates'] },
	'insurance.premium-increase': { tags: ['premium', 'billing'], kbTopics: ['premiums'] },
	'insurance.cancel-policy': { tags: ['cancellation', 'policy'], kbTopics: ['cancellation'] },
	'insurance.add-driver': { tags: ['policy', 'change'], kbTopics: ['policy changes'] }
};

export const PLACEHOLDERS = ['order', 'amount', 'date', 'product', 'customer', 'hero'] as const;
const PLACEHOLDER = /\{([a-z]+)\}/g;

/** The placeholders a text uses, sorted. */
export function placeholdersOf(text: ScenarioText): string[] {
	const found = new Set<string>();
	for (const part of [text.subject, ...text.customer, ...text.hero]) for (const match of part.matchAll(PLACEHOLDER)) found.add(match[1]!);
	return [...found].sort();
}

const FIRST_NAMES: Record<Language, readonly string[]> = {
	en: ['Emma', 'Oliver', 'Sophie', 'James', 'Grace', 'Daniel'],
	fr: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Julien'],
	de: ['Lena', 'Jonas', 'Mia', 'Felix', 'Hannah', 'Lukas'],
	es: ['Lucía', 'Pablo', 'Marta', 'Javier', 'Carmen', 'Diego'],
	it: ['Giulia', 'Marco', 'Chiara', 'Luca', 'Francesca', 'Matteo'],
	nl: ['Sanne', 'Daan', 'Lotte', 'Bram', 'Fleur', 'Thijs'],
	pt: ['Inês', 'Tiago', 'Beatriz', 'João', 'Mariana', 'Rui'],
	pl: ['Zofia', 'Jakub', 'Anna', 'Piotr', 'Maja', 'Tomasz'],
	sv: ['Elsa', 'Erik', 'Maja', 'Oskar', 'Linnea', 'Axel']
};

const CURRENCY: Record<Language, string> = { en: 'EUR', fr: 'EUR', de: 'EUR', es: 'EUR', it: 'EUR', nl: 'EUR', pt: 'EUR', pl: 'PLN', sv: 'SEK' };

const PRODUCTS: Record<ScenarioKey extends `${infer I}.${string}` ? I : never, readonly string[]> = {
	ecommerce: ['Linen shirt', 'Trail jacket', 'Oak side table', 'Wool scarf', 'Canvas sneakers'],
	mobility: ['Monthly Pass', 'Ride Plus', 'Weekend Pack', 'Student Plan'],
	banking: ['Current account', 'Gold card', 'Savings account'],
	insurance: ['Comfort car policy', 'Home Plus', 'Family health plan', 'Young driver cover']
};

/**
 * A scenario's texts in `language` with its placeholders filled from `r`: an order (or
 * contract) number, an amount in the language's usual currency, a date a few days after
 * `created`, a product of the industry, a customer's and the hero's first names.
 */
export function scenarioText(r: Random, key: ScenarioKey, language: Language, context: { created: string; hero: string | null }): ScenarioText {
	const industry = key.slice(0, key.indexOf('.')) as keyof typeof PRODUCTS;
	const prefix = { ecommerce: 'CMD', mobility: 'TRP', banking: 'REF', insurance: 'POL' }[industry];
	const amount = r.int(500, 25_000) / 100;
	const values: Record<string, string> = {
		order: `${prefix}-${r.int(100_000, 999_999)}`,
		amount: new Intl.NumberFormat(language, { style: 'currency', currency: CURRENCY[language] }).format(amount),
		date: new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
			new Date(Date.parse(context.created) + r.int(1, 6) * 86_400_000)
		),
		product: r.pick(PRODUCTS[industry]),
		customer: r.pick(FIRST_NAMES[language]),
		hero: context.hero?.split(' ')[0] ?? r.pick(FIRST_NAMES[language])
	};
	const fill = (text: string) => text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
	const text = SCENARIO_TEXTS[language][key];
	return { subject: fill(text.subject), customer: text.customer.map(fill), hero: text.hero.map(fill) };
}
