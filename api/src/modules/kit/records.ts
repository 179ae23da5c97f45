import type { EntityManager, EntityName, FilterQuery } from '@atrium/db';
import { HttpError, notFound } from '../../http/http-error';

/**
 * The record `where` names, or a 404 with the module's sentence ("There is no such
 * contact."). `null` is the caller's way of saying the person may read none of them (an
 * empty CASL `readable`): a 404 without a query, never an unfiltered look-up.
 */
export async function findOr404<Entity extends object>(em: EntityManager, entity: EntityName<Entity>, where: FilterQuery<NoInfer<Entity>> | null, message: string): Promise<Entity> {
  const found = where ? await em.findOne(entity, where) : null;
  if (!found) throw notFound(message);
  return found as Entity;
}

/**
 * A record a request links to by id (`contactId`, `dealId`): null when the id is absent,
 * else the record, or a 400 naming the field, since the id came in the request.
 */
export async function linkedOr400<Entity extends object>(em: EntityManager, entity: EntityName<Entity>, id: string | null | undefined, field: string, what: string): Promise<Entity | null> {
  if (!id) return null;
  const found = await em.findOne(entity, { id } as FilterQuery<NoInfer<Entity>>);
  if (!found) throw new HttpError(400, 'invalid_request', `There is no such ${what}.`, { [field]: `No such ${what}.` });
  return found as Entity;
}

/** Deletes what `where` names (children go by their foreign keys' cascade); nothing there is a 404. */
export async function removeOr404<Entity extends object>(em: EntityManager, entity: EntityName<Entity>, where: FilterQuery<NoInfer<Entity>>, message: string): Promise<{ deleted: true }> {
  if (!(await em.nativeDelete(entity, where))) throw notFound(message);
  return { deleted: true };
}

/** One page of a list and its total, scoped to the company so the list index serves it (db's `pageOf`). */
export { pageOf, type PageRequest } from '@atrium/db';
