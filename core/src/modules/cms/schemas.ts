import { z } from 'zod';
import { text } from '../../api/text';

const id = (what: string) => z.uuid({ error: `That is not a ${what} id.` });
const required = (field: string, max: number, message: string) => text({ field, min: 1, max, messages: { required: message, min: message } });

/** A part of a web address: lower-case letters, digits and dashes, as people type them in a URL. */
export const cmsSlugPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const slug = (what: string) =>
  z.string({ error: `Give the ${what}.` }).trim().toLowerCase().regex(cmsSlugPattern, { error: `The ${what} is made of lower-case letters, digits and dashes (at most 64), like “about-us”.` });
/** A language as a web address shows it: `en`, `fr`, `pt-BR`. */
export const cmsLanguagePattern = /^[a-z]{2}(?:-[A-Z]{2})?$/;
export const cmsLanguage = z.string({ error: 'Give the language.' }).trim().regex(cmsLanguagePattern, { error: 'A language is a two-letter code such as en, fr or pt-BR.' });
/** A connected domain: a host name only (no scheme, port or path), lower case. */
export const cmsDomain = z
  .string({ error: 'Give the domain.' })
  .trim()
  .toLowerCase()
  .max(253, { error: 'A domain has at most 253 characters.' })
  .regex(/^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: 'Give the domain as www.example.com: no https://, no path.' });

export const cmsParams = z.object({ companyId: id('company') });
export const cmsSiteParams = cmsParams.extend({ siteId: id('site') });
export const cmsPageParams = cmsParams.extend({ pageId: id('page') });
export const cmsRevisionParams = cmsPageParams.extend({ revisionId: id('revision') });
export const cmsMediaParams = cmsSiteParams.extend({ mediaId: id('media') });

const languages = z.array(cmsLanguage).min(1, { error: 'A site has at least one language.' }).max(20, { error: 'At most 20 languages.' });

export const cmsSiteInput = z
  .object({
    name: required('site name', 120, 'Give the site a name.'),
    slug: slug('site address'),
    /** The first is the default: its pages live at the site's root, the others under `/{language}/`. */
    languages: languages.default(['en']),
  })
  .meta({ id: 'CmsSiteInput' });

export const cmsSitePatch = z
  .object({
    name: required('site name', 120, 'Give the site a name.'),
    slug: slug('site address'),
    languages,
    domain: z.union([cmsDomain, z.literal('').transform(() => null), z.null()]),
  })
  .partial()
  .meta({ id: 'CmsSitePatch' });

export const cmsPageStatus = z.enum(['draft', 'published', 'changed']);

export const cmsPageInput = z
  .object({
    title: required('title', 200, 'Give the page a title.'),
    slug: slug('page address'),
    parentId: id('parent page').nullable().default(null),
    language: cmsLanguage.optional(),
  })
  .meta({ id: 'CmsPageInput' });

/** What the editor saves: the draft only; the public site changes when it is published. */
export const cmsPagePatch = z
  .object({
    title: required('title', 200, 'Give the page a title.'),
    slug: slug('page address'),
    parentId: id('parent page').nullable(),
    position: z.number({ error: 'The position is a number.' }).int({ error: 'The position is a whole number.' }).min(0, { error: 'The position is 0 or more.' }).max(10_000, { error: 'The position is at most 10000.' }),
    seoTitle: text({ field: 'search title', max: 70 }),
    seoDescription: text({ field: 'search description', max: 160 }),
    /** HTML from the editor (or the plain textarea); cleaned on the server to the allow-list. */
    html: text({ field: 'content', max: 80_000, multiline: true }),
  })
  .partial()
  .meta({ id: 'CmsPagePatch' });

export const cmsPageSummary = z
  .object({
    id: z.uuid(),
    siteId: z.uuid(),
    parentId: z.uuid().nullable(),
    title: z.string(),
    slug: z.string(),
    /** The page's address under its language: `about/team`. */
    path: z.string(),
    language: z.string(),
    position: z.number().int(),
    status: cmsPageStatus,
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CmsPageSummary' });

export const cmsRevisionView = z
  .object({ id: z.uuid(), number: z.number().int(), title: z.string(), publishedAt: z.string(), publishedBy: z.string().nullable() })
  .meta({ id: 'CmsRevision' });

export const cmsPageView = cmsPageSummary
  .extend({
    seoTitle: z.string(),
    seoDescription: z.string(),
    html: z.string(),
    siteSlug: z.string(),
    /** The address of the published page on the public site (dashboard-relative). */
    publicPath: z.string(),
    revisions: z.array(cmsRevisionView),
    canEdit: z.boolean(),
    canPublish: z.boolean(),
  })
  .meta({ id: 'CmsPage' });

export const cmsSiteView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    domain: z.string().nullable(),
    languages: z.array(z.string()),
    defaultLanguage: z.string(),
    pageCount: z.number().int(),
    publishedPages: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'CmsSite' });
export const cmsSiteDetail = cmsSiteView.extend({ pages: z.array(cmsPageSummary) }).meta({ id: 'CmsSiteDetail' });
export const cmsSiteList = z.object({ sites: z.array(cmsSiteView) }).meta({ id: 'CmsSiteList' });

export const cmsMediaView = z
  .object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int(), width: z.number().int(), height: z.number().int(), url: z.string(), createdAt: z.string() })
  .meta({ id: 'CmsMedia' });
export const cmsMediaList = z.object({ media: z.array(cmsMediaView) }).meta({ id: 'CmsMediaList' });
export const cmsMediaQuery = z.object({ name: text({ field: 'file name', max: 200 }).optional() });
export const cmsDeleted = z.object({ deleted: z.literal(true) }).meta({ id: 'CmsDeleted' });

// The public site (no session).

export const cmsPublicSlugParams = z.object({ siteSlug: slug('site address') });
export const cmsPublicHostParams = z.object({ host: cmsDomain });
export const cmsPublicMediaParams = cmsPublicSlugParams.extend({ mediaId: id('media') });
/** The address under the site's root, as the visitor asked for it: `about/team`, `fr/contact`, '' for the home page. */
export const cmsPublicPageQuery = z.object({
  path: z
    .string({ error: 'Give the page address.' })
    .max(600, { error: 'That page address is too long.' })
    .regex(/^[a-zA-Z0-9/-]*$/, { error: 'There is no page at that address.' })
    .default(''),
});

export const cmsNavItem = z.object({ title: z.string(), path: z.string() }).meta({ id: 'CmsNavItem' });
export const cmsPublicPage = z
  .object({
    site: z.object({ name: z.string(), slug: z.string(), languages: z.array(z.string()), defaultLanguage: z.string() }),
    nav: z.array(cmsNavItem),
    page: z.object({ title: z.string(), seoTitle: z.string(), seoDescription: z.string(), html: z.string(), language: z.string(), path: z.string(), publishedAt: z.string().nullable() }),
  })
  .meta({ id: 'CmsPublicPage' });
export const cmsSitemap = z
  .object({ site: z.object({ name: z.string(), slug: z.string(), domain: z.string().nullable() }), pages: z.array(z.object({ path: z.string(), publishedAt: z.string() })) })
  .meta({ id: 'CmsSitemap' });

export type CmsSiteInput = z.infer<typeof cmsSiteInput>;
export type CmsPagePatch = z.infer<typeof cmsPagePatch>;
export type CmsPageSummary = z.infer<typeof cmsPageSummary>;
export type CmsPublicPage = z.infer<typeof cmsPublicPage>;
export type CmsPageStatus = z.infer<typeof cmsPageStatus>;
