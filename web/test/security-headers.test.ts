import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, uniqueEmail } from './support/browser';
import { startDashboard, type Dashboard } from './support/start-dashboard';

/** The built dashboard, as production runs it, in front of the test stack's API. */
describe("the dashboard's security headers", () => {
  let dashboard: Dashboard;
  let browser: Browser;

  beforeAll(async () => {
    dashboard = await startDashboard({ apiUrl: process.env.ATRIUM_TEST_API_URL! });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await dashboard?.stop();
  });

  it('every page has a Content-Security-Policy: own origin, Stripe.js only where it needs to be, no framing', async () => {
    const response = await fetch(`${dashboard.url}/login`);
    expect(response.status).toBe(200);
    const policy = Object.fromEntries(
      response.headers.get('content-security-policy')!.split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values];
      }),
    ) as Record<string, string[]>;
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(expect.arrayContaining(["'self'", 'https://js.stripe.com', expect.stringMatching(/^'nonce-/)]));
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['frame-src']).toEqual(['https://js.stripe.com', 'https://hooks.stripe.com']);
    const stripeOrigins = Object.values(policy).flat().filter((value) => value.includes('stripe'));
    expect(new Set(stripeOrigins)).toEqual(new Set(['https://js.stripe.com', 'https://hooks.stripe.com', 'https://api.stripe.com']));
    // SvelteKit's one inline script carries the nonce of the header.
    const nonce = policy['script-src']!.find((value) => value.startsWith("'nonce-"))!.slice(7, -1);
    expect(await response.text()).toContain(`nonce="${nonce}"`);
  });

  it('pages, redirects and the /api proxy send nosniff and the referrer policy; no HSTS over plain http', async () => {
    for (const path of ['/login', '/', '/api/health']) {
      const response = await fetch(`${dashboard.url}${path}`, { redirect: 'manual' });
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('HSTS once a TLS proxy in front says the browser came over https', async () => {
    const response = await fetch(`${dashboard.url}/login`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('the policy blocks nothing the app itself does: a person signs up and lands on the app with no violation', async () => {
    const { context, page } = await openPage(browser, dashboard.url);
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    try {
      await page.goto('/signup');
      await page.getByLabel('Your name').fill('Grace Hopper');
      await page.getByLabel('Work email').fill(uniqueEmail('csp'));
      await page.getByLabel('Password').fill('compiler-pioneer-1952');
      await page.getByLabel('Company name').fill(`Cobol Co ${Date.now().toString(36)}`);
      await page.getByRole('button', { name: 'Create company' }).click();
      await page.getByTestId('onboarding-checklist').waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
