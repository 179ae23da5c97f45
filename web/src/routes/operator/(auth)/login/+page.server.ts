import { fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import type { Schemas } from '#lib/api';
import { applySetCookies, callApi } from '#lib/server/api';
import { textField } from '#lib/server/form-data';
import { safeRedirectTarget } from '#lib/server/redirect-target';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type LoginResult = Schemas['OperatorLoginResult'];
type Enrolment = Extract<LoginResult, { status: 'enrolment_required' }>['enrolment'];

/**
 * The operators' sign-in: email, password and the authenticator app's code. The first time
 * (a one-time password from `npm run operator -- create`), the answer is the TOTP secret:
 * shown as text and as a QR code, then a code from the app and a new password enrol.
 */
export const load: PageServerLoad = async (event) => {
  if (event.request.headers.get('cookie')?.includes('atrium_operator=')) {
    const me = await callApi(event, '/api/operator/me');
    if (me.ok) redirect(303, destination(event));
  }
  return {};
};

const destination = (event: Pick<RequestEvent, 'url'>) => {
  const wanted = safeRedirectTarget(event.url.searchParams.get('redirectTo'));
  return wanted?.startsWith('/operator/') ? wanted : '/operator/companies';
};

async function withQr(enrolment: Enrolment) {
  // The QR code's content is the otpauth:// URL; drawn here as SVG, so no script or image request is needed.
  return { ...enrolment, qrSvg: await QRCode.toString(enrolment.otpauthUrl, { type: 'svg', margin: 1, width: 200 }) };
}

export const actions: Actions = {
  login: async (event) => {
    const form = await event.request.formData();
    const email = textField(form, 'email');
    const code = textField(form, 'code').trim();
    const result = await callApi<LoginResult>(event, '/api/operator/login', {
      method: 'POST',
      json: { email, password: textField(form, 'password'), ...(code ? { code } : {}) },
    });
    if (!result.ok) return fail(result.status >= 400 ? result.status : 500, { step: 'login' as const, message: result.problem.message, fields: result.problem.fields ?? {}, values: { email } });
    if (result.data.status === 'enrolment_required') return { step: 'enrol' as const, enrolment: await withQr(result.data.enrolment), values: { email } };
    applySetCookies(event.cookies, result.setCookies);
    redirect(303, destination(event));
  },

  enrol: async (event) => {
    const form = await event.request.formData();
    const enrolment: Enrolment = { token: textField(form, 'token'), secret: textField(form, 'secret'), otpauthUrl: textField(form, 'otpauthUrl'), expiresAt: textField(form, 'expiresAt') };
    const result = await callApi(event, '/api/operator/enrolment', {
      method: 'POST',
      json: { token: enrolment.token, code: textField(form, 'code').trim(), newPassword: textField(form, 'newPassword') },
    });
    if (!result.ok) {
      // An expired enrolment starts over at the password; a wrong code or weak password stays here.
      if (result.problem.error === 'enrolment_expired') return fail(401, { step: 'login' as const, message: result.problem.message, fields: {}, values: { email: '' } });
      return fail(result.status >= 400 ? result.status : 500, { step: 'enrol' as const, enrolment: await withQr(enrolment), message: result.problem.message, fields: result.problem.fields ?? {}, values: { email: '' } });
    }
    applySetCookies(event.cookies, result.setCookies);
    redirect(303, destination(event));
  },
};
