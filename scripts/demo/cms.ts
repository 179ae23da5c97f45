import { slugify } from '@atrium/core';
import type { OwnerSession } from './owner';

/**
 * CMS demo records through the API: a site with its starter pages written and published, a
 * sub-page, a draft not yet published, and page views over the last 30 days. Today's views
 * are real visits to the public site (each counted by the API); the 29 days before are
 * written by the local install's dev route, as the daily counter would have left them.
 */

export interface CmsDemo {
  site: string;
  published: number;
  drafts: number;
  /** Views over the last 30 days, today's included. */
  views: number;
}

const pages: Record<string, { title: string; html: string; seoDescription: string }> = {
  home: { title: 'Home', html: '<h1>Good tools for good work</h1><p>We make the software that small teams run their day on.</p><ul><li>Made in Lisbon</li><li>Used in 40 countries</li></ul>', seoDescription: 'Software that small teams run their day on.' },
  about: { title: 'About us', html: '<h2>Who we are</h2><p>Twelve people who care about the details. Founded in 2019.</p>', seoDescription: 'Who we are and how we work.' },
  contact: { title: 'Contact', html: '<h2>Write to us</h2><p>Mail <a href="mailto:hello@example.com">hello@example.com</a>; we answer within a day.</p>', seoDescription: 'How to reach us.' },
};

/** Views a page had on a day `back` days ago: a weekly rhythm, more on the home page, the same every run. */
export const demoViews = (path: string, back: number) => {
  const weight = path === 'home' ? 40 : path === 'about/team' ? 6 : 12;
  const weekday = (back % 7) < 2 ? 0.5 : 1;
  return Math.round(weight * weekday + ((back * 7 + path.length * 3) % 9));
};

export async function fillCms(session: OwnerSession, apiUrl: string, log: (line: string) => void): Promise<CmsDemo> {
  const cms = `/api/companies/${session.companyId}/modules/cms`;
  // The company's name as an address, with a piece of its id: unique across companies, the same on every run.
  const slug = `${slugify(session.companyName).slice(0, 40)}-${session.companyId.slice(0, 6)}`;
  const site = await session.client.call<{ id: string; slug: string; pages: Array<{ id: string; path: string }> }>('POST', `${cms}/sites`, { name: session.companyName, slug, languages: ['en'] });
  const about = site.pages.find((page) => page.path === 'about');
  for (const page of site.pages) {
    const content = pages[page.path];
    if (!content) continue;
    await session.client.call('PATCH', `${cms}/pages/${page.id}`, content);
    await session.client.call('POST', `${cms}/pages/${page.id}/publish`);
  }
  const team = await session.client.call<{ id: string }>('POST', `${cms}/sites/${site.id}/pages`, { title: 'Our team', slug: 'team', parentId: about?.id ?? null });
  await session.client.call('PATCH', `${cms}/pages/${team.id}`, { html: '<h2>Our team</h2><p>Design, engineering and support, all in one room.</p>' });
  await session.client.call('POST', `${cms}/pages/${team.id}/publish`);
  const pricing = await session.client.call<{ id: string }>('POST', `${cms}/sites/${site.id}/pages`, { title: 'Pricing', slug: 'pricing', parentId: null });
  await session.client.call('PATCH', `${cms}/pages/${pricing.id}`, { html: '<h2>Pricing</h2><p>Coming soon.</p>' });

  const published = ['home', 'about', 'contact', 'about/team'];
  const today = new Date();
  const days = Array.from({ length: 29 }, (_, index) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (index + 1))).toISOString().slice(0, 10));
  const past = published.flatMap((path) => days.map((day, index) => ({ path, day, views: demoViews(path, index + 1) })));
  await fetch(`${apiUrl}/api/dev/cms-page-views`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ siteSlug: slug, views: past }) }).catch(() => undefined);
  // Today: real visits to the public site, counted by the API as any visitor's are.
  let todays = 0;
  for (const path of published) {
    for (let visit = 0; visit < demoViews(path, 0); visit += 1) {
      const response = await fetch(`${apiUrl}/api/public/sites/${slug}/page?path=${encodeURIComponent(path)}`);
      if (response.ok) todays += 1;
    }
  }
  const views = past.reduce((sum, row) => sum + row.views, 0) + todays;
  log(`CMS: site /sites/${slug} with ${published.length} published pages and 1 draft, ${views} page views over 30 days`);
  return { site: slug, published: published.length, drafts: 1, views };
}
