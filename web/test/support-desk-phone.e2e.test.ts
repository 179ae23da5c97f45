import { describe, expect, it } from 'vitest';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';
import { pageWidth, phone, widest } from './support/phone';
import { mailTheDesk, trySupport, writeSavedReply } from './support/support-flows';

describe('Support desk on a 390 px phone', () => {
  const session = dashboardSession();

  it('fits every Support desk page and the public form on the screen, with a long ticket in it', async () => {
    const owner = await session.newPage();
    await owner.setViewportSize(phone);
    const companyId = await signUpInBrowser(owner, { name: 'Srinivasa Ramanujan Aiyangar', email: uniqueEmail('desk-phone'), companyName: `Kumbakonam Mathematical Support Services ${Date.now().toString(36)}` });
    const address = await trySupport(owner, companyId);
    await writeSavedReply(owner, companyId, { title: 'Refunds for annual subscriptions bought through resellers', body: 'Refunds take five working days. '.repeat(8) });
    await mailTheDesk({
      from: `Godfrey Harold Hardy <${uniqueEmail('desk-phone-customer-with-a-very-long-address')}>`, to: address,
      subject: 'The taxicab number 1729 does not appear on my invoice for the highly composite numbers plan',
      text: `Please see https://example.com/${'a-very-long-path-segment-'.repeat(6)}\n\nThank you.`,
    });
    await owner.goto(`/${companyId}/modules/support/tickets`);
    const ticketHref = await owner.getByTestId('ticket-link').first().getAttribute('href');

    const support = `/${companyId}/modules/support`;
    const pages = [support, `${support}/tickets`, `${support}/tickets?view=breaching`, ticketHref!, `${ticketHref}?insert=none`, `${support}/saved-replies`];
    const tooWide: string[] = [];
    for (const path of pages) {
      const response = await owner.goto(path);
      expect(response?.status(), path).toBe(200);
      await owner.getByTestId('support-nav').waitFor();
      const width = await pageWidth(owner);
      if (width > phone.width) tooWide.push(`${path} is ${width} px wide: ${await widest(owner)}`);
    }
    const visitor = await session.newPage();
    await visitor.setViewportSize(phone);
    const form = await visitor.goto(`/support/${address.split('@')[0]}`);
    expect(form?.status()).toBe(200);
    await visitor.getByTestId('public-support-form').waitFor();
    const formWidth = await pageWidth(visitor);
    if (formWidth > phone.width) tooWide.push(`the public form is ${formWidth} px wide: ${await widest(visitor)}`);
    expect(tooWide).toEqual([]);
  });
});
