import { describe, expect, it } from 'vitest';
import { canUseSection, homePath, sectionOfPath, sectionsFor } from './access';

describe('access table', () => {
	it('gives each role exactly its sections', () => {
		expect(sectionsFor('admin')).toEqual(['clients', 'admin']);
		expect(sectionsFor('hero')).toEqual(['kb', 'qa', 'schedule']);
		expect(canUseSection('director', 'billing')).toBe(true);
		expect(canUseSection('associate', 'billing')).toBe(false);
		expect(canUseSection('hero', 'admin')).toBe(false);
	});

	it('maps paths to sections without prefix confusion', () => {
		expect(sectionOfPath('/admin')).toBe('admin');
		expect(sectionOfPath('/admin/users/x')).toBe('admin');
		expect(sectionOfPath('/administrator')).toBeNull();
		expect(sectionOfPath('/')).toBeNull();
	});

	it('lands each role on a page it may use', () => {
		expect(homePath('hero')).toBe('/kb');
		expect(homePath('admin')).toBe('/clients');
	});
});
