import { describe, expect, it } from 'vitest';
import { moduleDefaults } from '@atrium/core';
import { addMember, ApiClient, asOwner, uniqueEmail } from '../../../test/http';
import { addGuest, companyWithProjects, guestTokenFor, projectsPath as projects } from '../../../test/projects';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('Projects', () => {
  it('starts a project from the template, moves tasks across the board, keeps checklists, comments notify the people mentioned, setup steps tick', async () => {
    const { api, companyId } = await companyWithProjects('projects-board');
    const created = await api.request('POST', `${projects(companyId)}/projects`, { name: 'Website relaunch', dueOn: inDays(30) });
    expect(created.status).toBe(201);
    expect(created.body.tasks.map((task: { title: string }) => task.title)).toEqual(moduleDefaults.projects.projectTemplate.tasks);
    expect(new Set(created.body.tasks.map((task: { status: string }) => task.status))).toEqual(new Set(['todo']));
    const projectId = created.body.project.id;
    const blank = await api.request('POST', `${projects(companyId)}/projects`, { name: 'Blank', fromTemplate: false });
    expect(blank.body.tasks).toEqual([]);

    const adaEmail = uniqueEmail('ada');
    const ada = await addMember(api, companyId, adaEmail, 'member', { projects: 'editor' });
    // addMember names the person after their mail name, so that is the handle to mention.
    const adaHandle = adaEmail.split('@')[0];
    const adaId = (await api.request('GET', `/api/companies/${companyId}/members`)).body.members.find((m: { email: string }) => m.email.startsWith('ada')).userId;
    const task = await api.request('POST', `${projects(companyId)}/projects/${projectId}/tasks`, { title: 'Design the home page', ownerId: adaId, dueOn: inDays(3) });
    expect([task.status, task.body.ownerId, task.body.status]).toEqual([201, adaId, 'todo']);

    const moved = await ada.request('POST', `${projects(companyId)}/projects/${projectId}/tasks/${task.body.id}/move`, { status: 'in_progress' });
    expect([moved.status, moved.body.status, moved.body.completedAt]).toEqual([200, 'in_progress', null]);
    const done = await api.request('POST', `${projects(companyId)}/projects/${projectId}/tasks/${task.body.id}/move`, { status: 'done' });
    expect(done.body.completedAt).not.toBeNull();
    // An editor changes only the tasks they own: the template's tasks are the manager's.
    const templateTask = created.body.tasks[0].id;
    expect((await ada.request('POST', `${projects(companyId)}/projects/${projectId}/tasks/${templateTask}/move`, { status: 'done' })).status).toBe(403);
    expect((await api.request('POST', `${projects(companyId)}/projects/${projectId}/tasks/${templateTask}/move`, { status: 'sideways' })).status).toBe(400);

    const item = await ada.request('POST', `${projects(companyId)}/projects/${projectId}/tasks/${task.body.id}/checklist`, { label: 'Hero image' });
    await ada.request('POST', `${projects(companyId)}/projects/${projectId}/tasks/${task.body.id}/checklist`, { label: 'Copy' });
    expect((await ada.request('PATCH', `${projects(companyId)}/projects/${projectId}/tasks/${task.body.id}/checklist/${item.body.id}`, { done: true })).body.done).toBe(true);

    const comment = await api.request('POST', `${projects(companyId)}/projects/${projectId}/tasks/${task.body.id}/comments`, { body: `@${adaHandle} looks great, ship it` });
    expect([comment.status, comment.body.mentions]).toEqual([201, [adaId]]);
    const detail = await ada.request('GET', `${projects(companyId)}/projects/${projectId}/tasks/${task.body.id}`);
    expect(detail.body.task.checklist).toEqual({ total: 2, done: 1 });
    expect(detail.body.comments.map((c: { body: string }) => c.body)).toEqual([`@${adaHandle} looks great, ship it`]);
    const mentions = await asOwner<{ recipient_user_id: string; module: string }>(`select recipient_user_id, module from notification where company_id = $1 and kind = 'project_mention'`, [companyId]);
    expect(mentions).toEqual([{ recipient_user_id: adaId, module: 'projects' }]);

    const milestone = await api.request('POST', `${projects(companyId)}/projects/${projectId}/milestones`, { name: 'Beta', dueOn: inDays(2) });
    expect(milestone.status).toBe(201);
    const reached = await api.request('PATCH', `${projects(companyId)}/projects/${projectId}/milestones/${milestone.body.id}`, { reached: true });
    expect(reached.body.reachedAt).not.toBeNull();

    const landing = await api.request('GET', projects(companyId));
    const steps = Object.fromEntries(landing.body.setupSteps.map((s: { key: string; done: boolean }) => [s.key, s.done]));
    expect(steps).toEqual({ create_first_project: true, add_tasks: true, set_milestones: true, invite_project_team: true });

    const feed = await api.request('GET', `/api/companies/${companyId}/activity`);
    expect(feed.body.items.map((i: { title: string }) => i.title)).toEqual(expect.arrayContaining(['Task done: Design the home page', 'Milestone reached: Beta']));
  });

  it('what ships this week: tasks and milestones due in the next 7 days, mine or the company’s; the timeline lists milestones', async () => {
    const { api, companyId, userId } = await companyWithProjects('projects-week');
    const { project } = (await api.request('POST', `${projects(companyId)}/projects`, { name: 'Launch', fromTemplate: false })).body;
    const add = (title: string, dueOn: string, ownerId: string | null) => api.request('POST', `${projects(companyId)}/projects/${project.id}/tasks`, { title, dueOn, ownerId });
    await add('Mine today', today(), userId);
    await add('Nobody’s on day 5', inDays(5), null);
    await add('Next month', inDays(30), userId);
    await api.request('POST', `${projects(companyId)}/projects/${project.id}/milestones`, { name: 'Go live', dueOn: inDays(6) });
    await api.request('POST', `${projects(companyId)}/projects/${project.id}/milestones`, { name: 'Retro', dueOn: inDays(20) });

    const mine = await api.request('GET', `${projects(companyId)}/this-week`);
    expect(mine.body.tasks.map((t: { title: string }) => t.title)).toEqual(['Mine today']);
    expect(mine.body.milestones.map((m: { name: string; projectName: string }) => [m.name, m.projectName])).toEqual([['Go live', 'Launch']]);
    const company = await api.request('GET', `${projects(companyId)}/this-week?scope=company`);
    expect(company.body.tasks.map((t: { title: string }) => t.title)).toEqual(['Mine today', 'Nobody’s on day 5']);
    expect((await api.request('GET', `${projects(companyId)}/this-week?scope=everyone`)).status).toBe(400);

    const timeline = await api.request('GET', `${projects(companyId)}/timeline`);
    expect(timeline.body.projects[0].milestones.map((m: { name: string }) => m.name)).toEqual(['Go live', 'Retro']);
  });

  it('a client guest sees their one project and nothing else: not another project, not the company, not billing, team or other modules — in the API and in the database', async () => {
    const { api, companyId } = await companyWithProjects('projects-guest');
    const p = (await api.request('POST', `${projects(companyId)}/projects`, { name: 'Client P' })).body.project;
    const q = (await api.request('POST', `${projects(companyId)}/projects`, { name: 'Secret Q' })).body.project;
    const qTask = (await api.request('GET', `${projects(companyId)}/projects/${q.id}`)).body.tasks[0];
    const email = uniqueEmail('client');
    const other = uniqueEmail('client-preview');
    await api.request('POST', `${projects(companyId)}/projects/${p.id}/guests`, { email: other, name: 'Preview Person' });
    const preview = await new ApiClient().request('GET', `/api/project-guest-invitations/${await guestTokenFor(other)}`);
    expect(preview.body).toMatchObject({ projectName: 'Client P', email: other, accountExists: false });
    const again = await api.request('POST', `${projects(companyId)}/projects/${p.id}/guests`, { email: other, name: 'Preview Person' });
    expect([again.status, again.body.error]).toEqual([409, 'already_invited']);
    const { guest, guestId } = await addGuest(api, companyId, p.id, email);

    const mine = await guest.request('GET', '/api/guest/projects');
    expect(mine.body.projects.map((project: { name: string }) => project.name)).toEqual(['Client P']);
    const seen = await guest.request('GET', `/api/guest/projects/${p.id}`);
    expect([seen.status, seen.body.project.name, seen.body.tasks.length]).toEqual([200, 'Client P', moduleDefaults.projects.projectTemplate.tasks.length]);
    expect(JSON.stringify(seen.body)).not.toContain('Secret Q');

    expect((await guest.request('GET', `/api/guest/projects/${q.id}`)).status).toBe(404);
    expect((await guest.request('GET', `/api/guest/projects/${q.id}/tasks/${qTask.id}`)).status).toBe(404);
    expect((await guest.request('GET', `/api/guest/projects/${p.id}/tasks/${qTask.id}`)).status).toBe(404);
    for (const path of ['', '/overview', '/billing', '/members', `/modules/projects/projects`, `/modules/projects/projects/${p.id}`, '/modules/crm', '/activity']) {
      expect((await guest.request('GET', `/api/companies/${companyId}${path}`)).status, path).toBe(403);
    }
    // A guest holds no seat.
    const seats = await api.request('GET', `/api/companies/${companyId}/members`);
    expect(seats.body.members.map((m: { email: string }) => m.email)).not.toContain(email);

    // The database's own wall: in the guest's context, raw SQL sees project P's rows only.
    const guestUserId = (await asOwner<{ user_id: string }>(`select user_id from project_guest where id = $1`, [guestId]))[0]!.user_id;
    const asGuest = { 'app.user_id': guestUserId };
    expect((await asOwner<{ name: string }>(`select name from project`, [], asGuest)).map((r) => r.name)).toEqual(['Client P']);
    const taskProjects = await asOwner<{ project_id: string }>(`select distinct project_id from project_task`, [], asGuest);
    expect(taskProjects.map((r) => r.project_id)).toEqual([p.id]);
    expect(await asOwner(`select id from company`, [], asGuest)).toEqual([]);
    expect(await asOwner(`select id from membership`, [], asGuest)).toEqual([]);
    // A guest writes nothing, not even to their own project.
    await expect(asOwner(`update project set name = 'hijacked'`, [], asGuest).then((rows) => rows.length)).resolves.toBe(0);
    expect((await api.request('GET', `${projects(companyId)}/projects/${p.id}`)).body.project.name).toBe('Client P');

    // Withdrawn: the guest sees nothing any more.
    expect((await api.request('DELETE', `${projects(companyId)}/projects/${p.id}/guests/${guestId}`)).body.status).toBe('revoked');
    expect((await guest.request('GET', `/api/guest/projects/${p.id}`)).status).toBe(404);
    expect(await asOwner(`select id from project`, [], asGuest)).toEqual([]);
  });

  it('refuses the project and the guest past the Starter limits with 402 and the upgrade message; archiving frees a place', async () => {
    const { api, companyId } = await companyWithProjects('projects-limit');
    await asOwner(
      `insert into project (id, company_id, created_at, updated_at, name, status) select gen_random_uuid(), $1, now(), now(), 'Bulk ' || n, 'active' from generate_series(1, 9) n`,
      [companyId],
    );
    const tenth = await api.request('POST', `${projects(companyId)}/projects`, { name: 'Tenth', fromTemplate: false });
    expect(tenth.status).toBe(201);
    const eleventh = await api.request('POST', `${projects(companyId)}/projects`, { name: 'Eleventh' });
    expect(eleventh.status).toBe(402);
    expect(eleventh.body).toMatchObject({ error: 'usage_limit_reached', message: 'Your Starter plan includes 10 active projects. Growth includes 100.' });
    expect((await api.request('PATCH', `${projects(companyId)}/projects/${tenth.body.project.id}`, { status: 'archived' })).status).toBe(200);
    expect((await api.request('POST', `${projects(companyId)}/projects`, { name: 'Eleventh' })).status).toBe(201);
    expect((await api.request('PATCH', `${projects(companyId)}/projects/${tenth.body.project.id}`, { status: 'active' })).status).toBe(402);

    const projectId = tenth.body.project.id;
    for (let n = 1; n <= 5; n += 1) expect((await api.request('POST', `${projects(companyId)}/projects/${projectId}/guests`, { email: uniqueEmail(`guest${n}`), name: `Guest ${n}` })).status).toBe(201);
    const sixth = await api.request('POST', `${projects(companyId)}/projects/${projectId}/guests`, { email: uniqueEmail('guest6'), name: 'Guest 6' });
    expect(sixth.body).toMatchObject({ error: 'usage_limit_reached', message: 'Your Starter plan includes 5 client guests. Growth includes 50.' });
    expect(sixth.status).toBe(402);
    const usage = await api.request('GET', `${projects(companyId)}/usage`);
    expect(usage.body.limits.find((l: { key: string }) => l.key === 'guests')).toEqual({ key: 'guests', label: 'Client guests', used: 5, limit: 5 });
    expect((await api.request('GET', `/api/companies/${companyId}/billing`)).status).toBe(200);
    const seats = await api.request('GET', `/api/companies/${companyId}/members`);
    expect(seats.body.members).toHaveLength(1);

    const upgraded = await api.request('POST', `/api/companies/${companyId}/billing/changes`, { change: { kind: 'plan', to: 'growth' } });
    expect(upgraded.status).toBe(200);
    expect((await api.request('POST', `${projects(companyId)}/projects/${projectId}/guests`, { email: uniqueEmail('guest7'), name: 'Guest 7' })).status).toBe(201);
  });
});
