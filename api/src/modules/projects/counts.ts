import type { EntityManager } from '@atrium/db';

type Counts = Map<string, { total: number; done: number }>;

/** Tasks per project (total, done), for the project list's progress. */
export async function taskCountsOf(em: EntityManager, projectIds: string[]): Promise<Counts> {
  if (projectIds.length === 0) return new Map();
  const rows = await em.execute<{ id: string; total: number; done: number }[]>(
    `select project_id as id, count(*)::int as total, count(*) filter (where status = 'done')::int as done from project_task where project_id in (${projectIds.map(() => '?').join(', ')}) group by project_id`,
    projectIds, 'all',
  );
  return new Map(rows.map((row) => [row.id, { total: row.total, done: row.done }]));
}

/** Checklist items per task (total, done), for the cards' "2/5". */
export async function checklistCountsOf(em: EntityManager, taskIds: string[]): Promise<Counts> {
  if (taskIds.length === 0) return new Map();
  const rows = await em.execute<{ id: string; total: number; done: number }[]>(
    `select task_id as id, count(*)::int as total, count(*) filter (where done)::int as done from project_checklist_item where task_id in (${taskIds.map(() => '?').join(', ')}) group by task_id`,
    taskIds, 'all',
  );
  return new Map(rows.map((row) => [row.id, { total: row.total, done: row.done }]));
}
