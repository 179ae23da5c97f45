import nodemailer from 'nodemailer';
import { signUpCompany } from './http';

export const supportPath = (companyId: string) => `/api/companies/${companyId}/modules/support`;

/** A company with Support desk bought (card 4242), provisioned with its SLA policy; and its support address. */
export async function companyWithSupport(label: string) {
  const owner = await signUpCompany(label);
  const { api, companyId } = owner;
  await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
  const bought = await api.request('POST', `/api/companies/${companyId}/marketplace/support/purchase`);
  if (bought.status >= 300) throw new Error(`purchase: ${bought.status} ${JSON.stringify(bought.body)}`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const landing = await api.request('GET', supportPath(companyId));
    if (landing.status === 200 && landing.body.settings.length > 0) {
      const mailbox = await api.request('GET', `${supportPath(companyId)}/mailbox`);
      return { ...owner, address: mailbox.body.address as string, slug: (mailbox.body.address as string).split('@')[0]! };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Support desk was not provisioned');
}

/** A customer's mail server talking to the listener: plain SMTP on loopback, as a relay would. */
export function customerMail(port: number) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  return {
    send: (mail: { from: string; to: string; subject: string; text: string; messageId?: string; inReplyTo?: string; references?: string[]; headers?: Record<string, string> }) => transport.sendMail(mail),
    close: () => transport.close(),
  };
}
