import { financeClaimParams, financeDeletedView, receiptRules, receiptView } from '@atrium/core';
import { FinanceReceipt, withTenant, type EntityManager } from '@atrium/db';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Context } from 'koa';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { claimRow } from './claim-view';
import { financeActor, requireWritable } from './finance-context';

const limitWords = `${receiptRules.maxBytes / 1024 / 1024} MB`;
const tooLarge = () => new HttpError(413, 'receipt_too_large', `Receipts can be at most ${limitWords}. Take the photo at a lower resolution or export a smaller PDF.`);

/** Reads the raw upload, refusing as soon as it passes the limit rather than buffering it all. */
async function readUpload(ctx: Context): Promise<Buffer> {
  if (Number(ctx.get('content-length') || 0) > receiptRules.maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > receiptRules.maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * A receipt's type from its bytes (`file-type` reads the magic numbers), never from its
 * name or the browser's claim: only images and PDFs are kept, so a script renamed
 * `receipt.jpg` is refused, and what is served back carries the type that was checked.
 */
async function sniffReceipt(bytes: Buffer): Promise<{ mime: string; ext: string }> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found || !(receiptRules.types as readonly string[]).includes(found.mime)) {
    throw new HttpError(415, 'receipt_unsupported_type', 'That file is not a photo (JPEG, PNG or WebP) or a PDF. Upload the receipt as one of those.');
  }
  const damaged = () => new HttpError(400, 'receipt_unreadable', 'We could not read that file; it may be damaged. Take the photo again or export the PDF again, and upload it.');
  if (found.mime === 'application/pdf') {
    // A whole PDF ends with its end-of-file marker; a cut-off upload does not.
    if (!bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF')) throw damaged();
  } else {
    // The header must decode (sharp reads it without decompressing a pixel), within a sane size.
    const header = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => null);
    if (!header?.width || !header.height || header.width * header.height > 100_000_000) throw damaged();
  }
  return { mime: found.mime, ext: found.ext };
}

export function receiptRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'put', path: '/claims/:claimId/receipt', summary: `Attach the receipt to my draft: the raw bytes of a photo or PDF, at most ${limitWords}`, can: 'read', params: financeClaimParams,
    rawBody: { mediaType: 'application/octet-stream', description: 'JPEG, PNG, WebP or PDF bytes; the type is read from the bytes' },
    responses: {
      200: { description: 'The receipt', schema: receiptView },
      400: { description: 'Empty, or a damaged image or PDF' },
      409: { description: 'The claim is submitted' },
      413: { description: `Larger than ${limitWords}` },
      415: { description: 'Not an image or a PDF' },
    },
    handler: async (ctx) => {
      const { companyId, claimId } = validate(financeClaimParams, ctx.params);
      const actor = financeActor(ctx);
      requireWritable(actor);
      // The claim first: someone else's or an unknown claim is a 404 whatever the bytes are.
      const checkClaim = async (em: EntityManager) => {
        const row = await claimRow(em, claimId, actor);
        if (row.owner_id !== actor.userId) throw new HttpError(403, 'forbidden', 'Only the person who made a claim attaches its receipt.');
        if (row.status !== 'draft') throw new HttpError(409, 'claim_not_changeable', 'This claim is submitted; its receipt can no longer be changed.');
      };
      await withTenant(deps.orm, { companyId }, checkClaim);
      const bytes = await readUpload(ctx);
      if (bytes.length === 0) throw new HttpError(400, 'receipt_missing', 'Choose the photo or PDF of the receipt to upload.');
      const { mime, ext } = await sniffReceipt(bytes);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        // Again inside the write: the claim may have been sent meanwhile.
        await checkClaim(em);
        const fileName = `receipt.${ext}`;
        await em.nativeDelete(FinanceReceipt, { claim: claimId });
        em.create(FinanceReceipt, { company: companyId, claim: claimId, createdBy: actor.userId, contentType: mime, fileName, size: bytes.length, bytes });
        await em.flush();
        return { contentType: mime, bytes: bytes.length, fileName };
      });
    },
  });

  routes.add({
    method: 'get', path: '/claims/:claimId/receipt', summary: 'The receipt of a claim (whoever sees the claim)', can: 'read', params: financeClaimParams,
    responses: { 200: { description: 'The image or PDF', media: 'application/octet-stream' }, 404: { description: 'No receipt' } },
    handler: async (ctx) => {
      const { companyId, claimId } = validate(financeClaimParams, ctx.params);
      const actor = financeActor(ctx);
      const receipt = await withTenant(deps.orm, { companyId }, async (em) => {
        await claimRow(em, claimId, actor);
        return em.findOne(FinanceReceipt, { claim: claimId });
      });
      if (!receipt) throw notFound('This claim has no receipt.');
      ctx.type = receipt.contentType;
      // Shown in the browser, never run: no sniffing, no scripts, not framed elsewhere.
      ctx.set('x-content-type-options', 'nosniff');
      ctx.set('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
      ctx.set('content-disposition', `inline; filename="${receipt.fileName}"`);
      ctx.set('cache-control', 'private, no-store');
      ctx.body = Buffer.from(receipt.bytes);
    },
  });

  routes.add({
    method: 'delete', path: '/claims/:claimId/receipt', summary: 'Remove the receipt of my draft', can: 'read', params: financeClaimParams,
    responses: { 200: { description: 'Removed', schema: financeDeletedView } },
    handler: async (ctx) => {
      const { companyId, claimId } = validate(financeClaimParams, ctx.params);
      const actor = financeActor(ctx);
      requireWritable(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const row = await claimRow(em, claimId, actor);
        if (row.owner_id !== actor.userId || row.status !== 'draft') throw new HttpError(409, 'claim_not_changeable', 'Only the claimant removes the receipt of a draft.');
        if (!(await em.nativeDelete(FinanceReceipt, { claim: claimId }))) throw notFound('This claim has no receipt.');
        return { deleted: true as const };
      });
    },
  });
}
