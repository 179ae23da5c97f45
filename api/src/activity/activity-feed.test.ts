import { describe, expect, it } from 'vitest';
import { addMember, signUpCompany, uniqueEmail } from '../../test/http';

const company = (companyId: string) => `/api/companies/${companyId}`;

describe("the overview's activity feed", () => {
  it('after a purchase, an invitation accepted and a CRM deal won, shows all three; a CRM viewer sees the deal and the newcomer but no invoice', async () => {
    const owner = await signUpCompany('feed-owner', 'Feed Works');
    const base = company(owner.companyId);
    await owner.api.request('POST', `${base}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
    const bought = await owner.api.request('POST', `${base}/marketplace/crm/purchase`);
    expect(bought.status).toBe(200);
    const invoiceNumber = bought.body.invoice.number as string;

    const viewerEmail = uniqueEmail('feed-viewer');
    const viewer = await addMember(owner.api, owner.companyId, viewerEmail, 'member', { crm: 'viewer' });

    let stages: Array<{ id: string; name: string }> = [];
    for (let attempt = 0; attempt < 100 && stages.length === 0; attempt += 1) {
      const board = await owner.api.request('GET', `${base}/modules/crm/pipeline`);
      stages = board.status === 200 ? board.body.stages : [];
      if (stages.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const deal = await owner.api.request('POST', `${base}/modules/crm/deals`, { title: 'Analytical Engines', valueMinor: 1_250_000 });
    const won = await owner.api.request('POST', `${base}/modules/crm/deals/${deal.body.id}/move`, { stageId: stages.find((stage) => stage.name === 'Won')!.id });
    expect(won.body.status).toBe('won');

    const ownerFeed = await owner.api.request('GET', `${base}/activity`);
    expect(ownerFeed.status).toBe(200);
    const ownerItems = ownerFeed.body.items as Array<{ kind: string; title: string; detail: string | null; path: string | null }>;
    expect(ownerItems.map((item) => item.kind)).toEqual(expect.arrayContaining(['crm_deal_won', 'member_joined', 'module_bought', 'invoice_issued', 'invoice_paid']));
    expect(ownerItems.find((item) => item.kind === 'crm_deal_won')).toMatchObject({ title: 'Deal won: Analytical Engines', detail: '€12,500.00', path: 'modules/crm' });
    expect(ownerItems.find((item) => item.kind === 'member_joined' && item.title.startsWith('feed-viewer'))).toMatchObject({ detail: 'as member', path: 'team' });
    expect(ownerItems.find((item) => item.kind === 'module_bought')).toMatchObject({ title: 'CRM was bought', path: 'modules/crm' });
    expect(ownerItems.find((item) => item.kind === 'invoice_paid')).toMatchObject({ title: `Invoice ${invoiceNumber} paid`, path: 'billing' });
    // Newest first: the deal was won last.
    expect(ownerItems[0]!.kind).toBe('crm_deal_won');

    const viewerItems = (await viewer.request('GET', `${base}/activity`)).body.items as Array<{ kind: string; title: string; detail: string | null }>;
    expect(viewerItems.map((item) => item.kind)).toEqual(expect.arrayContaining(['crm_deal_won', 'member_joined', 'module_bought']));
    expect(viewerItems.some((item) => item.kind.startsWith('invoice'))).toBe(false);
    expect(JSON.stringify(viewerItems)).not.toContain(invoiceNumber);
  });

  it("leaves a module's events out for people who cannot open the module, and checks its limit", async () => {
    const owner = await signUpCompany('feed-no-crm');
    const base = company(owner.companyId);
    await owner.api.request('POST', `${base}/marketplace/crm/trial`);
    const outsider = await addMember(owner.api, owner.companyId, uniqueEmail('feed-outsider'), 'member');
    const items = (await outsider.request('GET', `${base}/activity?limit=50`)).body.items as Array<{ kind: string; module: string | null }>;
    expect(items.every((item) => item.kind !== 'crm_deal_won')).toBe(true);
    expect(items.map((item) => item.kind)).toContain('module_trial_started');
    expect((await outsider.request('GET', `${base}/activity?limit=51`)).status).toBe(400);
  });
});
