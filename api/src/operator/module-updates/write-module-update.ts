import { randomUUID } from 'node:crypto';
import { moduleNames, type ChangeModuleUpdateRequest, type ConsoleModuleUpdateView, type CreateModuleUpdateRequest, type OperatorView } from '@atrium/core';
import { ModuleUpdate, Operator, type EntityManager, type ModuleUpdateEntity } from '@atrium/db';
import { HttpError, notFound } from '../../http/http-error';
import { renderArticle } from '../../help/render-article';
import { recordOperatorAudit } from '../record-operator-audit';

/** An update as the console shows it: the markdown, the preview companies will read, who published it. */
export async function consoleModuleUpdate(em: EntityManager, update: ModuleUpdateEntity): Promise<ConsoleModuleUpdateView> {
  const publisher = update.publishedBy ? await em.findOne(Operator, { id: update.publishedBy }, { fields: ['email'] }) : null;
  return {
    id: update.id,
    module: update.module,
    title: update.title,
    body: update.body,
    html: update.bodyHtml,
    status: update.publishedAt ? 'published' : 'draft',
    publishedAt: update.publishedAt?.toISOString() ?? null,
    publishedBy: publisher?.email ?? null,
    createdAt: update.createdAt.toISOString(),
    updatedAt: update.updatedAt.toISOString(),
  };
}

/** A new draft: rendered and sanitised once, now, like a help article; nobody outside the console sees it yet. */
export async function createModuleUpdate(em: EntityManager, operator: OperatorView, input: CreateModuleUpdateRequest): Promise<ConsoleModuleUpdateView> {
  const rendered = renderArticle(input.body);
  const update = em.create(ModuleUpdate, {
    id: randomUUID(),
    module: input.module,
    title: input.title,
    body: input.body,
    bodyHtml: rendered.html,
    bodyText: rendered.text,
    createdBy: operator.id,
    updatedBy: operator.id,
    publishedAt: null,
    publishedBy: null,
  });
  recordOperatorAudit(em, { operator, action: 'module_update.created', target: input.title, details: { updateId: update.id, module: input.module, moduleName: moduleNames[input.module] } });
  await em.flush();
  return consoleModuleUpdate(em, update);
}

/**
 * Changes a draft. A published update is never changed: companies were sent its words
 * (notice and mail), and What's new must say the same; a correction is a new update.
 */
export async function changeModuleUpdate(em: EntityManager, operator: OperatorView, updateId: string, input: ChangeModuleUpdateRequest): Promise<ConsoleModuleUpdateView> {
  const update = await em.findOne(ModuleUpdate, { id: updateId });
  if (!update) throw notFound('There is no such module update.');
  if (update.publishedAt) throw new HttpError(409, 'module_update_published', 'This update is published and companies have read it; publish a new update to correct it.');
  const fields = Object.keys(input).filter((key) => input[key as keyof ChangeModuleUpdateRequest] !== undefined);
  if (input.module !== undefined) update.module = input.module;
  if (input.title !== undefined) update.title = input.title;
  if (input.body !== undefined) {
    const rendered = renderArticle(input.body);
    Object.assign(update, { body: input.body, bodyHtml: rendered.html, bodyText: rendered.text });
  }
  update.updatedBy = operator.id;
  recordOperatorAudit(em, { operator, action: 'module_update.changed', target: update.title, details: { updateId, fields } });
  await em.flush();
  return consoleModuleUpdate(em, update);
}
