import PDFDocument from 'pdfkit';
import { EXPORT_LABELS_EN, exportFacts, taskDetails, type ExportDocument, type ExportLabels } from '#domain/playbooks/export';
import type { RichNode } from '#domain/playbooks/model';

/**
 * An onboarding project as a PDF (pdfkit, its standard Helvetica: no font files of ours): the
 * title, the facts, then each section with its prose as text and its tasks with a checkbox
 * drawn ticked or empty, the owner, due date, required or optional, and their comments.
 *
 * pdfkit reads its font metrics from its own package at run time, so it stays outside both
 * server bundles (esbuild `packages: 'external'`; a `dependencies` entry for SvelteKit's).
 */
export function onboardingPdf(document: ExportDocument, labels: ExportLabels = EXPORT_LABELS_EN): Promise<Buffer> {
	const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: document.meta.name, Subject: document.meta.clientName } });
	const chunks: Buffer[] = [];
	const done = new Promise<Buffer>((resolve, reject) => {
		pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
		pdf.on('end', () => resolve(Buffer.concat(chunks)));
		pdf.on('error', reject);
	});
	const width = pdf.page.width - 112;
	pdf.font('Helvetica-Bold').fontSize(18).text(safe(document.meta.name), { width });
	pdf.moveDown(0.5);
	pdf.fontSize(10);
	for (const [label, value] of exportFacts(document.meta, labels)) {
		pdf.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(safe(value));
	}
	for (const section of document.sections) {
		pdf.moveDown(1);
		if (section.title) pdf.font('Helvetica-Bold').fontSize(14).text(safe(section.title), { width }).moveDown(0.3);
		pdf.fontSize(10);
		for (const block of section.blocks) {
			if (block.kind === 'text') {
				for (const line of proseLines(block.doc.content ?? [])) {
					pdf.font(line.heading ? 'Helvetica-Bold' : 'Helvetica').text(safe(line.text), { width, indent: line.indent });
					pdf.moveDown(0.2);
				}
				continue;
			}
			const { task, comments } = block.task;
			const x = pdf.x;
			const y = pdf.y;
			pdf.rect(x, y + 1, 8, 8).stroke();
			if (task.done) pdf.moveTo(x + 1.5, y + 5).lineTo(x + 3.5, y + 7.5).lineTo(x + 7, y + 2).stroke();
			pdf.font('Helvetica-Bold').text(safe(task.title), x + 14, y, { width: width - 14 });
			pdf.font('Helvetica').fillColor('#444444').text(safe(taskDetails(task, labels)), x + 14, pdf.y, { width: width - 14 });
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
 * The standard PDF fonts encode WinAnsi only: characters outside it (emoji, CJK, Polish ł…)
 * would come out as garbage, so they are spelled without accents where possible, else `?`.
 */
function safe(text: string): string {
	return Array.from(text, (char) => {
		if (encodable(char)) return char;
		const plain = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
		return plain !== '' && Array.from(plain).every(encodable) ? plain : '?';
	}).join('');
}

/** Latin-1 and the few WinAnsi characters above it that text commonly has (dashes, quotes, bullet, ellipsis, euro). */
const WIN_ANSI_EXTRA = new Set([0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x20ac]);
const encodable = (char: string) => {
	const code = char.codePointAt(0)!;
	return code === 0x0a || (code >= 0x20 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);
};
