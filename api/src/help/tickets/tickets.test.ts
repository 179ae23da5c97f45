import { describe, expect, it } from 'vitest';
import { pngImage } from '../../../../scripts/test/png-image';
import { addMember, ApiClient, signUpCompany, uniqueEmail } from '../../../test/http';

type Client = ApiClient;

/** Sends a file's raw bytes to a message, as the dashboard does after the form. */
async function upload(client: Client, path: string, bytes: Buffer, filename = 'screenshot.png') {
  const response = await fetch(`${client.baseUrl}${path}?filename=${encodeURIComponent(filename)}`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  const text = await response.text();
  return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

describe('support tickets to Atrium, from the company side', () => {
  it('a member opens a ticket with a screenshot; they and the owner read it, another member does not; a reply and closing show in the thread and the audit log', async () => {
    const acme = await signUpCompany('tickets', `Tickets Acme ${Date.now()}`);
    const base = `/api/companies/${acme.companyId}/help/tickets`;
    const member = await addMember(acme.api, acme.companyId, uniqueEmail('tickets-member'), 'member');
    const otherEmail = uniqueEmail('tickets-other');
    const otherMember = await addMember(acme.api, acme.companyId, otherEmail, 'member');

    const opened = await member.request('POST', base, { category: 'module', module: 'crm', priority: 'high', subject: 'Deals vanish from the board', description: 'After moving a deal to Won it disappears from the board.' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body.message).toMatchObject({ authorKind: 'person', body: 'After moving a deal to Won it disappears from the board.', attachments: [] });
    expect(opened.body.attachmentsAllowed).toBe(3);
    const ticketId = opened.body.ticketId as string;
    const messageId = opened.body.message.id as string;

    const attached = await upload(member, `${base}/${ticketId}/messages/${messageId}/attachments`, pngImage(40, 30), 'board.png');
    expect(attached.status, JSON.stringify(attached.body)).toBe(201);
    expect(attached.body).toMatchObject({ filename: 'board.png', contentType: 'image/png' });
    const attachedPdf = await upload(member, `${base}/${ticketId}/messages/${messageId}/attachments`, pdf, 'invoice.pdf');
    expect(attachedPdf.status).toBe(201);

    // The opener and the owner and admins read it; another member neither lists nor reads it.
    const mine = await member.request('GET', base);
    expect(mine.body.tickets).toEqual([expect.objectContaining({ id: ticketId, status: 'open', category: 'module', module: 'crm', priority: 'high', source: 'form', openedByMe: true })]);
    const ownersView = await acme.api.request('GET', base);
    expect(ownersView.body.tickets.map((t: { id: string }) => t.id)).toEqual([ticketId]);
    expect(ownersView.body.tickets[0].openedByMe).toBe(false);
    expect((await otherMember.request('GET', base)).body.tickets).toEqual([]);
    expect((await otherMember.request('GET', `${base}/${ticketId}`)).status).toBe(404);
    expect((await otherMember.request('POST', `${base}/${ticketId}/messages`, { body: 'Me too' })).status).toBe(404);
    expect((await otherMember.request('POST', `${base}/${ticketId}/status`, { status: 'closed' })).status).toBe(404);
    expect((await otherMember.request('GET', `${base}/${ticketId}/attachments/${attached.body.id}`)).status).toBe(404);
    // Made an admin, the other member reads the whole support history.
    const members = (await acme.api.request('GET', `/api/companies/${acme.companyId}/members`)).body.members as Array<{ id: string; email: string }>;
    const promoted = await acme.api.request('PATCH', `/api/companies/${acme.companyId}/members/${members.find((m) => m.email === otherEmail)!.id}`, { role: 'admin' });
    expect(promoted.status).toBe(200);
    expect((await otherMember.request('GET', base)).body.tickets.map((t: { id: string }) => t.id)).toEqual([ticketId]);
    expect((await otherMember.request('GET', `${base}/${ticketId}`)).status).toBe(200);
    // Only the author attaches to their message, even the owner may not.
    expect((await upload(acme.api, `${base}/${ticketId}/messages/${messageId}/attachments`, pngImage(4, 4))).status).toBe(403);

    // The thread carries the attachments, which download with their own type.
    const thread = await acme.api.request('GET', `${base}/${ticketId}`);
    expect(thread.status).toBe(200);
    expect(thread.body.messages).toHaveLength(1);
    expect(thread.body.messages[0].attachments.map((a: { filename: string }) => a.filename)).toEqual(['board.png', 'invoice.pdf']);
    const download = await fetch(`${acme.api.baseUrl}${base}/${ticketId}/attachments/${attached.body.id}`, { headers: { cookie: member.cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pngImage(40, 30));
    const pdfDownload = await fetch(`${acme.api.baseUrl}${base}/${ticketId}/attachments/${attachedPdf.body.id}`, { headers: { cookie: acme.api.cookie } });
    expect(pdfDownload.headers.get('content-disposition')).toMatch(/^attachment; filename="invoice.pdf"/);

    // A reply, then closing, then a reply that reopens it.
    const reply = await member.request('POST', `${base}/${ticketId}/messages`, { body: 'It happens in Firefox too.' });
    expect(reply.status).toBe(201);
    const closed = await member.request('POST', `${base}/${ticketId}/status`, { status: 'closed' });
    expect(closed.body.status).toBe('closed');
    await member.request('POST', `${base}/${ticketId}/messages`, { body: 'Sorry, it is back.' });
    const reopened = await member.request('GET', `${base}/${ticketId}`);
    expect(reopened.body.status).toBe('open');
    expect(reopened.body.messages.map((m: { body: string }) => m.body)).toEqual(['After moving a deal to Won it disappears from the board.', 'It happens in Firefox too.', 'Sorry, it is back.']);

    const log = (await acme.api.request('GET', `/api/companies/${acme.companyId}/audit-log`)).body.events as Array<{ action: string; description: string }>;
    expect(log.filter((event) => event.action.startsWith('support.ticket')).map((event) => event.description).reverse()).toEqual([
      'Opened the support ticket “Deals vanish from the board”.',
      'Closed the support ticket “Deals vanish from the board”.',
      'Reopened the support ticket “Deals vanish from the board”.',
    ]);
  });

  it('refuses what it cannot take: a module ticket without its module, a wrong module (a module on a billing ticket is dropped), a file that is no image or PDF, one too large, a fourth attachment', async () => {
    const acme = await signUpCompany('tickets-bad', `Tickets Bad ${Date.now()}`);
    const base = `/api/companies/${acme.companyId}/help/tickets`;
    const noModule = await acme.api.request('POST', base, { category: 'module', subject: 'Something', description: 'Something is wrong here.' });
    expect(noModule.status).toBe(400);
    expect(noModule.body.fields.module).toBe('Choose the module the ticket is about.');
    expect((await acme.api.request('POST', base, { category: 'module', module: 'payroll', subject: 'Something', description: 'Something is wrong here.' })).status).toBe(400);
    // A module named on a billing ticket is left out: the ticket is about billing.
    const billing = await acme.api.request('POST', base, { category: 'billing', module: 'crm', subject: 'Something', description: 'Something is wrong here.' });
    expect(billing.status).toBe(201);
    expect((await acme.api.request('GET', `${base}/${billing.body.ticketId}`)).body).toMatchObject({ category: 'billing', module: null, priority: 'normal' });
    expect((await acme.api.request('POST', base, { category: 'billing', subject: 'Hi', description: 'short' })).status).toBe(400);

    const opened = await acme.api.request('POST', base, { category: 'billing', subject: 'Charged twice', description: 'Two charges for the same invoice this month.' });
    expect(opened.status).toBe(201);
    expect(opened.body.message).toBeDefined();
    const path = `${base}/${opened.body.ticketId}/messages/${opened.body.message.id}/attachments`;
    const svg = await upload(acme.api, path, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.png');
    expect(svg.status).toBe(400);
    expect(svg.body.error).toBe('attachment_unsupported_type');
    const truncatedPng = await upload(acme.api, path, pngImage(10, 10).subarray(0, 20));
    expect(truncatedPng.status).toBe(400);
    const tooLarge = await upload(acme.api, path, Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)]), 'huge.pdf');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toBe('attachment_too_large');
    for (const name of ['a.png', 'b.png', 'c.png']) expect((await upload(acme.api, path, pngImage(4, 4), name)).status).toBe(201);
    const fourth = await upload(acme.api, path, pngImage(4, 4), 'd.png');
    expect(fourth.status).toBe(409);
    expect((await acme.api.request('GET', `${base}/${opened.body.ticketId}`)).body.messages[0].attachments).toHaveLength(3);
  });

  it("answers 404 for another company's ticket, even to its owner with a valid session", async () => {
    const [alpha, beta] = await Promise.all([signUpCompany('tickets-a', `Tickets A ${Date.now()}`), signUpCompany('tickets-b', `Tickets B ${Date.now()}`)]);
    const opened = await alpha.api.request('POST', `/api/companies/${alpha.companyId}/help/tickets`, { category: 'account', subject: 'Alpha secret ticket', description: 'Only Alpha may read this.' });
    const inBeta = await beta.api.request('GET', `/api/companies/${beta.companyId}/help/tickets/${opened.body.ticketId}`);
    expect(inBeta.status).toBe(404);
    expect(JSON.stringify(inBeta.body)).not.toContain('Alpha secret');
    expect((await beta.api.request('GET', `/api/companies/${alpha.companyId}/help/tickets`)).status).toBe(403);
    expect((await beta.api.request('GET', `/api/companies/${beta.companyId}/help/tickets`)).body.tickets).toEqual([]);
  });
});
