import { MAX_OFFSET_DAYS, VARIABLES, type TemplateOutline, type TemplateProblem } from '$lib/domain/playbooks/model';
import { m } from '$lib/paraglide/messages.js';

/** The task a problem is about (the first one, for a cycle), to jump to; null for prose. */
export function problemTask(problem: TemplateProblem, outline: TemplateOutline): string | null {
	return problemTasks(problem, outline)[0] ?? null;
}

/** Every task a problem concerns. */
export function problemTasks(problem: TemplateProblem, outline: TemplateOutline): string[] {
	if (problem.kind === 'cycle') return problem.taskIds;
	if (problem.kind === 'unknown-variable') return outline.tasks.some((task) => task.taskId === problem.where) ? [problem.where] : [];
	return [problem.taskId];
}

/** A problem in the user's words, naming tasks by their titles. */
export function problemText(problem: TemplateProblem, outline: TemplateOutline): string {
	const position = (taskId: string) => outline.tasks.findIndex((task) => task.taskId === taskId) + 1;
	const title = (taskId: string) => {
		const task = outline.tasks.find((t) => t.taskId === taskId);
		return task?.title.trim() || m.pbe_task_untitled();
	};
	switch (problem.kind) {
		case 'cycle':
			return m.pbe_problem_cycle({ titles: problem.taskIds.map((id) => `“${title(id)}”`).join(' → ') });
		case 'unknown-dependency':
			return m.pbe_problem_unknown_dependency({ title: title(problem.taskId) });
		case 'bad-offset':
			return m.pbe_problem_bad_offset({ title: title(problem.taskId), max: String(MAX_OFFSET_DAYS) });
		case 'empty-title':
			return m.pbe_problem_empty_title({ position: String(position(problem.taskId)) });
		case 'duplicate-task-id':
			return m.pbe_problem_duplicate_task_id({ title: title(problem.taskId) });
		case 'unknown-variable': {
			const section = outline.sections.find((s) => s.id === problem.where);
			const where = outline.tasks.some((task) => task.taskId === problem.where)
				? `“${title(problem.where)}”`
				: section?.title
					? `“${section.title}”`
					: m.pbe_problem_where_intro();
			const known = VARIABLES.map((name) => `{{${name}}}`).join(', ');
			return m.pbe_problem_unknown_variable({ name: `{{${problem.name}}}`, where, known });
		}
	}
}

/** Task id → the messages of the problems that concern it: the marks in the editor. */
export function problemMarks(problems: readonly TemplateProblem[], outline: TemplateOutline): Map<string, string[]> {
	const byTask = new Map<string, string[]>();
	for (const problem of problems) {
		const text = problemText(problem, outline);
		for (const taskId of problemTasks(problem, outline)) byTask.set(taskId, [...(byTask.get(taskId) ?? []), text]);
	}
	return byTask;
}
