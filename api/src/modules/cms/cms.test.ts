import { describe, expect, it } from 'vitest';
import { pngImage } from '../../../../scripts/test/png-image';
import { addMember, ApiClient, asOwner, uniqueEmail } from '../../../test/http';
import { cmsPath as cms, companyWithCms, siteOf, uploadBytes } from '../../../test/cms-flows';

const unique = (label: string) => `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const visitor = () => new ApiClient();
const publicPage = (slug: string, path = '') => visitor().request('GET', `/api/public/sites/${slug}/page?path=${encodeURIComponent(path)}`);

describe('CMS', () => {
  it('drafts, previews, publishes with revisions and restores; the public site serves only what is published, cached by ETag, and counts the view', async () => {
    const { api, companyId } = await companyWithCms('cms-pages');
    const slug = unique('cms-pages');
    const site = await siteOf(api, companyId, slug);
    expect(site.pages.map((page) => page.path)).toEqual(['home', 'about', 'contact']);
    const home = site.pages[0]!;
    // The starter pages are drafts: nothing is public yet.
    expect((await publicPage(slug)).status).toBe(404);

    const saved = await api.request('PATCH', `${cms(companyId)}/pages/${home.id}`, { title: 'Welcome', html: '<h1>Welcome</h1><p>First words.</p>', seoTitle: 'Acme home', seoDescription: 'What Acme does' });
    expect(saved.body).toMatchObject({ status: 'draft', title: 'Welcome', html: '<h1>Welcome</h1><p>First words.</p>' });
    const preview = await api.request('GET', `${cms(companyId)}/pages/${home.id}/preview`);
    expect(preview.body.page).toMatchObject({ title: 'Welcome', html: '<h1>Welcome</h1><p>First words.</p>' });
    expect((await visitor().request('GET', `${cms(companyId)}/pages/${home.id}/preview`)).status).toBe(401);

    const published = await api.request('POST', `${cms(companyId)}/pages/${home.id}/publish`);
    expect(published.body).toMatchObject({ status: 'published', publicPath: `/sites/${slug}`, revisions: [{ number: 1, title: 'Welcome' }] });
    const served = await publicPage(slug);
    expect(served.status).toBe(200);
    expect(served.body).toMatchObject({ site: { name: 'Website', slug }, nav: [{ title: 'Welcome', path: '' }], page: { title: 'Welcome', seoTitle: 'Acme home', html: '<h1>Welcome</h1><p>First words.</p>' } });
    expect(served.headers.get('cache-control')).toBe('public, no-cache');
    expect((await publicPage(slug, 'home')).body.page.title).toBe('Welcome');
    expect((await publicPage(slug, 'about')).status).toBe(404);

    // A later draft is not public until it is published again.
    await api.request('PATCH', `${cms(companyId)}/pages/${home.id}`, { html: '<p>Second words.</p>' });
    expect((await api.request('GET', `${cms(companyId)}/pages/${home.id}`)).body.status).toBe('changed');
    const unchanged = await publicPage(slug);
    expect(unchanged.body.page.html).toBe('<h1>Welcome</h1><p>First words.</p>');
    const etag = unchanged.headers.get('etag')!;
    const revalidated = await fetch(`${visitor().baseUrl}/api/public/sites/${slug}/page?path=`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    const second = await api.request('POST', `${cms(companyId)}/pages/${home.id}/publish`);
    expect(second.body.revisions.map((revision: { number: number }) => revision.number)).toEqual([2, 1]);
    const fresh = await publicPage(slug);
    expect([fresh.body.page.html, fresh.headers.get('etag') === etag]).toEqual(['<p>Second words.</p>', false]);

    // Restore revision 1 into the draft; the public page keeps revision 2 until published.
    const firstRevision = second.body.revisions.find((revision: { number: number }) => revision.number === 1);
    const restored = await api.request('POST', `${cms(companyId)}/pages/${home.id}/revisions/${firstRevision.id}/restore`);
    expect(restored.body).toMatchObject({ status: 'changed', html: '<h1>Welcome</h1><p>First words.</p>' });
    expect((await publicPage(slug)).body.page.html).toBe('<p>Second words.</p>');

    // A sub-page lives under its parent's address; a loop and a taken address are refused.
    const about = site.pages[1]!;
    const team = await api.request('POST', `${cms(companyId)}/sites/${site.id}/pages`, { title: 'Team', slug: 'team', parentId: about.id });
    expect(team.body).toMatchObject({ path: 'about/team', status: 'draft' });
    expect((await api.request('PATCH', `${cms(companyId)}/pages/${about.id}`, { parentId: team.body.id })).status).toBe(400);
    expect((await api.request('POST', `${cms(companyId)}/sites/${site.id}/pages`, { title: 'Again', slug: 'about' })).status).toBe(409);
    await api.request('POST', `${cms(companyId)}/pages/${team.body.id}/publish`);
    expect((await publicPage(slug, 'about/team')).body.page.title).toBe('Team');
    await api.request('PATCH', `${cms(companyId)}/pages/${about.id}`, { slug: 'company' });
    expect((await publicPage(slug, 'company/team')).body.page.title).toBe('Team');
    expect((await publicPage(slug, 'about/team')).status).toBe(404);
    expect((await api.request('DELETE', `${cms(companyId)}/pages/${about.id}`)).status).toBe(409);

    const sitemap = await visitor().request('GET', `/api/public/sites/${slug}/sitemap`);
    expect(sitemap.body.pages.map((page: { path: string }) => page.path).sort()).toEqual(['', 'company/team']);

    // Views are counted per page and day (a crawler's are not), with nothing about the visitor.
    await fetch(`${visitor().baseUrl}/api/public/sites/${slug}/page?path=`, { headers: { 'user-agent': 'Googlebot/2.1' } });
    const [views] = await asOwner<{ views: number; n: number }>(`select sum(views)::int as views, count(*)::int as n from cms_page_view_day where site_id = $1 and page_id = $2`, [site.id, home.id]);
    expect(views).toEqual({ views: 6, n: 1 });

    const steps = (await api.request('GET', cms(companyId))).body.setupSteps as Array<{ key: string; done: boolean }>;
    expect(steps.filter((step) => step.done).map((step) => step.key)).toEqual(['review_starter_pages', 'publish_site']);
    const feed = await api.request('GET', `/api/companies/${companyId}/activity`);
    expect(feed.body.items.find((item: { kind: string }) => item.kind === 'cms_page_published')).toMatchObject({ title: 'Page published: Team', detail: 'Website' });

    const viewer = await addMember(api, companyId, uniqueEmail('cms-viewer'), 'member', { cms: 'viewer' });
    expect((await viewer.request('GET', `${cms(companyId)}/pages/${home.id}`)).body.canEdit).toBe(false);
    expect((await viewer.request('PATCH', `${cms(companyId)}/pages/${home.id}`, { title: 'Mine' })).status).toBe(403);
    expect((await viewer.request('POST', `${cms(companyId)}/pages/${home.id}/publish`)).status).toBe(403);
  });

  it('cleans the HTML on save and on publish: no script, no on* attribute, no javascript: URL, no style or iframe', async () => {
    const { api, companyId } = await companyWithCms('cms-clean');
    const slug = unique('cms-clean');
    const site = await siteOf(api, companyId, slug);
    const home = site.pages[0]!;
    const hostile = [
      '<p>Hello<script>alert("saved")</script></p>',
      '<img src="x" onerror="alert(1)"><img src="https://cdn.example.com/a.png" onerror="alert(2)" alt="A">',
      '<a href="javascript:alert(3)">click</a><a href="https://example.com" onclick="alert(4)">ok</a>',
      '<p style="color:red">styled</p><style>p{}</style><iframe src="https://evil.example"></iframe>',
      '<img src="data:image/png;base64,AAAA"><svg><script>alert(5)</script></svg>',
    ].join('');
    const saved = await api.request('PATCH', `${cms(companyId)}/pages/${home.id}`, { html: hostile });
    // Written straight into the row too, as if it had come another way: publishing cleans it again.
    await asOwner(`update cms_page set html = html || $2 where id = $1`, [home.id, '<script>alert("row")</script><b onmouseover="x()">bold</b>']);
    await api.request('POST', `${cms(companyId)}/pages/${home.id}/publish`);
    const served = (await publicPage(slug)).body.page.html as string;
    for (const html of [saved.body.html as string, served]) {
      expect(html).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|style=|<style|iframe|data:|svg/i);
    }
    expect(served).toBe('<p>Hello</p><img src="https://cdn.example.com/a.png" alt="A" /><a rel="noopener noreferrer">click</a><a href="https://example.com" rel="noopener noreferrer">ok</a><p>styled</p><b>bold</b>');
  });

  it('keeps sites and hosts apart: each slug and each domain serves its own company’s pages, never the other’s', async () => {
    const a = await companyWithCms('cms-iso-a');
    const b = await companyWithCms('cms-iso-b');
    const [slugA, slugB] = [unique('iso-a'), unique('iso-b')];
    const [hostA, hostB] = [`www.${slugA}.example`, `www.${slugB}.example`];
    const siteA = await siteOf(a.api, a.companyId, slugA);
    const siteB = await siteOf(b.api, b.companyId, slugB);
    for (const [owner, site, host, words] of [[a, siteA, hostA, 'Only A'], [b, siteB, hostB, 'Only B']] as const) {
      await owner.api.request('PATCH', `${cms(owner.companyId)}/sites/${site.id}`, { domain: host });
      for (const page of site.pages) {
        await owner.api.request('PATCH', `${cms(owner.companyId)}/pages/${page.id}`, { html: `<p>${words} ${page.path}</p>` });
        await owner.api.request('POST', `${cms(owner.companyId)}/pages/${page.id}/publish`);
      }
    }
    expect((await a.api.request('PATCH', `${cms(a.companyId)}/sites/${siteA.id}`, { domain: hostB })).status).toBe(409);
    expect((await a.api.request('POST', `${cms(a.companyId)}/sites`, { name: 'Copy', slug: slugB })).status).toBe(402);

    const doors = [
      { words: 'Only A', page: (path: string) => publicPage(slugA, path), sitemap: `/api/public/sites/${slugA}/sitemap` },
      { words: 'Only A', page: (path: string) => visitor().request('GET', `/api/public/site-hosts/${hostA}/page?path=${path}`), sitemap: `/api/public/site-hosts/${hostA}/sitemap` },
      { words: 'Only B', page: (path: string) => publicPage(slugB, path), sitemap: `/api/public/sites/${slugB}/sitemap` },
      { words: 'Only B', page: (path: string) => visitor().request('GET', `/api/public/site-hosts/${hostB}/page?path=${path}`), sitemap: `/api/public/site-hosts/${hostB}/sitemap` },
    ];
    for (const door of doors) {
      const other = door.words === 'Only A' ? 'Only B' : 'Only A';
      for (const path of ['', 'home', 'about', 'contact']) {
        const served = await door.page(path);
        expect(served.status).toBe(200);
        expect(JSON.stringify(served.body)).toContain(door.words);
        expect(JSON.stringify(served.body)).not.toContain(other);
      }
      // Another company's page id or an unknown path is simply not there.
      expect((await door.page(door.words === 'Only A' ? siteB.pages[0]!.id : siteA.pages[0]!.id)).status).toBe(404);
      const sitemap = await visitor().request('GET', door.sitemap);
      expect(sitemap.body.pages).toHaveLength(3);
    }
    expect((await publicPage('no-such-site-anywhere')).status).toBe(404);
    expect((await visitor().request('GET', '/api/public/site-hosts/www.nobody.example/page')).status).toBe(404);
    // A's editors cannot read or write B's site or pages through their own company either.
    expect((await a.api.request('GET', `${cms(a.companyId)}/sites/${siteB.id}`)).status).toBe(404);
    expect((await a.api.request('PATCH', `${cms(a.companyId)}/pages/${siteB.pages[0]!.id}`, { title: 'Mine' })).status).toBe(404);
  });

  it('refuses past the plan with 402 and the upgrade message: sites, published pages, languages; images are sniffed and limited', async () => {
    const { api, companyId } = await companyWithCms('cms-limits');
    const slug = unique('cms-limits');
    const site = await siteOf(api, companyId, slug);
    const second = await api.request('POST', `${cms(companyId)}/sites`, { name: 'Second', slug: unique('second') });
    expect([second.status, second.body.error, second.body.message]).toEqual([402, 'usage_limit_reached', 'Your Starter plan includes 1 site. Growth includes 3.']);
    const languages = await api.request('PATCH', `${cms(companyId)}/sites/${site.id}`, { languages: ['en', 'fr'] });
    expect([languages.status, languages.body.message]).toEqual([402, 'Your Starter plan includes 1 language per site. Growth includes 3.']);

    await asOwner(
      `insert into cms_page (id, company_id, created_at, updated_at, site_id, slug, path, language, title, draft_updated_at, published_at, published_html)
       select gen_random_uuid(), $1, now(), now(), $2, 'bulk-' || n, 'bulk-' || n, 'en', 'Bulk ' || n, now(), now(), '<p>Bulk</p>' from generate_series(1, 25) n`,
      [companyId, site.id],
    );
    const refused = await api.request('POST', `${cms(companyId)}/pages/${site.pages[0]!.id}/publish`);
    expect([refused.status, refused.body.error, refused.body.message]).toEqual([402, 'usage_limit_reached', 'Your Starter plan includes 25 published pages. Growth includes 500.']);
    const usage = await api.request('GET', `${cms(companyId)}/usage`);
    expect(usage.body.limits.map((limit: { key: string; used: number }) => [limit.key, limit.used])).toEqual([['sites', 1], ['pages', 25], ['mediaStorageGb', 0], ['languages', 1]]);

    const png = pngImage(40, 30);
    const uploaded = await uploadBytes(api, `${cms(companyId)}/sites/${site.id}/media?name=${encodeURIComponent('Team photo.png')}`, png);
    expect(uploaded.body).toMatchObject({ fileName: 'Team-photo.png', contentType: 'image/png', width: 40, height: 30, url: `/sites/${slug}/media/${uploaded.body.id}` });
    expect((await uploadBytes(api, `${cms(companyId)}/sites/${site.id}/media`, Buffer.from('<script>alert(1)</script>'))).status).toBe(415);
    expect((await uploadBytes(api, `${cms(companyId)}/sites/${site.id}/media`, Buffer.alloc(0))).status).toBe(400);
    expect((await uploadBytes(api, `${cms(companyId)}/sites/${site.id}/media`, Buffer.alloc(5 * 1024 * 1024 + 1))).status).toBe(413);
    const image = await fetch(`${visitor().baseUrl}/api/public/sites/${slug}/media/${uploaded.body.id}`);
    expect([image.status, image.headers.get('content-type'), image.headers.get('x-content-type-options')]).toEqual([200, 'image/png', 'nosniff']);
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);
    // One GB of images on Starter's two (the rows stand in for the bytes): a file past the rest is refused.
    await asOwner(`insert into cms_media (id, company_id, created_at, updated_at, site_id, file_name, content_type, size, width, height, bytes) values (gen_random_uuid(), $1, now(), now(), $2, 'big.png', 'image/png', $3, 1, 1, '\\x00')`, [companyId, site.id, 2 * 1024 ** 3 - 100]);
    const full = await uploadBytes(api, `${cms(companyId)}/sites/${site.id}/media`, png);
    expect([full.status, full.body.message]).toEqual([402, 'Your Starter plan includes 2 GB of media storage. Growth includes 20 GB.']);
  });
});
