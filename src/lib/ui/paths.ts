import type { Pathname } from '$app/types';

/**
 * A path chosen at run time (a role's home, a section, a palette entry) typed for `resolve`.
 * `resolve` takes one route per overload; TypeScript stops matching a union against them past 25
 * routes, so a union-typed path is narrowed to one route id here. `resolve` only prefixes the
 * base path, so which route id stands in does not matter.
 */
export function asRoute(path: Pathname | string): '/' {
	return path as '/';
}
