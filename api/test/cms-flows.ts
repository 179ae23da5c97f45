import { ApiClient, signUpCompany } from './http';

export const cmsPath = (companyId: string) => `/api/companies/${companyId}/modules/cms`;

/** A company with CMS bought (card 4242) and provisioned with its site setting. */
export async function companyWithCms(label: string) {
  const owner = await signUpCompany(label);
  const { api, companyId } = owner;
  await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
  const bought = await api.request('POST', `/api/companies/${companyId}/marketplace/cms/purchase`);
  if (bought.status >= 300) throw new Error(`purchase: ${bought.status} ${JSON.stringify(bought.body)}`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const landing = await api.request('GET', cmsPath(companyId));
    if (landing.status === 200 && landing.body.provisioned && landing.body.settings.length > 0) return owner;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('CMS was not provisioned');
}

/** A site with its starter pages; the slug is unique across the test run. */
export async function siteOf(api: ApiClient, companyId: string, slug: string, languages = ['en']) {
  const created = await api.request('POST', `${cmsPath(companyId)}/sites`, { name: 'Website', slug, languages });
  if (created.status !== 201) throw new Error(`site: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body as { id: string; slug: string; pages: Array<{ id: string; title: string; path: string }> };
}

/** Raw bytes to an upload route, as the dashboard's form action sends them. */
export async function uploadBytes(client: ApiClient, path: string, bytes: Buffer) {
  const response = await fetch(`${client.baseUrl}${path}`, { method: 'POST', headers: { cookie: client.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text, headers: response.headers };
}
