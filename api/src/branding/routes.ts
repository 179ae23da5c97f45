import { apiError, brandingView as brandingSchema, companyIdParams, logoRules, updateBrandingRequest } from '@atrium/core';
import { Company, CompanyLogo, withTenant } from '@atrium/db';
import type { Context } from 'koa';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { removeLogo, setLogo } from './set-logo';
import { brandingView, updateColors } from './update-colors';

/** Reads the raw upload, refusing as soon as it passes the limit rather than buffering it all. */
async function readUpload(ctx: Context, limit: number): Promise<Buffer> {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > limit) throw new HttpError(413, 'logo_too_large', 'Logos can be at most 1 MB. Export a smaller PNG, JPEG or WebP.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'logo_too_large', 'Logos can be at most 1 MB. Export a smaller PNG, JPEG or WebP.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function registerBrandingRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const path = '/api/companies/:companyId/branding';

  registry.add({
    method: 'get', path, summary: "The company's colours and logo", tags: ['branding'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams,
    responses: { 200: { description: 'Branding', schema: brandingSchema } },
    handler: async (ctx) => {
      const { companyId } = ctx.state.membership;
      ctx.body = brandingView(await withTenant(deps.orm, { companyId, userId: ctx.state.person.id }, (em) => em.findOneOrFail(Company, companyId)));
    },
  });

  registry.add({
    method: 'patch', path, summary: 'Change the primary and accent colours (owners and admins)', tags: ['branding'],
    access: 'company', can: ['update', 'Branding'], params: companyIdParams, body: updateBrandingRequest,
    responses: { 200: { description: 'Branding, with contrast warnings', schema: brandingSchema } },
    handler: async (ctx) => {
      const colors = validate(updateBrandingRequest, ctx.request.body);
      ctx.body = await updateColors(deps, ctx.state.membership.companyId, ctx.state.person, colors);
    },
  });

  registry.add({
    method: 'put', path: `${path}/logo`, summary: 'Upload the logo: the raw bytes of a PNG, JPEG or WebP, at most 1 MB and 2048×2048 pixels', tags: ['branding'],
    access: 'company', can: ['update', 'Branding'], params: companyIdParams,
    rawBody: { mediaType: 'application/octet-stream', description: 'PNG, JPEG or WebP bytes; the type is read from the bytes' },
    responses: {
      200: { description: 'Branding', schema: brandingSchema },
      400: { description: 'More than 2048×2048 pixels, or not a readable image', schema: apiError },
      413: { description: 'Larger than 1 MB', schema: apiError },
      415: { description: 'Not a PNG, JPEG or WebP', schema: apiError },
    },
    handler: async (ctx) => {
      const bytes = await readUpload(ctx, logoRules.maxBytes);
      ctx.body = brandingView(await setLogo(deps, ctx.state.membership.companyId, ctx.state.person, bytes));
    },
  });

  registry.add({
    method: 'get', path: `${path}/logo`, summary: 'The logo image', tags: ['branding'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams,
    responses: { 200: { description: 'The image (PNG, JPEG or WebP)', media: 'image/*' }, 404: { description: 'No logo', schema: apiError } },
    handler: async (ctx) => {
      const { companyId } = ctx.state.membership;
      const logo = await withTenant(deps.orm, { companyId, userId: ctx.state.person.id }, (em) => em.findOne(CompanyLogo, { company: companyId }));
      if (!logo) throw new HttpError(404, 'logo_not_found', 'This company has no logo yet.');
      ctx.type = logo.contentType;
      ctx.set('cache-control', 'private, max-age=86400');
      ctx.body = Buffer.from(logo.bytes);
    },
  });

  registry.add({
    method: 'delete', path: `${path}/logo`, summary: 'Remove the logo', tags: ['branding'],
    access: 'company', can: ['update', 'Branding'], params: companyIdParams,
    responses: { 200: { description: 'Branding', schema: brandingSchema } },
    handler: async (ctx) => {
      ctx.body = brandingView(await removeLogo(deps, ctx.state.membership.companyId, ctx.state.person));
    },
  });
}
