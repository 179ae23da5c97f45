import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addMember, asOwner, signUpCompany, uniqueEmail } from '../../test/http';

async function notice(companyId: string, kind: string) {
  const id = randomUUID();
  await asOwner(
    `insert into notification (id, company_id, kind, title, body, dedupe_key, created_at) values ($1, $2, $3, 'A notice', 'Body', $4, now())`,
    [id, companyId, kind, `test:${id}`],
  );
  return id;
}

const readAt = async (id: string) => (await asOwner<{ read_at: Date | null }>('select read_at from notification where id = $1', [id]))[0]!.read_at;

describe('marking a notification read', () => {
  it("answers 404 for another company's notice, a billing notice a member may not see, and a made-up id, and changes nothing", async () => {
    const alpha = await signUpCompany('notice-alpha');
    const beta = await signUpCompany('notice-beta');
    const alphaNotice = await notice(alpha.companyId, 'team');
    const billingNotice = await notice(beta.companyId, 'payment');
    const member = await addMember(beta.api, beta.companyId, uniqueEmail('notice-member'), 'member');

    const crossCompany = await beta.api.request('POST', `/api/companies/${beta.companyId}/notifications/${alphaNotice}/read`);
    expect([crossCompany.status, crossCompany.body.error]).toEqual([404, 'not_found']);
    const hidden = await member.request('POST', `/api/companies/${beta.companyId}/notifications/${billingNotice}/read`);
    expect(hidden.status).toBe(404);
    const madeUp = await beta.api.request('POST', `/api/companies/${beta.companyId}/notifications/${randomUUID()}/read`);
    expect(madeUp.status).toBe(404);
    expect(await readAt(alphaNotice)).toBeNull();
    expect(await readAt(billingNotice)).toBeNull();

    const own = await beta.api.request('POST', `/api/companies/${beta.companyId}/notifications/${billingNotice}/read`);
    expect(own.status).toBe(200);
    const first = await readAt(billingNotice);
    expect(first).not.toBeNull();
    const again = await beta.api.request('POST', `/api/companies/${beta.companyId}/notifications/${billingNotice}/read`);
    expect(again.status).toBe(200);
    expect(await readAt(billingNotice)).toEqual(first);
  });
});
