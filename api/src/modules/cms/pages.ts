import { cmsDeleted, cmsKit, cmsPageInput, cmsPageParams, cmsPagePatch, cmsPageView, cmsPublicPage, cmsRevisionParams, cmsSiteParams, makesLoop, pagePaths } from '@atrium/core';
import { CmsPage, CmsPageRevision, CmsSite, UniqueConstraintViolationException, withTenant, type CmsPageEntity, type CmsSiteEntity, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, reserveUsage } from '../kit/usage';
import { afterUsage, cmsActor, homePageId, pageSummary, publicPagePath, requireEdit, type CmsActor } from './cms-context';
import { publicPageOf } from './public-page';
import { sanitizePageHtml } from './sanitize';

const noPage = 'There is no such page.';

const addressTaken = (error: unknown): never => {
  if (error instanceof UniqueConstraintViolationException) throw new HttpError(409, 'page_address_taken', 'Another page of this site already has that address. Choose another.', { slug: 'Taken in this part of the site.' });
  throw error;
};

async function pageView(em: EntityManager, page: CmsPageEntity, site: CmsSiteEntity, actor: CmsActor) {
  const revisions = await em.find(CmsPageRevision, { page: page.id }, { orderBy: { number: 'desc' }, limit: 50 });
  const isHome = (await homePageId(em, site.id, page.language, true)) === page.id;
  return {
    ...pageSummary(page, site.id), seoTitle: page.seoTitle, seoDescription: page.seoDescription, html: page.html, siteSlug: site.slug,
    publicPath: publicPagePath(site, page, isHome),
    revisions: revisions.map((revision) => ({ id: revision.id, number: revision.number, title: revision.title, publishedAt: revision.createdAt.toISOString(), publishedBy: revision.createdBy ?? null })),
    canEdit: actor.canEdit, canPublish: actor.canEdit,
  };
}

/** The page and its site, both under the company's RLS. */
async function pageAndSite(em: EntityManager, pageId: string) {
  const page = await findOr404(em, CmsPage, { id: pageId }, noPage);
  const site = await findOr404(em, CmsSite, { id: page.site.id }, noPage);
  return { page, site };
}

/** Every page of the site in the page's language gets its address again (after a move or a new slug). */
async function refreshPaths(em: EntityManager, siteId: string, language: string): Promise<void> {
  const pages = await em.find(CmsPage, { site: siteId, language });
  const paths = pagePaths(pages.map((page) => ({ id: page.id, parentId: page.parentId ?? null, slug: page.slug, position: page.position, title: page.title })));
  for (const page of pages) page.path = paths.get(page.id) ?? page.slug;
}

