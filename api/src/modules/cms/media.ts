import { cmsDeleted, cmsKit, cmsMediaList, cmsMediaParams, cmsMediaQuery, cmsMediaView, cmsSiteParams } from '@atrium/core';
import { CmsMedia, CmsSite, withTenant, type CmsMediaEntity, type CmsSiteEntity } from '@atrium/db';
import { fileTypeFromBuffer } from 'file-type';
import type { Context } from 'koa';
import sharp from 'sharp';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, removeOr404 } from '../kit/records';
import { currentPeriodStart, reserveUsage } from '../kit/usage';
import { afterUsage, cmsActor, requireEdit } from './cms-context';
import { sendImage } from './public-site';

/** Images a web page shows; SVG is left out, as it can carry script. */
const imageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
const maxBytes = 5 * 1024 * 1024;
const gigabyte = 1024 ** 3;
const tooLarge = () => new HttpError(413, 'media_too_large', 'Images can be at most 5 MB. Save it at a lower resolution and upload it again.');

async function readUpload(ctx: Context): Promise<Buffer> {
  if (Number(ctx.get('content-length') || 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The type from the bytes (`file-type`), never the name; the header must decode (sharp), as Finance's receipts. */
async function sniffImage(bytes: Buffer): Promise<{ mime: string; ext: string; width: number; height: number }> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found || !(imageTypes as readonly string[]).includes(found.mime)) throw new HttpError(415, 'media_unsupported_type', 'That file is not a JPEG, PNG, WebP or GIF image. Upload the picture as one of those.');
  const header = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => null);
  if (!header?.width || !header.height || header.width * header.height > 100_000_000) throw new HttpError(400, 'media_unreadable', 'We could not read that image; it may be damaged. Save it again and upload it.');
  return { mime: found.mime, ext: found.ext, width: header.width, height: header.height };
}

export const mediaUrl = (site: Pick<CmsSiteEntity, 'slug'>, mediaId: string) => `/sites/${site.slug}/media/${mediaId}`;

const view = (media: Pick<CmsMediaEntity, 'id' | 'fileName' | 'contentType' | 'size' | 'width' | 'height' | 'createdAt'>, site: Pick<CmsSiteEntity, 'slug'>) => ({
  id: media.id, fileName: media.fileName, contentType: media.contentType, size: media.size, width: media.width, height: media.height, url: mediaUrl(site, media.id), createdAt: media.createdAt.toISOString(),
});

/** A file name people recognise, kept to safe characters. */
const cleanName = (name: string, ext: string) => `${(name.replace(/\.[^.]*$/, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'image')}.${ext}`;

export function mediaRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'post', path: '/sites/:siteId/media', summary: 'Upload an image for the site’s pages: the raw bytes, at most 5 MB (counts towards media storage)', can: 'create', params: cmsSiteParams, query: cmsMediaQuery,
    rawBody: { mediaType: 'application/octet-stream', description: 'JPEG, PNG, WebP or GIF bytes; the type is read from the bytes' },
    responses: { 201: { description: 'The image', schema: cmsMediaView }, 400: { description: 'Empty or damaged' }, 402: { description: 'usage_limit_reached' }, 413: { description: 'Larger than 5 MB' }, 415: { description: 'Not an image' } },
    handler: async (ctx) => {
      const { companyId, siteId } = validate(cmsSiteParams, ctx.params);
      const { name } = validate(cmsMediaQuery, ctx.query);
      const actor = cmsActor(ctx);
      requireEdit(actor);
      // The site first: another company's or an unknown site is a 404 whatever the bytes are.
      await withTenant(deps.orm, { companyId }, (em) => findOr404(em, CmsSite, { id: siteId }, 'There is no such site.'));
      const bytes = await readUpload(ctx);
      if (bytes.length === 0) throw new HttpError(400, 'media_missing', 'Choose the image to upload.');
      const image = await sniffImage(bytes);
      const { media, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const site = await findOr404(em, CmsSite, { id: siteId }, 'There is no such site.');
        const change = await reserveUsage(em, cmsKit, 'mediaStorageGb', bytes.length / gigabyte, actor.entitlements, companyId);
        const media = em.create(CmsMedia, { company: companyId, site, fileName: cleanName(name ?? 'image', image.ext), contentType: image.mime, size: bytes.length, width: image.width, height: image.height, bytes, createdBy: actor.userId });
        await em.flush();
        return { media: view(media, site), change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = media;
    },
  });

  routes.add({
    method: 'get', path: '/sites/:siteId/media', summary: 'The site’s images, newest first', can: 'read', params: cmsSiteParams,
    responses: { 200: { description: 'The images', schema: cmsMediaList } },
    handler: async (ctx) => {
      const { companyId, siteId } = validate(cmsSiteParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const site = await findOr404(em, CmsSite, { id: siteId }, 'There is no such site.');
        const media = await em.find(CmsMedia, { company: companyId, site: siteId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200, exclude: ['bytes'] });
        return { media: media.map((item) => view(item, site)) };
      });
    },
  });

  routes.add({
    method: 'get', path: '/sites/:siteId/media/:mediaId', summary: 'One image of the site (signed in)', can: 'read', params: cmsMediaParams,
    responses: { 200: { description: 'The image', media: 'application/octet-stream' }, 404: { description: 'not_found' } },
    handler: async (ctx) => {
      const { companyId, siteId, mediaId } = validate(cmsMediaParams, ctx.params);
      const media = await withTenant(deps.orm, { companyId }, (em) => em.findOne(CmsMedia, { id: mediaId, site: siteId }));
      if (!media) throw notFound('There is no such image.');
      sendImage(ctx, media, 'private, max-age=3600');
    },
  });

  routes.add({
    method: 'delete', path: '/sites/:siteId/media/:mediaId', summary: 'Delete an image (pages that show it lose it)', can: 'delete', params: cmsMediaParams,
    responses: { 200: { description: 'Deleted', schema: cmsDeleted } },
    handler: async (ctx) => {
      const { companyId, siteId, mediaId } = validate(cmsMediaParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => removeOr404(em, CmsMedia, { id: mediaId, site: siteId }, 'There is no such image.'));
    },
  });
}
