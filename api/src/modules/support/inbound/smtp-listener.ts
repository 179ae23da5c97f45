import { companySlugOfRecipient } from '@atrium/core';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { deskOfSlug, type SupportDesk } from '../support-desk';
import { inboundMailOf, MailRefusal, receiveSupportMail, type SupportMailDependencies } from './receive-mail';

const refusal = (responseCode: number, message: string) => Object.assign(new Error(message), { responseCode });

/**
 * The inbound SMTP listener of Support desk (smtp-server + mailparser): it takes mail for
 * `{company-slug}@<support domain>` and nothing else. An unknown recipient, or a company
 * without Support desk, is refused at RCPT (550), so no mail for another address is ever
 * read; the size limit is announced in EHLO and enforced while the data arrives (552). Each
 * recipient's company gets its own copy, written in its own tenant context.
 */
export function createSupportSmtpServer(deps: SupportMailDependencies): SMTPServer {
  const { domain, maxMailBytes } = deps.config.support;
  // The desks a session's recipients named, resolved at RCPT.
  const desks = new WeakMap<SMTPServerSession, SupportDesk[]>();

  return new SMTPServer({
    name: domain,
    banner: 'Atrium Support desk',
    // A mail exchanger for our own domain: senders do not sign in, and TLS is the front door's (a relay or the load balancer).
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxMailBytes,
    logger: false,
    onRcptTo(address, session, callback) {
      const slug = companySlugOfRecipient(address.address, domain);
      if (!slug) return callback(refusal(550, `5.1.1 <${address.address}>: no such mailbox here`));
      deskOfSlug(deps.orm, slug).then(
        (desk) => {
          if (!desk) return callback(refusal(550, `5.1.1 <${address.address}>: no such mailbox here`));
          const named = desks.get(session) ?? [];
          if (!named.some((known) => known.companyId === desk.companyId)) named.push(desk);
          desks.set(session, named);
          callback();
        },
        (error: Error) => {
          deps.logger.error({ err: error }, 'support mail: recipient look-up failed');
          callback(refusal(451, '4.3.0 Temporary failure, try again later'));
        },
      );
    },
    onData(stream, session, callback) {
      const named = desks.get(session) ?? [];
      desks.delete(session);
      simpleParser(stream)
        .then(async (parsed) => {
          // smtp-server stops counting past `size` and flags the stream; the whole mail was read (and dropped).
          if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) throw new MailRefusal(552, `5.3.4 Message is larger than ${maxMailBytes} bytes`);
          const mail = inboundMailOf(parsed, session.envelope.mailFrom ? session.envelope.mailFrom.address : null);
          if (!mail) throw new MailRefusal(550, '5.1.7 The message names no sender');
          for (const desk of named) {
            const delivery = await receiveSupportMail(deps, desk, mail);
            deps.logger.info({ companyId: desk.companyId, ...delivery }, 'support mail received');
          }
          callback();
        })
        .catch((error: Error) => {
          if (error instanceof MailRefusal) return callback(refusal(error.responseCode, error.message));
          deps.logger.error({ err: error }, 'support mail: delivery failed');
          callback(refusal(451, '4.3.0 Temporary failure, try again later'));
        });
    },
  });
}
