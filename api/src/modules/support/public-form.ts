import { createHash } from 'node:crypto';
import { supportAddressOf, supportPublicDesk, supportPublicFormInput, supportPublicParams, supportPublicReceipt } from '@atrium/core';
import { withTenant } from '@atrium/db';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimitTable } from '../../auth/rate-limit';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { openTicket } from './open-ticket';
import { deskOfSlug } from './support-desk';
import { afterUsage, startTicketSla } from './support-context';

const windowSeconds = 15 * 60;
const noDesk = 'There is no support desk at this address.';

/**
 * The public ticket form a company's website links to (`/support/{slug}` in the dashboard):
 * no session, so it is rate-limited per (company, address) in PostgreSQL, like the auth doors.
 */
export function publicFormRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  // Built on the first request: registering routes (the OpenAPI document) touches no dependency.
  let limiter: RateLimiterPostgres | undefined;
  const formLimiter = () =>
    (limiter ??= new RateLimiterPostgres({
      storeClient: deps.authPool, storeType: 'pool', tableName: rateLimitTable, tableCreated: true,
      keyPrefix: 'support-form', points: deps.config.support.formRequestsPerAddress, duration: windowSeconds,
    }));

  registry.add({
    method: 'get', path: '/api/public/support/:companySlug', summary: 'A company’s public support desk: its name and address', tags: ['support'], access: 'public', params: supportPublicParams,
    responses: { 200: { description: 'The desk', schema: supportPublicDesk }, 404: { description: 'not_found' } },
    handler: async (ctx) => {
      const { companySlug } = validate(supportPublicParams, ctx.params);
      const desk = await deskOfSlug(deps.orm, companySlug);
      if (!desk) throw notFound(noDesk);
      ctx.body = { companyName: desk.name, address: supportAddressOf(desk.slug, deps.config.support.domain) };
    },
  });

  registry.add({
    method: 'post', path: '/api/public/support/:companySlug/tickets', summary: 'Send a question to a company’s support desk (no account needed)', tags: ['support'], access: 'public',
    params: supportPublicParams, body: supportPublicFormInput,
    responses: { 201: { description: 'The ticket number', schema: supportPublicReceipt }, 404: { description: 'not_found' }, 429: { description: 'rate_limited' }, 402: { description: 'not_accepting_tickets' } },
    handler: async (ctx) => {
      const { companySlug } = validate(supportPublicParams, ctx.params);
      const input = validate(supportPublicFormInput, ctx.request.body);
      try {
        await formLimiter().consume(createHash('sha256').update(`${companySlug}\u0000${ctx.ip}`).digest('hex'));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        const refusal = new HttpError(429, 'rate_limited', `You have sent several requests in a short time. Try again in ${Math.ceil(seconds / 60)} minutes.`);
        refusal.retryAfterSeconds = seconds;
        throw refusal;
      }
      const desk = await deskOfSlug(deps.orm, companySlug);
      if (!desk) throw notFound(noDesk);
      const opened = await withTenant(deps.orm, { companyId: desk.companyId }, async (em) => {
        try {
          return await openTicket(em, desk.companyId, desk.entitlements, {
            source: 'form', requesterEmail: input.email, requesterName: input.name, subject: input.subject, body: input.body,
            priority: 'normal', assigneeId: null, tags: [], mailMessageId: null, createdBy: null,
          });
        } catch (error) {
          // The company's own 402 names its plan; the visitor gets what they can do.
          if (error instanceof HttpError && error.status === 402) {
            throw new HttpError(402, 'not_accepting_tickets', `${desk.name} cannot take new requests through this form this month. Write to ${supportAddressOf(desk.slug, deps.config.support.domain)} or contact them another way.`);
          }
          throw error;
        }
      });
      await startTicketSla(deps, opened.sla);
      await afterUsage(deps, desk.companyId, opened.change, opened.periodStart);
      ctx.status = 201;
      ctx.body = { number: opened.ticket.number, message: `Thank you. Your request #${opened.ticket.number} has reached ${desk.name}; they answer by email at ${opened.ticket.requesterEmail}.` };
    },
  });
}
