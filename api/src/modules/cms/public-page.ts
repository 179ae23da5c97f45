import { publicPathOf, splitPublicPath, type CmsPublicPage } from '@atrium/core';
import { CmsPage, type CmsPageEntity, type CmsSiteEntity, type EntityManager } from '@atrium/db';
import { homePageId } from './cms-context';
import { sanitizePageHtml } from './sanitize';

/**
 * A page as the public site draws it: the site, its menu (the top-level published pages of
 * the page's language) and the page. `published` reads only the published columns, so a
 * draft never reaches a visitor; `draft` is the signed-in preview of the draft columns.
 * Both are cleaned once more on the way out.
 */
export async function publicPageOf(em: EntityManager, site: CmsSiteEntity, page: CmsPageEntity, mode: 'published' | 'draft'): Promise<CmsPublicPage> {
  const defaultLanguage = site.languages[0] ?? 'en';
  const top = await em.find(CmsPage, { site: site.id, language: page.language, parentId: null, publishedAt: { $ne: null } }, { orderBy: { position: 'asc', title: 'asc', id: 'asc' }, fields: ['id', 'slug', 'path', 'publishedTitle', 'title', 'position'] });
  const homeId = top[0]?.id ?? null;
  const nav = top.map((item) => ({ title: item.publishedTitle ?? item.title, path: publicPathOf(item.path, page.language, defaultLanguage, item.id === homeId) }));
  const draft = mode === 'draft';
  return {
    site: { name: site.name, slug: site.slug, languages: site.languages, defaultLanguage },
    nav,
    page: {
      title: draft ? page.title : (page.publishedTitle ?? ''),
      seoTitle: draft ? page.seoTitle : (page.publishedSeoTitle ?? ''),
      seoDescription: draft ? page.seoDescription : (page.publishedSeoDescription ?? ''),
      html: sanitizePageHtml(draft ? page.html : (page.publishedHtml ?? '')),
      language: page.language,
      path: publicPathOf(page.path, page.language, defaultLanguage, page.id === homeId),
      publishedAt: page.publishedAt?.toISOString() ?? null,
    },
  };
}

/** The published page a visitor's path names on this site, or null: drafts and unpublished pages are not there. */
export async function publishedPageAt(em: EntityManager, site: CmsSiteEntity, requested: string): Promise<CmsPageEntity | null> {
  const { language, path } = splitPublicPath(requested, site.languages);
  if (!path) {
    const id = await homePageId(em, site.id, language, true);
    return id ? em.findOne(CmsPage, { id, site: site.id, publishedAt: { $ne: null } }) : null;
  }
  return em.findOne(CmsPage, { site: site.id, language, path, publishedAt: { $ne: null } });
}
