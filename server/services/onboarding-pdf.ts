import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { EXPORT_LABELS_EN, exportFacts, taskDetails, type ExportDocument, type ExportLabels } from '#domain/playbooks/export';
import type { RichNode } from '#domain/playbooks/model';

/**
 * An onboarding project as a PDF (pdfkit): the title, the facts, then each section with its
 * prose as text and its tasks with a checkbox drawn ticked or empty, the owner, due date,
 * required or optional, and their comments.
 *
 * Text is set in DejaVu Sans (`dejavu-fonts-ttf`, embedded as a subset): PDF's standard
 * Helvetica encodes WinAnsi only, which spelled a Polish client "?ód?". DejaVu covers every
 * Latin script, Greek and Cyrillic; a character it has no glyph for (CJK, emoji) is spelled
 * without accents where possible, else `?`. pdfkit and the fonts are read from node_modules at
 * run time, so they stay outside both server bundles (esbuild `packages: 'external'`;
 * `dependencies` entries for SvelteKit's).
 */
const REGULAR = 'body';
const BOLD = 'bold';

interface Fonts {
	regular: Buffer;
	bold: Buffer;
	/** Both faces cover the same characters; the regular one answers for both. */
	coverage: fontkit.Font;
}

let loaded: Fonts | null = null;

/** Read on the first export, not at start-up: most servers never draw a PDF. */
function fonts(): Fonts {
	if (loaded) return loaded;
	const require = createRequire(import.meta.url);
	const regular = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
	const bold = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
	loaded = { regular, bold, coverage: fontkit.create(regular) as fontkit.Font };
	return loaded;
}

export function onboardingPdf(document: ExportDocument, labels: ExportLabels = EXPORT_LABELS_EN): Promise<Buffer> {
	const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: document.meta.name, Subject: document.meta.clientName } });
	const chunks: Buffer[] = [];
	const done = new Promise<Buffer>((resolve, reject) => {
		pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
		pdf.on('end', () => resolve(Buffer.concat(chunks)));
		pdf.on('error', reject);
	});
	const { regular, bold, coverage } = fonts();
	pdf.registerFont(REGULAR, regular);
	pdf.registerFont(BOLD, bold);
	const safe = (text: string) => drawable(text, coverage);
	const width = pdf.page.width - 112;
	pdf.font(BOLD).fontSize(18).text(safe(document.meta.name), { width });
	pdf.moveDown(0.5);
	pdf.fontSize(10);
	for (const [label, value] of exportFacts(document.meta, labels)) {
		pdf.font(BOLD).text(`${label}: `, { continued: true }).font(REGULAR).text(safe(value));
	}
	for (const section of document.sections) {
		pdf.moveDown(1);
		if (section.title) pdf.font(BOLD).fontSize(14).text(safe(section.title), { width }).moveDown(0.3);
		pdf.fontSize(10);
		for (const block of section.blocks) {
			if (block.kind === 'text') {
				for (const line of proseLines(block.doc.content ?? [])) {
					pdf.font(line.heading ? BOLD : REGULAR).text(safe(line.text), { width, indent: line.indent });
					pdf.moveDown(0.2);
				}
				continue;
			}
			const { task, comments } = block.task;
			const x = pdf.x;
			const y = pdf.y;
			pdf.rect(x, y + 1, 8, 8).stroke();
			if (task.done) pdf.moveTo(x + 1.5, y + 5).lineTo(x + 3.5, y + 7.5).lineTo(x + 7, y + 2).stroke();
			pdf.font(BOLD).text(safe(task.title), x + 14, y, { width: width - 14 });
			pdf.font(REGULAR).fillColor('#444444').text(safe(taskDetails(task, labels)), x + 14, pdf.y, { width: width - 14 });
			for (const comment of comments) {
				pdf.text(safe(`${comment.byName}, ${comment.at.slice(0, 10)}: ${comment.text}`), x + 24, pdf.y, { width: width - 24 });
			}
			pdf.fillColor('black').text('', x, pdf.y);
			pdf.x = x;
			pdf.moveDown(0.4);
		}
	}
	pdf.end();
	return done;
}

interface Line {
	text: string;
	indent: number;
	heading: boolean;
}

/** Prose as lines of text: headings bold, list items with a bullet or number, quotes indented. */
function proseLines(nodes: readonly RichNode[], indent = 0): Line[] {
	const lines: Line[] = [];
	for (const node of nodes) {
		const content = node.content ?? [];
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'codeBlock') {
			const text = inline(content);
			if (text.trim()) lines.push({ text, indent, heading: node.type === 'heading' });
		} else if (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'taskList') {
			content.forEach((item, index) => {
				const inner = proseLines(item.content ?? [], indent + 12);
				const marker = node.type === 'orderedList' ? `${index + 1}. ` : node.type === 'taskList' ? (item.attrs?.checked ? '[x] ' : '[ ] ') : '• ';
				if (inner[0]) inner[0] = { ...inner[0], text: marker + inner[0].text };
				lines.push(...inner);
			});
		} else {
			lines.push(...proseLines(content, node.type === 'blockquote' || node.type === 'callout' ? indent + 12 : indent));
		}
	}
	return lines;
}

const inline = (nodes: readonly RichNode[]): string =>
	nodes.map((node) => (node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : inline(node.content ?? []))).join('');

/**
 * Characters the font has no glyph for (CJK, emoji) would come out as empty boxes, so they are
 * spelled without accents where possible, else `?`.
 */
function drawable(text: string, font: fontkit.Font): string {
	const has = (char: string) => {
		const code = char.codePointAt(0)!;
		return code === 0x0a || (code >= 0x20 && font.hasGlyphForCodePoint(code));
	};
	return Array.from(text, (char) => {
		if (has(char)) return char;
		const plain = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
		return plain !== '' && Array.from(plain).every(has) ? plain : '?';
	}).join('');
}
