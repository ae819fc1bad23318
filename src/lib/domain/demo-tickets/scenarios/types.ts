import type { Industry } from '../../access';

/**
 * One support conversation of the demo, in one language. Texts may hold placeholders the
 * generator fills with seeded values: {order} an order or contract number, {amount} a sum with
 * its currency, {date} a day, {product} a product or plan name, {customer} the customer's first
 * name, {hero} the hero's first name. Every language of a scenario uses the same placeholders.
 */
export interface ScenarioText {
	subject: string;
	/** The customer's messages in order; the first opens the ticket. */
	customer: readonly string[];
	/** The hero's replies: `hero[i]` answers `customer[i]` (as many as, or one fewer than, customer messages). */
	hero: readonly string[];
}

export const SCENARIO_KEYS = [
	'ecommerce.where-is-my-order',
	'ecommerce.refund-not-received',
	'ecommerce.wrong-size-exchange',
	'ecommerce.damaged-parcel',
	'ecommerce.cancel-order',
	'ecommerce.promo-code',
	'mobility.battery-empty',
	'mobility.charged-twice',
	'mobility.account-blocked',
	'mobility.parking-fine',
	'mobility.vehicle-damaged',
	'mobility.subscription-cancel',
	'banking.card-blocked',
	'banking.unknown-transaction',
	'banking.transfer-delayed',
	'banking.login-reset',
	'banking.statement-request',
	'banking.address-change',
	'insurance.claim-status',
	'insurance.new-claim',
	'insurance.certificate-request',
	'insurance.premium-increase',
	'insurance.cancel-policy',
	'insurance.add-driver'
] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

export const industryOf = (key: ScenarioKey): Industry => key.slice(0, key.indexOf('.')) as Industry;

/** One language's texts of every scenario. */
export type ScenarioTexts = Record<ScenarioKey, ScenarioText>;