export function pageRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'post', path: '/sites/:siteId/pages', summary: 'Add a draft page to a site’s tree', can: 'create', params: cmsSiteParams, body: cmsPageInput,
    responses: { 201: { description: 'The page', schema: cmsPageView }, 409: { description: 'page_address_taken' } },
    handler: async (ctx) => {
      const { companyId, siteId } = validate(cmsSiteParams, ctx.params);
      const input = validate(cmsPageInput, ctx.request.body);
      const actor = cmsActor(ctx);
      requireEdit(actor);
      ctx.status = 201;
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const site = await findOr404(em, CmsSite, { id: siteId }, 'There is no such site.');
        const parent = input.parentId ? await em.findOne(CmsPage, { id: input.parentId, site: siteId }) : null;
        if (input.parentId && !parent) throw new HttpError(400, 'invalid_request', 'There is no such parent page on this site.', { parentId: 'No such page on this site.' });
        const language = parent?.language ?? input.language ?? site.languages[0]!;
        if (!site.languages.includes(language)) throw new HttpError(400, 'invalid_request', `The site is not in ${language}. Add the language to the site first.`, { language: 'Not one of the site’s languages.' });
        if (parent && input.language && input.language !== parent.language) throw new HttpError(400, 'invalid_request', 'A page is in the language of the page it sits under.', { language: 'Same as the parent page.' });
        const [last] = await em.execute<{ position: number | null }[]>(`select max(position) as position from cms_page where site_id = ? and language = ? and parent_id is not distinct from ?`, [siteId, language, input.parentId], 'all');
        const page = em.create(CmsPage, {
          company: companyId, site, parentId: input.parentId, slug: input.slug, path: parent ? `${parent.path}/${input.slug}` : input.slug, language,
          position: (last?.position ?? -1) + 1, title: input.title, html: '', draftUpdatedAt: new Date(), ownerId: actor.userId, createdBy: actor.userId,
        });
        await em.flush().catch(addressTaken);
        return pageView(em, page, site, actor);
      });
    },
  });

  routes.add({
    method: 'get', path: '/pages/:pageId', summary: 'A page: its draft, its state and its revisions', can: 'read', params: cmsPageParams,
    responses: { 200: { description: 'The page', schema: cmsPageView } },
    handler: async (ctx) => {
      const { companyId, pageId } = validate(cmsPageParams, ctx.params);
      const actor = cmsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const { page, site } = await pageAndSite(em, pageId);
        return pageView(em, page, site, actor);
      });
    },
  });

  routes.add({
    method: 'patch', path: '/pages/:pageId', summary: 'Save the draft (the public site changes on publish); the address and place in the tree apply at once', can: 'update', params: cmsPageParams, body: cmsPagePatch,
    responses: { 200: { description: 'The page', schema: cmsPageView }, 409: { description: 'page_address_taken' } },
    handler: async (ctx) => {
      const { companyId, pageId } = validate(cmsPageParams, ctx.params);
      const input = validate(cmsPagePatch, ctx.request.body);
      const actor = cmsActor(ctx);
      requireEdit(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const { page, site } = await pageAndSite(em, pageId);
        if (input.parentId !== undefined && input.parentId !== (page.parentId ?? null)) {
          const parent = input.parentId ? await em.findOne(CmsPage, { id: input.parentId, site: site.id }) : null;
          if (input.parentId && (!parent || parent.language !== page.language)) throw new HttpError(400, 'invalid_request', 'There is no such parent page in this site’s language.', { parentId: 'No such page here.' });
          const all = await em.find(CmsPage, { site: site.id, language: page.language }, { fields: ['id', 'parentId', 'slug', 'position', 'title'] });
          const tree = all.map((row) => ({ id: row.id, parentId: row.parentId ?? null, slug: row.slug, position: row.position, title: row.title }));
          if (makesLoop(tree, page.id, input.parentId)) throw new HttpError(400, 'invalid_request', 'A page cannot sit under itself or one of its own sub-pages.', { parentId: 'Choose a page outside this one.' });
          page.parentId = input.parentId;
        }
        if (input.slug !== undefined) page.slug = input.slug;
        if (input.position !== undefined) page.position = input.position;
        let draftChanged = false;
        if (input.title !== undefined && input.title !== page.title) [page.title, draftChanged] = [input.title, true];
        if (input.seoTitle !== undefined && input.seoTitle !== page.seoTitle) [page.seoTitle, draftChanged] = [input.seoTitle, true];
        if (input.seoDescription !== undefined && input.seoDescription !== page.seoDescription) [page.seoDescription, draftChanged] = [input.seoDescription, true];
        if (input.html !== undefined) {
          const html = sanitizePageHtml(input.html);
          if (html !== page.html) [page.html, draftChanged] = [html, true];
          await tickSetupStep(em, 'cms', 'review_starter_pages');
        }
        if (draftChanged) page.draftUpdatedAt = new Date();
        if (input.slug !== undefined || input.parentId !== undefined) await refreshPaths(em, site.id, page.language);
        await em.flush().catch(addressTaken);
        return pageView(em, page, site, actor);
      });
    },
  });

  routes.add({
    method: 'get', path: '/pages/:pageId/preview', summary: 'The draft as the public site would show it (signed-in people of the company only)', can: 'read', params: cmsPageParams,
    responses: { 200: { description: 'The draft, cleaned as on publish', schema: cmsPublicPage } },
    handler: async (ctx) => {
      const { companyId, pageId } = validate(cmsPageParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const { page, site } = await pageAndSite(em, pageId);
        ctx.set('cache-control', 'private, no-store');
        return publicPageOf(em, site, page, 'draft');
      });
    },
  });

  routes.add({
    method: 'post', path: '/pages/:pageId/publish', summary: 'Publish the draft: the public site shows it, and it becomes a revision (counts towards the plan the first time)', can: 'update', params: cmsPageParams,
    responses: { 200: { description: 'The page', schema: cmsPageView }, 402: { description: 'usage_limit_reached' } },
    handler: async (ctx) => {
      const { companyId, pageId } = validate(cmsPageParams, ctx.params);
      const actor = cmsActor(ctx);
      requireEdit(actor);
      const { view, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const { page, site } = await pageAndSite(em, pageId);
        const change = page.publishedAt ? null : await reserveUsage(em, cmsKit, 'pages', 1, actor.entitlements, companyId);
        // Cleaned again: the allow-list may have tightened since the draft was saved, or the row came another way.
        const html = sanitizePageHtml(page.html);
        const now = new Date();
        Object.assign(page, { html, publishedTitle: page.title, publishedSeoTitle: page.seoTitle, publishedSeoDescription: page.seoDescription, publishedHtml: html, publishedAt: now });
        if (page.draftUpdatedAt > now) page.draftUpdatedAt = now;
        const [last] = await em.execute<{ n: number | null }[]>(`select max(number) as n from cms_page_revision where page_id = ?`, [page.id], 'all');
        em.create(CmsPageRevision, { company: companyId, page, number: (last?.n ?? 0) + 1, title: page.title, seoTitle: page.seoTitle, seoDescription: page.seoDescription, html, createdBy: actor.userId });
        await em.flush();
        await tickSetupStep(em, 'cms', 'publish_site');
        return { view: await pageView(em, page, site, actor), change, periodStart: await currentPeriodStart(em) };
      });
      if (change) await afterUsage(deps, companyId, change, periodStart);
      ctx.body = view;
    },
  });

  routes.add({
    method: 'post', path: '/pages/:pageId/unpublish', summary: 'Take a page off the public site (its draft and revisions stay)', can: 'update', params: cmsPageParams,
    responses: { 200: { description: 'The page', schema: cmsPageView } },
    handler: async (ctx) => {
      const { companyId, pageId } = validate(cmsPageParams, ctx.params);
      const actor = cmsActor(ctx);
      requireEdit(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const { page, site } = await pageAndSite(em, pageId);
        Object.assign(page, { publishedTitle: null, publishedSeoTitle: null, publishedSeoDescription: null, publishedHtml: null, publishedAt: null });
        await em.flush();
        return pageView(em, page, site, actor);
      });
    },
  });

  routes.add({
    method: 'post', path: '/pages/:pageId/revisions/:revisionId/restore', summary: 'Copy a published revision back into the draft (publish to show it again)', can: 'update', params: cmsRevisionParams,
    responses: { 200: { description: 'The page', schema: cmsPageView } },
    handler: async (ctx) => {
      const { companyId, pageId, revisionId } = validate(cmsRevisionParams, ctx.params);
      const actor = cmsActor(ctx);
      requireEdit(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const { page, site } = await pageAndSite(em, pageId);
        const revision = await findOr404(em, CmsPageRevision, { id: revisionId, page: page.id }, 'This page has no such revision.');
        Object.assign(page, { title: revision.title, seoTitle: revision.seoTitle, seoDescription: revision.seoDescription, html: sanitizePageHtml(revision.html), draftUpdatedAt: new Date() });
        await em.flush();
        return pageView(em, page, site, actor);
      });
    },
  });

  routes.add({
    method: 'delete', path: '/pages/:pageId', summary: 'Delete a page with its revisions (managers; its sub-pages first)', can: 'delete', params: cmsPageParams,
    responses: { 200: { description: 'Deleted', schema: cmsDeleted }, 409: { description: 'page_has_children' } },
    handler: async (ctx) => {
      const { companyId, pageId } = validate(cmsPageParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const page = await findOr404(em, CmsPage, { id: pageId }, noPage);
        if (await em.count(CmsPage, { parentId: page.id })) throw new HttpError(409, 'page_has_children', 'This page has sub-pages. Move or delete them first.');
        await em.execute(`delete from cms_page_view_day where page_id = ?`, [page.id]);
        await em.remove(page).flush();
        return { deleted: true as const };
      });
    },
  });
}

