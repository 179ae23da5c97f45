import { logoRules, sniffLogoType } from '@atrium/core';
import { Company, CompanyLogo, withTenant } from '@atrium/db';
import { recordAudit } from '../audit/record-audit';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';
import { HttpError } from '../http/http-error';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';
import { decodeLogo } from './decode-logo';

/**
 * Stores a logo whose bytes are a PNG, JPEG or WebP of at most 1 MB and 2048×2048 pixels,
 * whatever its name says, re-encoded so that what is served is what was checked.
 */
export async function setLogo(deps: ApiDependencies, companyId: string, actor: Person, upload: Buffer) {
  if (upload.length === 0) throw new HttpError(400, 'logo_missing', 'Choose an image file to upload as your logo.');
  if (upload.length > logoRules.maxBytes) {
    throw new HttpError(413, 'logo_too_large', `Your logo is ${(upload.length / 1024 / 1024).toFixed(1)} MB; logos can be at most 1 MB. Export a smaller PNG, JPEG or WebP.`);
  }
  const sniffed = sniffLogoType(upload);
  if (!sniffed) {
    throw new HttpError(415, 'logo_unsupported_type', 'That file is not a PNG, JPEG or WebP image (SVG is not accepted, because it can carry scripts). Export your logo as PNG and try again.');
  }
  const { bytes, contentType, width, height } = await decodeLogo(upload, sniffed);
  const company = await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    const company = await em.findOneOrFail(Company, companyId);
    await em.upsert(CompanyLogo, { company: companyId, contentType, bytes, updatedAt: new Date() });
    company.logoUpdatedAt = new Date();
    recordAudit(em, { companyId, actor, category: 'branding', action: 'branding.logo_changed', target: company.name, details: { contentType, bytes: bytes.length, width, height } });
    await em.flush();
    return company;
  });
  await completeOnboardingStep(deps, companyId, 'branding');
  return company;
}

export async function removeLogo(deps: ApiDependencies, companyId: string, actor: Person) {
  return withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    const company = await em.findOneOrFail(Company, companyId);
    await em.nativeDelete(CompanyLogo, { company: companyId });
    company.logoUpdatedAt = null;
    recordAudit(em, { companyId, actor, category: 'branding', action: 'branding.logo_removed', target: company.name });
    await em.flush();
    return company;
  });
}
