import type { DemoPerson } from './team';
import type { OwnerSession } from './owner';

/**
 * Projects demo records, through the API as the owner: two client projects from the
 * template and one from scratch, tasks with owners and due dates spread over the board's
 * columns (some due this week), checklists, a comment that mentions the sales rep,
 * milestones on the timeline (one reached), and a client guest invited to one project.
 */

export interface ProjectsDemo {
  projects: number;
  tasks: number;
  milestones: number;
  guests: number;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const path = (session: OwnerSession, rest: string) => `/api/companies/${session.companyId}/modules/projects${rest}`;

interface Board {
  project: { id: string };
  tasks: Array<{ id: string; title: string }>;
}

const plans = [
  {
    name: 'Northwind website relaunch', description: 'New shop and product pages for Northwind Traders.', fromTemplate: true, startsOn: day(-14), dueOn: day(45),
    moves: ['done', 'done', 'in_progress', 'in_review', 'todo'] as const,
    extra: [{ title: 'Write the product page copy', due: 3 }, { title: 'Migrate the customer accounts', due: 6 }],
    milestones: [{ name: 'Design signed off', due: -3, reached: true }, { name: 'Beta for Northwind', due: 5, reached: false }, { name: 'Go live', due: 45, reached: false }],
  },
  {
    name: 'Globex onboarding', description: 'Roll-out of the logistics dashboard to Globex’s three depots.', fromTemplate: true, startsOn: day(-2), dueOn: day(60),
    moves: ['done', 'in_progress', 'todo', 'todo', 'todo'] as const,
    extra: [{ title: 'Train the depot leads', due: 12 }],
    milestones: [{ name: 'First depot live', due: 20, reached: false }, { name: 'All depots live', due: 60, reached: false }],
  },
  {
    name: 'Office move', description: '', fromTemplate: false, startsOn: day(7), dueOn: day(90),
    moves: [] as const,
    extra: [{ title: 'Compare three offers for movers', due: 2 }, { title: 'Order the new desks', due: 20 }],
    milestones: [{ name: 'Moving day', due: 80, reached: false }],
  },
];

export async function fillProjects(session: OwnerSession, team: { owner: DemoPerson; salesRep: DemoPerson | null }, guestEmail: string, log: (line: string) => void): Promise<ProjectsDemo> {
  const { client } = session;
  const people = [team.owner, ...(team.salesRep ? [team.salesRep] : [])];
  const ownerOf = (index: number) => people[index % people.length]!.userId;
  let tasks = 0;
  let milestones = 0;
  const boards: Board[] = [];
  for (const plan of plans) {
    const board = await client.call<Board>('POST', path(session, '/projects'), { name: plan.name, description: plan.description, fromTemplate: plan.fromTemplate, startsOn: plan.startsOn, dueOn: plan.dueOn });
    boards.push(board);
    const projectPath = path(session, `/projects/${board.project.id}`);
    for (const [index, task] of board.tasks.entries()) {
      await client.call('PATCH', `${projectPath}/tasks/${task.id}`, { ownerId: ownerOf(index), dueOn: day(index * 4 - 6) });
      const status = plan.moves[index];
      if (status && status !== 'todo') await client.call('POST', `${projectPath}/tasks/${task.id}/move`, { status });
      tasks += 1;
    }
    for (const [index, extra] of plan.extra.entries()) {
      const task = await client.call<{ id: string }>('POST', `${projectPath}/tasks`, { title: extra.title, ownerId: ownerOf(index + 1), dueOn: day(extra.due) });
      for (const label of ['Draft', 'Review with the team', 'Send']) await client.call('POST', `${projectPath}/tasks/${task.id}/checklist`, { label });
      tasks += 1;
    }
    for (const milestone of plan.milestones) {
      const made = await client.call<{ id: string }>('POST', `${projectPath}/milestones`, { name: milestone.name, dueOn: day(milestone.due) });
      if (milestone.reached) await client.call('PATCH', `${projectPath}/milestones/${made.id}`, { reached: true });
      milestones += 1;
    }
  }
  const first = boards[0]!;
  if (team.salesRep) {
    const handle = team.salesRep.email.split('@')[0]!;
    await client.call('POST', path(session, `/projects/${first.project.id}/tasks/${first.tasks[2]!.id}/comments`), { body: `@${handle} can you bring the Northwind feedback to Thursday's review?` });
  }
  await client.call('POST', path(session, `/projects/${first.project.id}/guests`), { email: guestEmail, name: 'Nancy Davolio (Northwind)' });
  log(`Projects: ${plans.length} projects, ${tasks} tasks, ${milestones} milestones, 1 client guest`);
  return { projects: plans.length, tasks, milestones, guests: 1 };
}
