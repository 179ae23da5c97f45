import { describe, expect, it } from 'vitest';
import { uniqueEmail } from './support/browser';
import { followOutboxLink, password, signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';
import { pageWidth, phone, widest } from './support/phone';
import { buyProjects } from './support/projects-flows';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('Projects on a 390 px phone', () => {
  const session = dashboardSession();

  it('fits every Projects page on the screen, the guest’s included, with long names filled in', async () => {
    const owner = await session.newPage();
    await owner.setViewportSize(phone);
    const name = 'Chandrasekhara Venkata Raman';
    const companyId = await signUpInBrowser(owner, { name, email: uniqueEmail('projects-phone'), companyName: `Raman Scattering Laboratories ${Date.now().toString(36)}` });
    await buyProjects(owner, companyId);

    // Long names are what widen a phone's page: a project, a task, a milestone, a checklist item, a comment, a guest.
    const api = `/api/companies/${companyId}/modules/projects`;
    const created = await owner.request.post(`${api}/projects`, { data: { name: 'Spectroscopy of light scattering in transparent liquids and crystals', dueOn: day(40) } });
    expect(created.status()).toBe(201);
    const board = (await created.json()) as { project: { id: string }; tasks: { id: string }[] };
    const projectId = board.project.id;
    const me = ((await (await owner.request.get('/api/me')).json()) as { user: { id: string } }).user.id;
    const task = await owner.request.post(`${api}/projects/${projectId}/tasks`, { data: { title: 'Photograph the modified scattered radiation with the quartz spectrograph', ownerId: me, dueOn: day(2) } });
    const taskId = ((await task.json()) as { id: string }).id;
    await owner.request.post(`${api}/projects/${projectId}/tasks/${taskId}/checklist`, { data: { label: 'Calibrate the mercury arc lamp against the reference lines' } });
    await owner.request.post(`${api}/projects/${projectId}/tasks/${taskId}/comments`, { data: { body: 'Supercalifragilisticexpialidociouslylongwordwithoutanyspaces to see it wrap.' } });
    await owner.request.post(`${api}/projects/${projectId}/milestones`, { data: { name: 'Announcement to the Indian Association for the Cultivation of Science', dueOn: day(5) } });
    await owner.request.post(`${api}/projects/${projectId}/tasks/${board.tasks[0]!.id}/move`, { data: { status: 'in_review' } });
    const guestEmail = uniqueEmail('projects-phone-guest-with-a-long-address');
    expect((await owner.request.post(`${api}/projects/${projectId}/guests`, { data: { email: guestEmail, name: 'Kariamanikkam Srinivasa Krishnan' } })).status()).toBe(201);

    const base = `/${companyId}/modules/projects`;
    const pages = ['', '?scope=company', `/${projectId}`, `/${projectId}/tasks/${taskId}`, '/timeline'];
    const tooWide: string[] = [];
    for (const path of pages) {
      const response = await owner.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(200);
      await owner.getByTestId('projects-nav').waitFor();
      const width = await pageWidth(owner);
      if (width > phone.width) tooWide.push(`${path || '/'} is ${width} px wide: ${await widest(owner)}`);
    }

    // The guest's own pages: the invitation, the list and the shared project.
    const guest = await session.newPage();
    await guest.setViewportSize(phone);
    await followOutboxLink(guest, guestEmail, 'invited you to follow');
    await guest.waitForURL(/\/guest-invite\/[\w-]+$/);
    if ((await pageWidth(guest)) > phone.width) tooWide.push(`the guest invitation: ${await widest(guest)}`);
    await guest.getByLabel('Your name').fill('Kariamanikkam Srinivasa Krishnan');
    await guest.getByLabel('Choose a password').fill(password);
    await guest.getByTestId('accept-guest-invitation').click();
    await guest.waitForURL(`**/guest/${projectId}`);
    for (const path of [`/guest/${projectId}`, '/guest']) {
      expect((await guest.goto(path))?.status(), path).toBe(200);
      if ((await pageWidth(guest)) > phone.width) tooWide.push(`${path}: ${await widest(guest)}`);
    }
    expect(tooWide).toEqual([]);
  }, 120_000);
});
