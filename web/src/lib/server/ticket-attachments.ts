import type { RequestEvent } from '@sveltejs/kit';
import { sniffTicketAttachmentType, ticketAttachmentRules } from '@atrium/core';
import { callApi } from './api';
import { companyPath } from './company-path';

/**
 * The files of a ticket form (`<input type="file" name="attachments" multiple>`), checked
 * here with core's own rules before the ticket or reply is sent, so a wrong file is said
 * at once and nothing half-sent is left; the API checks each upload again from its bytes.
 */

export async function attachedFiles(request: Request): Promise<File[]> {
  // A copy of the request: the form itself is read by superforms from the original.
  const form = await request.clone().formData();
  return form.getAll('attachments').filter((entry): entry is File => entry instanceof File && entry.size > 0);
}

export async function problemWithFiles(files: File[]): Promise<string | null> {
  if (files.length > ticketAttachmentRules.maxPerMessage) return `Attach at most ${ticketAttachmentRules.maxPerMessage} files to one message; send the others with a reply.`;
  for (const file of files) {
    if (file.size > ticketAttachmentRules.maxBytes) return `${file.name} is larger than ${ticketAttachmentRules.maxBytes / 1024 / 1024} MB. Attach a smaller screenshot or PDF.`;
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    if (!sniffTicketAttachmentType(head)) return `${file.name} is not a PNG, JPEG, WebP or GIF image or a PDF. Attach a screenshot or a PDF.`;
  }
  return null;
}

/** Uploads each file to the message, one request each; the first refusal's sentence, or null. */
export async function uploadFiles(event: Pick<RequestEvent, 'request' | 'getClientAddress' | 'locals' | 'cookies' | 'url'>, companyId: string, ticketId: string, messageId: string, files: File[]): Promise<string | null> {
  for (const file of files) {
    const path = `${companyPath(companyId, 'help', 'tickets', ticketId, 'messages', messageId, 'attachments')}?filename=${encodeURIComponent(file.name.slice(0, 200))}`;
    const sent = await callApi(event, path, { method: 'POST', bytes: { data: await file.arrayBuffer(), type: 'application/octet-stream' } });
    if (!sent.ok) return `${file.name} was not attached: ${sent.problem.message}`;
  }
  return null;
}
