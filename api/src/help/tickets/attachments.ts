import { sniffTicketAttachmentType, ticketAttachmentRules, type TicketAttachmentType } from '@atrium/core';
import { HelpTicketAttachment, type EntityManager, type HelpTicketMessageEntity } from '@atrium/db';
import type { Context } from 'koa';
import sharp from 'sharp';
import { HttpError } from '../../http/http-error';

const megabytes = ticketAttachmentRules.maxBytes / 1024 / 1024;
const tooLarge = () => new HttpError(413, 'attachment_too_large', `Attachments can be at most ${megabytes} MB each. Send a smaller screenshot, or a PDF of fewer pages.`);

/** Reads the raw upload, refusing as soon as it passes the limit rather than buffering it all. */
export async function readAttachmentUpload(ctx: Context): Promise<Buffer> {
  if (Number(ctx.get('content-length') || 0) > ticketAttachmentRules.maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > ticketAttachmentRules.maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const unsupported = () =>
  new HttpError(400, 'attachment_unsupported_type', 'Attach a PNG, JPEG, WebP or GIF image, or a PDF. Other files (and SVG, which can carry scripts) are not accepted.');

/**
 * The attachment's type from its bytes. An image must also be one its decoder can read
 * (its header, without decoding a pixel) and of a sane size; a PDF must start and end as
 * one. What fails is a 400 that says what to send instead.
 */
export async function checkAttachment(bytes: Buffer): Promise<TicketAttachmentType> {
  if (bytes.length === 0) throw new HttpError(400, 'attachment_missing', 'Choose a file to attach.');
  if (bytes.length > ticketAttachmentRules.maxBytes) throw tooLarge();
  const type = sniffTicketAttachmentType(bytes);
  if (!type) throw unsupported();
  if (type === 'application/pdf') {
    if (!bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1').includes('%%EOF')) {
      throw new HttpError(400, 'attachment_unreadable', 'That PDF looks cut off. Save it again and attach it.');
    }
    return type;
  }
  const header = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => null);
  const format = type.slice('image/'.length);
  if (!header?.width || !header.height || header.format !== format) {
    throw new HttpError(400, 'attachment_unreadable', 'We could not read that image; the file may be damaged. Take the screenshot again and attach it.');
  }
  if (header.width * header.height > ticketAttachmentRules.maxPixels) {
    throw new HttpError(400, 'attachment_too_many_pixels', `That image is ${header.width}×${header.height} pixels; send one of at most 8192×8192.`);
  }
  return type;
}

/** A file name safe to show and to send back in Content-Disposition: no path, no controls. */
export function cleanFilename(name: string | undefined, type: TicketAttachmentType): string {
  const extension = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif', 'application/pdf': 'pdf' }[type];
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/["\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return base || `attachment.${extension}`;
}

/** Stores a checked file on a message, within the few a message may carry. */
export async function attachToMessage(em: EntityManager, message: HelpTicketMessageEntity, file: { bytes: Buffer; type: TicketAttachmentType; filename: string }) {
  const already = await em.count(HelpTicketAttachment, { message: message.id });
  if (already >= ticketAttachmentRules.maxPerMessage) {
    throw new HttpError(409, 'too_many_attachments', `A message can carry at most ${ticketAttachmentRules.maxPerMessage} attachments. Send the others with a reply.`);
  }
  const attachment = em.create(HelpTicketAttachment, {
    company: message.company,
    createdBy: message.createdBy ?? null,
    message,
    filename: file.filename,
    contentType: file.type,
    size: file.bytes.length,
    bytes: file.bytes,
  });
  await em.flush();
  return attachment;
}

/** Sends a stored attachment: images shown in the page, PDFs downloaded; never sniffed again by the browser. */
export function sendAttachment(ctx: Context, attachment: { filename: string; contentType: string; bytes: Buffer | Uint8Array }) {
  const disposition = attachment.contentType === 'application/pdf' ? 'attachment' : 'inline';
  const ascii = attachment.filename.replace(/[^\x20-\x7e]/g, '_');
  ctx.type = attachment.contentType;
  ctx.set('content-disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`);
  ctx.set('cache-control', 'private, no-store');
  ctx.body = Buffer.from(attachment.bytes);
}
