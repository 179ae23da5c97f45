import { randomUUID } from 'node:crypto';
import nodemailer, { type Transport, type Transporter } from 'nodemailer';
import type { MikroORM } from '@mikro-orm/postgresql';
import { OutboxMessage } from '../entities';
import { withTenant } from '../tenancy/tenant-context';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The sender when not Atrium's own (a company's support address); Reply-To, Message-ID and the thread it answers. */
  from?: string;
  replyTo?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** Files sent with it (a scheduled report's PDF). */
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** 'smtp' when SMTP_URL is set, else 'outbox' (stored, readable by the local operator). */
  readonly delivery: 'smtp' | 'outbox';
}

/**
 * A nodemailer transport that keeps each message in `outbox_message` instead of sending
 * it, so invitations and password resets work on a machine without a mail server.
 */
function outboxTransport(orm: MikroORM): Transport {
  return {
    name: 'atrium-outbox',
    version: '1',
    send(mail, callback) {
      const { to, from, subject, text, html, replyTo, inReplyTo, references, attachments } = mail.data;
      // Kept so a local install shows what a mail client would answer to (Support desk threads by them).
      const threading = Object.entries({ 'message-id': mail.message.messageId(), 'in-reply-to': inReplyTo, references: Array.isArray(references) ? references.join(' ') : references, 'reply-to': replyTo })
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
      // The outbox keeps what was attached (name, type, size), not the bytes.
      const attached = (attachments ?? []).map((file) => `${file.filename}; ${file.contentType}; ${Buffer.isBuffer(file.content) ? file.content.length : 0} bytes`);
      if (attached.length > 0) threading.push(['x-attachments', attached.join(', ')]);
      withTenant(orm, { system: 'mail: write outbox' }, async (em) => {
        em.create(OutboxMessage, {
          id: randomUUID(),
          to: String(to),
          from: String(from),
          subject: String(subject ?? ''),
          text: String(text ?? ''),
          html: html ? String(html) : null,
          headers: Object.fromEntries(threading),
        });
        await em.flush();
      }).then(
        () => callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() }),
        (error: Error) => callback(error, undefined as never),
      );
    },
  };
}

export function createMailer(options: { orm: MikroORM; smtpUrl?: string; from?: string }): Mailer {
  const transport: Transporter = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport(outboxTransport(options.orm));
  const from = options.from ?? 'Atrium <no-reply@atrium.localhost>';
  return {
    delivery: options.smtpUrl ? 'smtp' : 'outbox',
    async send(message) {
      await transport.sendMail({ ...message, from: message.from ?? from });
    },
  };
}
