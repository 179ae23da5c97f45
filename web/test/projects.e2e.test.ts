import { describe, expect, it } from 'vitest';
import { moduleDefaults } from '@atrium/core';
import { uniqueEmail } from './support/browser';
import { followOutboxLink, password, signUpInBrowser } from './support/company-flows';
import { dragWithMouse } from './support/crm-flows';
import { dashboardSession } from './support/dashboard-session';
import { boardColumn, buyProjects, taskInColumn } from './support/projects-flows';

const template = moduleDefaults.projects.projectTemplate.tasks;

describe('a project manager runs a client project, and the client follows it as a guest', () => {
  const session = dashboardSession();

  it('creates a project from the template, drags a task across the board and moves one by keyboard, invites a guest who sees that project and nothing else', async () => {
    const manager = await session.newPage();
    const companyName = `Bridge Builders ${Date.now().toString(36)}`;
    const companyId = await signUpInBrowser(manager, { name: 'Isambard Brunel', email: uniqueEmail('projects-owner'), companyName });
    await buyProjects(manager, companyId);

    // A project from the provisioned template: its five tasks wait in "To do".
    await manager.goto(`/${companyId}/modules/projects`);
    await manager.getByTestId('projects-empty').waitFor();
    await manager.getByTestId('whats-new').waitFor();
    await manager.getByTestId('project-name').fill('Clifton bridge');
    await expect(manager.getByTestId('project-from-template').isChecked()).resolves.toBe(true);
    await manager.getByTestId('create-project').click();
    await manager.waitForURL(`**/${companyId}/modules/projects/*`);
    const projectId = new URL(manager.url()).pathname.split('/').at(-1)!;
    await expect(boardColumn(manager, 'todo').getByTestId('task-link').allTextContents()).resolves.toEqual(template);

    // Dragged with the real mouse to "In progress".
    const first = template[0]!;
    const card = manager.getByTestId('task-card').filter({ hasText: first });
    await dragWithMouse(manager, card.getByTestId('task-link'), boardColumn(manager, 'in_progress'));
    await taskInColumn(manager, 'in_progress', first);
    await expect(boardColumn(manager, 'todo').getByTestId('column-count').textContent()).resolves.toBe(String(template.length - 1));

    // Without dragging: the card's "Move to" menu and its button, from the keyboard.
    await card.getByTestId('move-task-status').focus();
    await card.getByTestId('move-task-status').selectOption({ label: 'Done' });
    await manager.keyboard.press('Tab');
    await manager.keyboard.press('Enter');
    await taskInColumn(manager, 'done', first);
    // The board after a reload says the same: the moves were saved.
    await manager.reload();
    await taskInColumn(manager, 'done', first);

    // The client, invited as a guest of this project only.
    const guestEmail = uniqueEmail('projects-client');
    await manager.getByTestId('guest-name').fill('Clara Client');
    await manager.getByTestId('guest-email').fill(guestEmail);
    await manager.getByTestId('invite-guest').click();
    await expect(manager.getByTestId('guest-notice').textContent()).resolves.toContain(guestEmail);
    // A second project the guest must never see.
    const other = await manager.request.post(`/api/companies/${companyId}/modules/projects/projects`, { data: { name: 'Secret tunnel', fromTemplate: false } });
    expect(other.status()).toBe(201);
    const otherId = ((await other.json()) as { project: { id: string } }).project.id;

    const guest = await session.newPage();
    await followOutboxLink(guest, guestEmail, 'invited you to follow');
    await guest.waitForURL(/\/guest-invite\/[\w-]+$/);
    await expect(guest.getByTestId('guest-invitation-project').textContent()).resolves.toBe('Follow Clifton bridge');
    await guest.getByLabel('Your name').fill('Clara Client');
    await guest.getByLabel('Choose a password').fill(password);
    await guest.getByTestId('accept-guest-invitation').click();
    await guest.waitForURL(`**/guest/${projectId}`);
    await expect(guest.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Clifton bridge');
    await expect(guest.getByTestId('guest-column-done').getByTestId('guest-task').allTextContents()).resolves.toEqual([expect.stringContaining(first)]);
    await expect(guest.getByTestId('guest-task').count()).resolves.toBe(template.length);

    // The way in lists that project only; nothing of the company opens.
    await guest.goto('/');
    await guest.waitForURL('**/guest');
    await expect(guest.getByTestId('guest-project-row').allTextContents()).resolves.toEqual([expect.stringContaining('Clifton bridge')]);
    expect(await guest.content()).not.toContain('Secret tunnel');
    for (const path of [`/${companyId}`, `/${companyId}/modules/projects`, `/${companyId}/modules/projects/${projectId}`, `/${companyId}/billing`, `/${companyId}/team`]) {
      const response = await guest.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    expect((await guest.goto(`/guest/${otherId}`))?.status()).toBe(404);
    expect(await guest.content()).not.toContain('Secret tunnel');
    const api = await guest.request.get(`/api/companies/${companyId}/modules/projects/projects/${otherId}`);
    expect(api.status()).toBe(403);
  }, 120_000);
});
