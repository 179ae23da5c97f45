import { taskReminderAt } from '@atrium/core';
import { notifyPerson, ProjectTask, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { ProjectsActivities } from '@atrium/workflows';

/**
 * The reminder for a task due today: a notice and a mail to its owner. Keyed by (task, due
 * date): `remindedFor` and the notice's dedupe key keep a retry to one notice and one mail.
 */
export function remindProjectTask(orm: MikroORM, mailer: Mailer): ProjectsActivities['remindProjectTask'] {
  return async ({ companyId, taskId, remindAt }) => {
    const due = await withTenant(orm, { companyId }, async (em) => {
      const task = await em.findOne(ProjectTask, { id: taskId }, { populate: ['project'] });
      if (!task || task.completedAt || !task.dueOn || !task.ownerId || taskReminderAt(task.dueOn) !== new Date(remindAt).toISOString()) return null;
      if (task.remindedFor === task.dueOn) return null;
      task.remindedFor = task.dueOn;
      await em.flush();
      return { title: task.title, projectName: task.project.name, ownerId: task.ownerId, dueOn: task.dueOn };
    });
    if (!due) return 'skipped';
    await notifyPerson(
      orm,
      mailer,
      {
        companyId, userId: due.ownerId, kind: 'project_task', category: 'module_activity', module: 'projects',
        title: `Due today: ${due.title}`, body: `Your task "${due.title}" in ${due.projectName} is due today.`, dedupeKey: `project-task:${taskId}:${due.dueOn}`,
      },
      'Open Projects in Atrium to update the task.',
    );
    return 'reminded';
  };
}
