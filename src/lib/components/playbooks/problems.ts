import type { TemplateProblem } from '$lib/domain/playbooks/model';
import { m } from '$lib/paraglide/messages.js';

/** A template problem in words, tasks named by their titles where known. */
export function describeProblem(problem: TemplateProblem, titleOf: (taskId: string) => string): string {
	switch (problem.kind) {
		case 'cycle':
			return m.pbp_problem_cycle({ tasks: problem.taskIds.map(titleOf).join(' → ') });
		case 'unknown-dependency':
			return m.pbp_problem_unknown_dependency({ task: titleOf(problem.taskId) });
		case 'bad-offset':
			return m.pbp_problem_bad_offset({ task: titleOf(problem.taskId), value: String(problem.value) });
		case 'unknown-variable':
			return m.pbp_problem_unknown_variable({ name: `{{${problem.name}}}` });
		case 'empty-title':
			return m.pbp_problem_empty_title();
		case 'duplicate-task-id':
			return m.pbp_problem_duplicate({ task: titleOf(problem.taskId) });
	}
}
