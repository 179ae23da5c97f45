import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countRows, signUpCompany } from '../../test/http';
import sharp from 'sharp';
import { pngDeclaring, pngImage } from '../../../scripts/test/png-image';

async function upload(client: { cookie: string; baseUrl: string }, companyId: string, bytes: Buffer, contentType: string) {
  const response = await fetch(`${client.baseUrl}/api/companies/${companyId}/branding/logo`, {
    method: 'PUT',
    headers: { cookie: client.cookie, 'content-type': contentType },
    body: bytes,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('branding', () => {
  it('stores a PNG logo, serves it back as image/png, and ticks the branding step', async () => {
    const owner = await signUpCompany('logo');
    const png = pngImage(64, 32);
    const saved = await upload(owner.api, owner.companyId, png, 'application/octet-stream');
    expect(saved.status).toBe(200);
    expect(saved.body.logoUrl).toMatch(new RegExp(`^/api/companies/${owner.companyId}/branding/logo\\?v=\\d+$`));

    const served = await fetch(`${owner.api.baseUrl}${saved.body.logoUrl}`, { headers: { cookie: owner.api.cookie } });
    expect(served.headers.get('content-type')).toBe('image/png');
    // What is served is our own re-encoding of the checked pixels, not the upload's bytes.
    const image = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([image.format, image.width, image.height]).toEqual(['png', 64, 32]);

    const checklist = await owner.api.request('GET', `/api/companies/${owner.companyId}/onboarding`);
    expect(checklist.body.steps.find((s: { key: string }) => s.key === 'branding').completedAt).not.toBeNull();
  });

  it('refuses an oversized logo, a text file named .png, and an SVG, each with a clear 4xx and nothing stored', async () => {
    const owner = await signUpCompany('badlogo');
    const before = await countRows(['company_logo']);

    const huge = Buffer.concat([pngImage(8, 8), randomBytes(1024 * 1024)]);
    const tooLarge = await upload(owner.api, owner.companyId, huge, 'image/png');
    expect(tooLarge).toMatchObject({ status: 413, body: { error: 'logo_too_large' } });
    expect(tooLarge.body.message).toMatch(/at most 1 MB/);

    const mislabelled = await upload(owner.api, owner.companyId, Buffer.from('definitely not an image'), 'image/png');
    expect(mislabelled).toMatchObject({ status: 415, body: { error: 'logo_unsupported_type' } });

    const svg = await upload(owner.api, owner.companyId, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml');
    expect(svg).toMatchObject({ status: 415, body: { error: 'logo_unsupported_type' } });
    expect(svg.body.message).toMatch(/SVG/);

    expect(await countRows(['company_logo'])).toEqual(before);
    expect((await owner.api.request('GET', `/api/companies/${owner.companyId}/branding`)).body.logoUrl).toBeNull();
  });

  it('refuses a PNG declaring 50000×50000 pixels from its header, fast, and one just over 2048 wide; stores nothing', async () => {
    const owner = await signUpCompany('bomblogo');
    const before = await countRows(['company_logo']);
    const started = Date.now();
    const bomb = await upload(owner.api, owner.companyId, pngDeclaring(50_000, 50_000), 'image/png');
    expect(bomb).toMatchObject({ status: 400, body: { error: 'logo_too_many_pixels' } });
    expect(bomb.body.message).toBe('Your logo is 50000×50000 pixels; logos can be at most 2048×2048. Export it smaller (a few hundred pixels wide is plenty) and upload it again.');
    // Decoding 7.5 GB of pixels would take far longer (and run out of memory first).
    expect(Date.now() - started).toBeLessThan(2000);

    const wide = await upload(owner.api, owner.companyId, pngImage(2049, 4), 'image/png');
    expect(wide).toMatchObject({ status: 400, body: { error: 'logo_too_many_pixels' } });
    const truncated = await upload(owner.api, owner.companyId, pngImage(64, 64).subarray(0, 60), 'image/png');
    expect(truncated).toMatchObject({ status: 400, body: { error: 'logo_unreadable' } });
    expect(await countRows(['company_logo'])).toEqual(before);
  });

  it('strips metadata from a JPEG and keeps it a JPEG', async () => {
    const owner = await signUpCompany('jpeglogo');
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#1f6feb' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'secret-location-data', Artist: 'Someone' } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const saved = await upload(owner.api, owner.companyId, jpeg, 'image/jpeg');
    expect(saved.status).toBe(200);
    const served = Buffer.from(await (await fetch(`${owner.api.baseUrl}${saved.body.logoUrl}`, { headers: { cookie: owner.api.cookie } })).arrayBuffer());
    const image = await sharp(served).metadata();
    expect([image.format, image.width, image.height, image.exif]).toEqual(['jpeg', 40, 20, undefined]);
    expect(served.includes(Buffer.from('secret-location-data'))).toBe(false);
  });

  it('saves valid colours, warns when text on them fails WCAG AA, and refuses an invalid colour without changing anything', async () => {
    const owner = await signUpCompany('colours');
    const saved = await owner.api.request('PATCH', `/api/companies/${owner.companyId}/branding`, { primaryColor: '#1f2937', accentColor: '#FFD400' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ primaryColor: '#1F2937', accentColor: '#FFD400', warnings: [] });

    const pale = await owner.api.request('PATCH', `/api/companies/${owner.companyId}/branding`, { accentColor: '#808080' });
    expect(pale.body.warnings).toEqual([expect.objectContaining({ field: 'accentColor', message: expect.stringMatching(/4\.5:1.*WCAG AA/) })]);

    const invalid = await owner.api.request('PATCH', `/api/companies/${owner.companyId}/branding`, { primaryColor: 'blue' });
    expect(invalid).toMatchObject({ status: 400, body: { error: 'invalid_request', fields: { primaryColor: expect.stringContaining('#1F6FEB') } } });
    const after = await owner.api.request('GET', `/api/companies/${owner.companyId}/branding`);
    expect(after.body.primaryColor).toBe('#1F2937');
  });

  it('only owners and admins change branding and the profile; a member reads them', async () => {
    const { addMember, uniqueEmail } = await import('../../test/http');
    const owner = await signUpCompany('brandrules');
    const member = await addMember(owner.api, owner.companyId, uniqueEmail('brandmember'));
    expect((await member.request('PATCH', `/api/companies/${owner.companyId}/branding`, { primaryColor: '#000000' })).status).toBe(403);
    expect((await member.request('PATCH', `/api/companies/${owner.companyId}/profile`, { legalName: 'Hijack Ltd' })).status).toBe(403);
    expect((await member.request('GET', `/api/companies/${owner.companyId}/branding`)).status).toBe(200);
  });
});

describe('company profile', () => {
  it('saves the profile, ticks the onboarding step once the legal basics are in, and records it in the audit log', async () => {
    const owner = await signUpCompany('profile');
    const saved = await owner.api.request('PATCH', `/api/companies/${owner.companyId}/profile`, {
      legalName: 'Profile Company GmbH',
      billingEmail: 'billing@profile.example',
      country: 'de',
      timezone: 'Europe/Berlin',
      currency: 'EUR',
      taxId: 'DE123456789',
      address: { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.profile).toMatchObject({ legalName: 'Profile Company GmbH', country: 'DE', timezone: 'Europe/Berlin', address: { city: 'Berlin' } });
    const checklist = await owner.api.request('GET', `/api/companies/${owner.companyId}/onboarding`);
    expect(checklist.body.nextStep).toBe('branding');
    const audit = await owner.api.request('GET', `/api/companies/${owner.companyId}/audit-log`);
    expect(audit.body.events[0]).toMatchObject({ action: 'profile.updated', actorEmail: owner.email });
  });

  it('refuses an unknown time zone and a bad billing email with field messages, changing nothing', async () => {
    const owner = await signUpCompany('badprofile');
    const bad = await owner.api.request('PATCH', `/api/companies/${owner.companyId}/profile`, { timezone: 'Mars/Olympus', billingEmail: 'nope', legalName: 'Changed' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toMatchObject({ timezone: expect.stringContaining('Europe/Berlin'), billingEmail: expect.stringContaining('valid billing email') });
    const company = await owner.api.request('GET', `/api/companies/${owner.companyId}`);
    expect(company.body.profile.legalName).toBe('');
  });
});
