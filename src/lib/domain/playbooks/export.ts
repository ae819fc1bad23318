import type * as Y from 'yjs';
import type { OnboardingStatus, OnboardingTask, OwnerRole, RichNode, TaskComment } from './model';
import { readComments, readOnboardingMeta, readOnboardingOutline, readOnboardingTasks, type OnboardingMeta } from './onboarding';

/**
 * A project as a document to hand out (Markdown here, PDF on the server from the same parts):
 * the facts, then each section's prose and tasks in order (checkbox, owner, due date,
 * required or optional, comments). Removed tasks are left out. Dates are ISO yyyy-mm-dd.
 */

/** The words of an export, in the reader's language (the API passes its UI messages; English by default). */
export interface ExportLabels {
	client: string;
	template: string;
	director: string;
	kickoff: string;
	goLive: string;
	status: string;
	statuses: Record<OnboardingStatus, string>;
	roles: Record<OwnerRole, string>;
	due: string;
	required: string;
	optional: string;
	done: string;
	by: string;
	unassigned: string;
	otherTasks: string;
}

export const EXPORT_LABELS_EN: ExportLabels = {
	client: 'Client',
	template: 'Template',
	director: 'Director',
	kickoff: 'Kick-off',
	goLive: 'Go-live',
	status: 'Status',
	statuses: { active: 'active', done: 'done', cancelled: 'cancelled' },
	roles: { director: 'director', associate: 'associate', client: 'client' },
	due: 'due',
	required: 'required',
	optional: 'optional',
	done: 'done',
	by: 'by',
	unassigned: 'unassigned',
	otherTasks: 'Other tasks'
};

export interface ExportTask {
	task: OnboardingTask;
	comments: TaskComment[];
}

export type ExportBlock = { kind: 'text'; doc: RichNode } | { kind: 'task'; task: ExportTask };

export interface ExportDocument {
	meta: OnboardingMeta;
	sections: { id: string; title: string; blocks: ExportBlock[] }[];
}

export function exportDocument(doc: Y.Doc, labels: ExportLabels = EXPORT_LABELS_EN): ExportDocument {
	const meta = readOnboardingMeta(doc);
	const tasks = new Map(readOnboardingTasks(doc).map((task) => [task.id, task]));
	const shown = new Set<string>();
	const sections = readOnboardingOutline(doc).map((section) => ({
		id: section.id,
		title: section.title,
		blocks: section.blocks.flatMap((block): ExportBlock[] => {
			if (block.kind === 'text') return [block];
			const task = tasks.get(block.taskId);
			if (!task || task.removed || shown.has(task.id)) return [];
			shown.add(task.id);
			return [{ kind: 'task', task: { task, comments: readComments(doc, task.id) } }];
		})
	}));
	// Tasks the outline does not place (none in a well-formed room) are not lost from the export.
	const rest = [...tasks.values()].filter((task) => !task.removed && !shown.has(task.id));
	if (rest.length > 0) sections.push({ id: 'other', title: labels.otherTasks, blocks: rest.map((task) => ({ kind: 'task', task: { task, comments: readComments(doc, task.id) } })) });
	return { meta, sections };
}

/** "Acme — Standard onboarding": the file name's base, safe on every file system. */
export function exportFileName(meta: OnboardingMeta, extension: 'md' | 'pdf'): string {
	const base = `${meta.clientName} - ${meta.name}`
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9 ._-]+/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 120);
	return `${base || 'onboarding'}.${extension}`;
}

/** The facts line by line: label and value. */
export function exportFacts(meta: OnboardingMeta, labels: ExportLabels = EXPORT_LABELS_EN): [string, string][] {
	return [
		[labels.client, meta.clientName],
		[labels.template, meta.templateName],
		[labels.director, meta.directorName ?? '—'],
		[labels.kickoff, meta.kickoff],
		[labels.goLive, meta.goLive ?? '—'],
		[labels.status, labels.statuses[meta.status]]
	];
}

/** One line describing a task after its title: owner, due date, required or optional, done when and by whom. */
export function taskDetails(task: OnboardingTask, labels: ExportLabels = EXPORT_LABELS_EN): string {
	const role = labels.roles[task.ownerRole];
	const owner = task.ownerName ? `${task.ownerName} (${role})` : `${role}, ${labels.unassigned}`;
	const done = task.done && task.doneAt ? ` · ${labels.done} ${task.doneAt.slice(0, 10)}${task.doneByName ? ` ${labels.by} ${task.doneByName}` : ''}` : '';
	return `${owner} · ${labels.due} ${task.due} · ${task.required ? labels.required : labels.optional}${done}`;
}

