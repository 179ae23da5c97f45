import type { ModuleKit } from '../kit/module-kit';

/** Projects in the module kit: what its purge deletes (children first) and how its limits are counted. */
export const projectsKit: ModuleKit = {
  module: 'projects',
  tables: ['project_comment', 'project_checklist_item', 'project_task', 'project_milestone', 'project_guest', 'project'],
  usage: {
    // An archived project frees its place: the limit is on work in progress, not on history.
    activeProjects: { table: 'project', where: `status = 'active'` },
    // Invited and signed-in guests both hold a place; a withdrawn guest frees it.
    guests: { table: 'project_guest', where: `revoked_at is null` },
    // Projects stores no files yet.
    fileStorageGb: { constant: 0 },
  },
};
