import { publicPathOf, type CmsPageStatus, type CmsPageSummary, type Entitlements } from '@atrium/core';
import type { CmsPageEntity, CmsSiteEntity, EntityManager } from '@atrium/db';
import type { Context } from 'koa';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { noticeUsageAfterCommit, type UsageChange } from '../kit/usage';

/**
 * The person and company of a CMS request. Pages have no single owner: editors and managers
 * change and publish any page of the company's sites (several people work on one site);
 * viewers read; managers remove pages and sites and manage the sites' settings.
 */
export interface CmsActor {
  companyId: string;
  userId: string;
  entitlements: Entitlements;
  canEdit: boolean;
  manages: boolean;
}

export function cmsActor(ctx: Context): CmsActor {
  const { ability } = ctx.state;
  return {
    companyId: ctx.state.membership.companyId,
    userId: ctx.state.person.id,
    entitlements: ctx.state.entitlements,
    canEdit: ability.can('update', 'cms'),
    manages: ability.can('manage', 'cms'),
  };
}

export function requireEdit(actor: CmsActor): void {
  if (!actor.canEdit) throw new HttpError(403, 'forbidden', 'Your CMS role lets you read the site, not change it. Ask a CMS manager for the editor role.');
}

export function requireManage(actor: CmsActor): void {
  if (!actor.manages) throw new HttpError(403, 'forbidden', 'Only CMS managers change a site’s settings or remove it. Ask a CMS manager.');
}

type PageFields = Pick<CmsPageEntity, 'id' | 'parentId' | 'title' | 'slug' | 'path' | 'language' | 'position' | 'publishedAt' | 'draftUpdatedAt'>;

export function statusOf(page: Pick<CmsPageEntity, 'publishedAt' | 'draftUpdatedAt'>): CmsPageStatus {
  if (!page.publishedAt) return 'draft';
  return page.draftUpdatedAt > page.publishedAt ? 'changed' : 'published';
}

export const pageSummary = (page: PageFields, siteId: string): CmsPageSummary => ({
  id: page.id, siteId, parentId: page.parentId ?? null, title: page.title, slug: page.slug, path: page.path, language: page.language, position: page.position,
  status: statusOf(page), publishedAt: page.publishedAt?.toISOString() ?? null, updatedAt: page.draftUpdatedAt.toISOString(),
});

/** The site's home page in a language: its first top-level page by position. */
export async function homePageId(em: EntityManager, siteId: string, language: string, published: boolean): Promise<string | null> {
  const [row] = await em.execute<{ id: string }[]>(
    `select id from cms_page where site_id = ? and language = ? and parent_id is null ${published ? 'and published_at is not null' : ''} order by position, title, id limit 1`,
    [siteId, language],
    'all',
  );
  return row?.id ?? null;
}

/** Where a page is read on the public site, from the dashboard's root: `/sites/acme/fr/contact`. */
export function publicPagePath(site: CmsSiteEntity, page: CmsPageEntity, isHome: boolean): string {
  const under = publicPathOf(page.path, page.language, site.languages[0] ?? 'en', isHome);
  return `/sites/${site.slug}${under ? `/${under}` : ''}`;
}

export const afterUsage = (deps: Pick<ApiDependencies, 'orm' | 'mailer' | 'logger'>, companyId: string, change: UsageChange, periodStart: string) =>
  noticeUsageAfterCommit(deps, 'cms', companyId, change, periodStart);
