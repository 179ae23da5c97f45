import { cmsDomain, cmsLanguage, cmsPageInput, cmsSitePatch } from '@atrium/core';
import { z } from 'zod';

/** A new page: its title, address, the page it sits under ('' for the top) and its language. */
export const newPageForm = cmsPageInput.omit({ parentId: true, language: true }).extend({
  parentId: z.union([z.uuid(), z.literal('')]).default(''),
  language: z.union([cmsLanguage, z.literal('')]).default(''),
});

/** The site's settings as typed: languages comma-separated ("en, fr"), the domain '' for none. */
export const siteSettingsForm = cmsSitePatch.pick({ name: true, slug: true }).required().extend({
  languages: z.string({ error: 'Give at least one language.' }).max(200, { error: 'Too many languages.' }).default('en'),
  domain: z.union([cmsDomain, z.literal('')]).default(''),
});

export const languagesOf = (typed: string) => typed.split(/[\s,]+/).map((code) => code.trim()).filter(Boolean);
