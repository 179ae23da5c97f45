import { fail } from '@sveltejs/kit';
import { applySetCookies, callApi } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import { textField } from '#lib/server/form-data';
import type { BrandingWithWarnings } from '#lib/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // The company's branding is in the layout already; this asks again for the contrast warnings.
  const result = await callApi<BrandingWithWarnings>(event, companyPath(event.params.company, 'branding'));
  applySetCookies(event.cookies, result.setCookies);
  return { warnings: result.ok ? result.data.warnings : [] };
};

type BrandingField = 'primaryColor' | 'accentColor';

export const actions: Actions = {
  colors: async (event) => {
    const form = await event.request.formData();
    const values = { primaryColor: textField(form, 'primaryColor').trim(), accentColor: textField(form, 'accentColor').trim() };
    // An empty field means "Atrium's default", which the API spells null.
    const result = await callApi<BrandingWithWarnings>(event, companyPath(event.params.company, 'branding'), {
      method: 'PATCH',
      json: { primaryColor: values.primaryColor || null, accentColor: values.accentColor || null },
    });
    if (!result.ok) {
      return fail(result.status >= 400 ? result.status : 500, {
        part: 'colors' as const,
        message: result.problem.message,
        fields: (result.problem.fields ?? {}) as Partial<Record<BrandingField, string>>,
        values,
      });
    }
    return { part: 'colors' as const, saved: true, warnings: result.data.warnings };
  },

  logo: async (event) => {
    const form = await event.request.formData();
    const file = form.get('logo');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, { part: 'logo' as const, message: 'Choose a PNG, JPEG or WebP file first.' });
    }
    // The API reads the type from the bytes themselves; the browser's guess only rides along.
    const result = await callApi<BrandingWithWarnings>(event, companyPath(event.params.company, 'branding', 'logo'), {
      method: 'PUT',
      bytes: { data: await file.arrayBuffer(), type: file.type },
    });
    if (!result.ok) return fail(result.status >= 400 ? result.status : 500, { part: 'logo' as const, message: result.problem.message });
    return { part: 'logo' as const, saved: true };
  },

  removeLogo: async (event) => {
    const result = await callApi(event, companyPath(event.params.company, 'branding', 'logo'), { method: 'DELETE' });
    if (!result.ok) return fail(result.status >= 400 ? result.status : 500, { part: 'logo' as const, message: result.problem.message });
    return { part: 'logo' as const, removed: true };
  },
};
