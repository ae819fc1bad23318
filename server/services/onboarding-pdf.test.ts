import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportDocument } from '#domain/playbooks/export';
import type { RichNode } from '#domain/playbooks/model';
import { addComment, startOnboarding } from '#domain/playbooks/onboarding';
import { extractOutline } from '#domain/playbooks/template';
import { onboardingPdf } from './onboarding-pdf';

/**
 * The PDF's text in the languages of the clients: every character that reaches the page is
 * mapped back to Unicode by the embedded font's ToUnicode table, so reading those tables tells
 * which characters were drawn as themselves.
 */

const text = (value: string): RichNode => ({ type: 'text', text: value });
const doc = (): Y.Doc => {
	const ydoc = new Y.Doc();
	const outline = extractOutline('Wdrożenie', {
		type: 'doc',
		content: [
			{ type: 'heading', attrs: { level: 2 }, content: [text('Rozpoczęcie — Αθήνα')] },
			{ type: 'paragraph', content: [text('Привет, {{client.name}}. 東京')] },
			{ type: 'playbookTask', attrs: { taskId: 'call', ownerRole: 'director', offsetDays: 1, required: true }, content: [text('Zadzwoń do Świętego')] }
		]
	});
	const dana = { id: 'u-dana', name: 'Dana Żółć' };
	startOnboarding(
		ydoc,
		{
			name: 'Łódź onboarding',
			clientId: 'c-lodz',
			clientName: 'Łódź Logistyka',
			templateId: 't-1',
			outline,
			baseAt: '2027-01-01T00:00:00.000Z',
			kickoff: '2027-02-26',
			goLive: '2027-03-31',
			director: dana,
			associate: { id: 'u-ali', name: 'Ali' },
			clientContact: 'Święty Mikołaj'
		},
		{ by: dana, at: '2027-01-04T09:00:00.000Z', id: 'id-1' }
	);
	addComment(ydoc, 'call', 'Umówione na środę 🙂', { by: dana, at: '2027-01-05T09:00:00.000Z', id: 'id-2' });
	return ydoc;
};

/** Every character the PDF's fonts map back to Unicode (their ToUnicode CMaps, inflated). */
function drawnCharacters(pdf: Buffer): Set<string> {
	const raw = pdf.toString('latin1');
	const drawn = new Set<string>();
	for (const match of raw.matchAll(/stream\r?\n/g)) {
		const start = match.index + match[0].length;
		const end = raw.indexOf('endstream', start);
		let content: string;
		try {
			content = inflateSync(pdf.subarray(start, end)).toString('latin1');
		} catch {
			continue;
		}
		if (!content.includes('beginbfrange') && !content.includes('beginbfchar')) continue;
		for (const hex of content.matchAll(/<([0-9a-fA-F]{4,})>/g)) {
			const units = hex[1]!.match(/.{4}/g)!.map((unit) => parseInt(unit, 16));
			drawn.add(String.fromCharCode(...units));
		}
		for (const list of content.matchAll(/\[([^\]]*)\]/g)) {
			for (const hex of list[1]!.matchAll(/<([0-9a-fA-F]+)>/g)) {
				drawn.add(String.fromCharCode(...hex[1]!.match(/.{4}/g)!.map((unit) => parseInt(unit, 16))));
			}
		}
	}
	return drawn;
}

describe('onboarding PDF', () => {
	it('draws Polish, Greek and Cyrillic as themselves, and what the font lacks as ?', async () => {
		const pdf = await onboardingPdf(exportDocument(doc()));
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const drawn = drawnCharacters(pdf);
		for (const char of 'ŁódźŻółćęŚwiętyΑθήναПривет') expect(drawn, char).toContain(char);
		// No glyph in DejaVu Sans: CJK and the emoji.
		for (const char of '東京🙂') expect(drawn, char).not.toContain(char);
		expect(drawn).toContain('?');
	});
});