export function onboardingMarkdown(doc: Y.Doc, labels: ExportLabels = EXPORT_LABELS_EN): string {
	const { meta, sections } = exportDocument(doc, labels);
	const out: string[] = [`# ${escapeInline(meta.name)}`, ''];
	for (const [label, value] of exportFacts(meta, labels)) out.push(`- **${label}:** ${escapeInline(value)}`);
	for (const section of sections) {
		out.push('');
		if (section.title) out.push(`## ${escapeInline(section.title)}`, '');
		for (const block of section.blocks) {
			if (block.kind === 'text') {
				out.push(...blocksToMarkdown(block.doc.content ?? []), '');
				continue;
			}
			const { task, comments } = block.task;
			out.push(`- [${task.done ? 'x' : ' '}] ${escapeInline(task.title)} — ${escapeInline(taskDetails(task, labels))}`);
			for (const comment of comments) out.push(`  - ${escapeInline(comment.byName)}, ${comment.at.slice(0, 10)}: ${escapeInline(comment.text).replace(/\n/g, ' ')}`);
		}
	}
	return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

const escapeInline = (text: string) => text.replace(/([\\`*_[\]<>#])/g, '\\$1');

function inlineMarkdown(nodes: readonly RichNode[]): string {
	return nodes
		.map((node) => {
			if (node.type === 'hardBreak') return '  \n';
			if (node.type !== 'text') return inlineMarkdown(node.content ?? []);
			let text = escapeInline(node.text ?? '');
			for (const mark of node.marks ?? []) {
				if (mark.type === 'bold') text = `**${text}**`;
				else if (mark.type === 'italic') text = `*${text}*`;
				else if (mark.type === 'code') text = `\`${node.text ?? ''}\``;
				else if (mark.type === 'strike') text = `~~${text}~~`;
				else if (mark.type === 'link' && typeof mark.attrs?.href === 'string') text = `[${text}](${mark.attrs.href})`;
			}
			return text;
		})
		.join('');
}

/** Markdown lines of rich blocks: headings, paragraphs, lists, checklists, quotes, code, tables as text. */
export function blocksToMarkdown(nodes: readonly RichNode[], indent = ''): string[] {
	const lines: string[] = [];
	for (const node of nodes) {
		const content = node.content ?? [];
		switch (node.type) {
			case 'heading': {
				const level = Math.min(6, Math.max(3, Number(node.attrs?.level ?? 3)));
				lines.push(`${indent}${'#'.repeat(level)} ${inlineMarkdown(content)}`);
				break;
			}
			case 'paragraph':
				lines.push(`${indent}${inlineMarkdown(content)}`);
				break;
			case 'bulletList':
			case 'orderedList':
			case 'taskList':
				content.forEach((item, index) => {
					const marker = node.type === 'orderedList' ? `${index + 1}.` : node.type === 'taskList' ? `- [${item.attrs?.checked ? 'x' : ' '}]` : '-';
					const inner = blocksToMarkdown(item.content ?? [], `${indent}  `);
					lines.push(`${indent}${marker} ${(inner[0] ?? '').trimStart()}`, ...inner.slice(1));
				});
				break;
			case 'codeBlock':
				lines.push(`${indent}\`\`\``, ...plain(content).split('\n').map((line) => indent + line), `${indent}\`\`\``);
				break;
			case 'blockquote':
			case 'callout':
				lines.push(...blocksToMarkdown(content, indent).map((line) => `> ${line}`));
				break;
			case 'horizontalRule':
				lines.push(`${indent}---`);
				break;
			case 'image':
				if (typeof node.attrs?.src === 'string') lines.push(`${indent}![${String(node.attrs.alt ?? '')}](${node.attrs.src})`);
				break;
			default:
				lines.push(...blocksToMarkdown(content, indent));
		}
	}
	return lines;
}

const plain = (nodes: readonly RichNode[]): string => nodes.map((node) => (node.type === 'text' ? (node.text ?? '') : plain(node.content ?? []))).join('');
