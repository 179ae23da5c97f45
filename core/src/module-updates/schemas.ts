import { z } from 'zod';
import { queryInteger } from '../api/query-integer';
import { text } from '../api/text';
import { companyIdParams } from '../company/schemas';
import { moduleKeys } from '../modules/catalog';

/**
 * Module updates ("What's new"): news about one business module, written by operators in
 * markdown (rendered and sanitised by the API when saved, like the knowledge base), and,
 * once published, sent as a notice to every company that has the module and shown on the
 * module's home. A published update is never edited: the notice companies got says what it says.
 */

const moduleKey = z.enum(moduleKeys, { error: `Choose a module: ${moduleKeys.join(', ')}.` });

export const moduleUpdateView = z
  .object({
    id: z.uuid(),
    module: z.enum(moduleKeys),
    title: z.string(),
    /** Rendered from markdown and sanitised on the server: safe to insert as HTML. */
    html: z.string(),
    publishedAt: z.string(),
  })
  .meta({ id: 'ModuleUpdate' });

export const moduleUpdatesParams = companyIdParams.extend({
  module: z.enum(moduleKeys, { error: `Modules are ${moduleKeys.join(', ')}.` }),
});

export const moduleUpdatesQuery = z.object({ limit: queryInteger({ field: 'number of updates', min: 1, max: 50 }).optional() });

export const moduleUpdateListView = z.object({ updates: z.array(moduleUpdateView) }).meta({ id: 'ModuleUpdates' });

// The operators' side: drafts, the preview, publishing.

// 160: the notice's title is "<Module>: <title>", within the notification's 200 characters.
const updateTitle = text({ field: 'title', min: 3, max: 160 });
const updateBody = text({ field: 'text of the update', min: 1, max: 20_000, multiline: true });

export const createModuleUpdateRequest = z
  .object({ module: moduleKey, title: updateTitle, body: updateBody })
  .meta({ id: 'CreateModuleUpdateRequest' });

export const changeModuleUpdateRequest = z
  .object({ module: moduleKey.optional(), title: updateTitle.optional(), body: updateBody.optional() })
  .meta({ id: 'ChangeModuleUpdateRequest' });

export const consoleModuleUpdateParams = z.object({ updateId: z.uuid({ error: 'That is not an update id.' }) });

export const consoleModuleUpdateView = z
  .object({
    id: z.uuid(),
    module: z.enum(moduleKeys),
    title: z.string(),
    /** The markdown as the operator wrote it. */
    body: z.string(),
    /** The preview: exactly what companies will read. */
    html: z.string(),
    status: z.enum(['draft', 'published']),
    publishedAt: z.string().nullable(),
    /** The operator who published it, by email (null for a draft, or an operator since removed). */
    publishedBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ConsoleModuleUpdate' });

export const publishedModuleUpdateView = z
  .object({
    update: consoleModuleUpdateView,
    /** Companies that have the module now, and how many of them got a new notice (0 when they had it already). */
    companies: z.int(),
    notified: z.int(),
  })
  .meta({ id: 'PublishedModuleUpdate' });

export type ModuleUpdateView = z.infer<typeof moduleUpdateView>;
export type ConsoleModuleUpdateView = z.infer<typeof consoleModuleUpdateView>;
export type CreateModuleUpdateRequest = z.infer<typeof createModuleUpdateRequest>;
export type ChangeModuleUpdateRequest = z.infer<typeof changeModuleUpdateRequest>;
