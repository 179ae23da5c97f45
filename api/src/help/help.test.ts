import { describe, expect, it } from 'vitest';
import { addMember, signUpCompany, uniqueEmail } from '../../test/http';
import { signedInOperator } from '../../test/operators';

describe('the knowledge base', () => {
  it('an operator publishes an article; a member of any company finds it by a word of its body, reads it and says whether it helped', async () => {
    const { api: operator } = await signedInOperator('kb-writer');
    const word = `zephyrine${Date.now().toString(36)}`;
    const category = await operator.request('POST', '/api/operator/help/categories', { name: `Billing ${word}`, description: 'Invoices, cards and plans' });
    expect(category.status).toBe(201);
    const body = `## Paying an invoice\n\nEvery invoice is charged to your default card. If the ${word} reminder arrives, **update your card**.\n\n<script>alert(1)</script>`;
    const published = await operator.request('POST', '/api/operator/help/articles', { title: 'Why was my card charged?', categoryId: category.body.id, topic: 'billing', body, status: 'published' });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const draft = await operator.request('POST', '/api/operator/help/articles', { title: `Draft about ${word}`, categoryId: category.body.id, body: `Not yet: ${word}` });
    expect(draft.body.status).toBe('draft');

    const acme = await signUpCompany('kb-reader');
    const member = await addMember(acme.api, acme.companyId, uniqueEmail('kb-member'), 'member');
    const base = `/api/companies/${acme.companyId}/help`;

    const hits = await member.request('GET', `${base}/articles?q=${word}`);
    expect(hits.status).toBe(200);
    expect(hits.body.articles.map((article: { id: string }) => article.id)).toEqual([published.body.id]);
    const snippet = hits.body.articles[0].snippet as Array<{ text: string; match: boolean }>;
    expect(snippet.filter((part) => part.match).map((part) => part.text)).toEqual([word]);
    // English stemming: "charges" finds "charged".
    const stemmed = await member.request('GET', `${base}/articles?q=${encodeURIComponent(`charges ${word}`)}`);
    expect(stemmed.body.articles.map((article: { id: string }) => article.id)).toEqual([published.body.id]);
    expect((await member.request('GET', `${base}/articles?q=${encodeURIComponent(`${word} -invoice`)}`)).body.articles).toEqual([]);
    const byTopic = await member.request('GET', `${base}/articles?topic=billing`);
    expect(byTopic.body.articles.map((article: { id: string }) => article.id)).toContain(published.body.id);
    const index = await member.request('GET', base);
    expect(index.body.categories.find((c: { id: string }) => c.id === category.body.id).articles.map((a: { id: string }) => a.id)).toEqual([published.body.id]);

    const article = await member.request('GET', `${base}/articles/${published.body.id}`);
    expect(article.status).toBe(200);
    expect(article.body.html).toContain('<strong>update your card</strong>');
    expect(article.body.html).not.toContain('<script');
    expect(article.body.myVote).toBeNull();
    expect((await member.request('GET', `${base}/articles/${draft.body.id}`)).status).toBe(404);

    // One answer per person, which they may change; the operator sees the totals.
    expect((await member.request('PUT', `${base}/articles/${published.body.id}/vote`, { helpful: true })).body).toEqual({ articleId: published.body.id, myVote: true });
    expect((await member.request('PUT', `${base}/articles/${published.body.id}/vote`, { helpful: false })).body.myVote).toBe(false);
    expect((await acme.api.request('PUT', `${base}/articles/${published.body.id}/vote`, { helpful: true })).status).toBe(200);
    expect((await member.request('GET', `${base}/articles/${published.body.id}`)).body.myVote).toBe(false);
    expect((await member.request('PUT', `${base}/articles/${draft.body.id}/vote`, { helpful: true })).status).toBe(404);
    const totals = await operator.request('GET', `/api/operator/help/articles/${published.body.id}`);
    expect(totals.body.votes).toEqual({ helpful: 1, notHelpful: 1 });

    // Publishing the draft makes it findable; taking it back hides it again.
    await operator.request('PATCH', `/api/operator/help/articles/${draft.body.id}`, { status: 'published' });
    expect((await member.request('GET', `${base}/articles?q=${word}`)).body.articles).toHaveLength(2);
    await operator.request('PATCH', `/api/operator/help/articles/${draft.body.id}`, { status: 'draft', body: 'Rewritten without the word' });
    expect((await member.request('GET', `${base}/articles?q=${word}`)).body.articles).toHaveLength(1);
  });

  it('refuses a company session on the editor, and an unknown category or topic in it', async () => {
    const { api: operator } = await signedInOperator('kb-refusals');
    const acme = await signUpCompany('kb-editor-refused');
    expect((await acme.api.request('POST', '/api/operator/help/articles', { title: 'Hijack', categoryId: '00000000-0000-4000-8000-000000000000', body: 'x' })).status).toBe(401);
    const unknownCategory = await operator.request('POST', '/api/operator/help/articles', { title: 'Orphan', categoryId: '00000000-0000-4000-8000-000000000000', body: 'x' });
    expect([unknownCategory.status, unknownCategory.body.fields?.categoryId]).toEqual([400, 'Choose one of the categories.']);
    const categories = await operator.request('GET', '/api/operator/help/categories');
    const categoryId = categories.body.categories[0]?.id ?? (await operator.request('POST', '/api/operator/help/categories', { name: `Any ${Date.now()}` })).body.id;
    expect((await operator.request('POST', '/api/operator/help/articles', { title: 'Topic', categoryId, topic: 'weather', body: 'x' })).status).toBe(400);
    const name = `Twice ${Date.now()}`;
    await operator.request('POST', '/api/operator/help/categories', { name });
    expect((await operator.request('POST', '/api/operator/help/categories', { name })).status).toBe(409);
  });
});
