import { cmsPagePatch } from '@atrium/core';

/** The editor's form: the draft's words and its place, as core's patch (every field sent). */
export const pageEditForm = cmsPagePatch.pick({ title: true, slug: true, seoTitle: true, seoDescription: true, html: true }).required();
