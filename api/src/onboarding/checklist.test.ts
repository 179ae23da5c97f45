import { describe, expect, it } from 'vitest';
import { asOwner, signUpCompany } from '../../test/http';

describe('the onboarding checklist', () => {
  it('is read from its PostgreSQL projection, which the workflow writes before a step is ticked', async () => {
    const owner = await signUpCompany('checklist');
    const saved = await owner.api.request('PATCH', `/api/companies/${owner.companyId}/profile`, {
      legalName: 'Checklist Company GmbH', billingEmail: 'billing@checklist.example', country: 'DE', timezone: 'Europe/Berlin', currency: 'EUR',
      address: { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115' },
    });
    expect(saved.status).toBe(200);

    const served = await owner.api.request('GET', `/api/companies/${owner.companyId}/onboarding`);
    const [row] = await asOwner<{ checklist: unknown; completed_count: number }>('select checklist, completed_count from onboarding_checklist where company_id = $1', [owner.companyId]);
    expect(row).toMatchObject({ completed_count: 1 });
    expect(served.body).toEqual(row!.checklist);
    expect(served.body).toMatchObject({ completedCount: 1, nextStep: 'branding' });

    // The page shows the projection, not a Temporal query: a row written here is what it serves.
    const edited = { ...served.body, total: 5, completedCount: 4, nextStep: 'payment_method' };
    await asOwner('update onboarding_checklist set checklist = $2, completed_count = 4 where company_id = $1', [owner.companyId, JSON.stringify(edited)]);
    expect((await owner.api.request('GET', `/api/companies/${owner.companyId}/onboarding`)).body).toEqual(edited);
  });
});
