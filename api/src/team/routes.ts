import {
  acceptInvitationRequest, apiError, companyIdParams, invitationIdParams, invitationTokenParams, invitationView,
  inviteMemberRequest, memberIdParams, memberView, okView, transferOwnershipRequest, updateMemberRequest,
} from '@atrium/core';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import { forwardCookies } from '../http/cookies';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { acceptInvitation, previewInvitation } from './accept-invitation';
import { changeMember, leaveCompany, removeMember, transferOwnership } from './change-member';
import { inviteMember } from './invite-member';
import { listInvitations, listMembers } from './list-members';
import { resendInvitation, revokeInvitation } from './manage-invitation';

const ok = okView;
const seatLimit = { description: 'The plan has no free seat', schema: apiError };


export function registerTeamRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const company = '/api/companies/:companyId';

  registry.add({
    method: 'get', path: `${company}/members`, summary: 'The people in the company', tags: ['team'],
    access: 'company', can: ['read', 'Member'], params: companyIdParams,
    responses: { 200: { description: 'Members', schema: z.object({ members: z.array(memberView) }) } },
    handler: async (ctx) => {
      ctx.body = { members: await listMembers(deps, ctx.state.membership.companyId, ctx.state.person.id) };
    },
  });

  registry.add({
    method: 'patch', path: `${company}/members/:memberId`, summary: "Change a member's company role or module roles", tags: ['team'],
    access: 'company', can: ['update', 'Member'], params: memberIdParams, body: updateMemberRequest,
    responses: { 200: { description: 'Changed', schema: ok }, 403: { description: 'A role above your own, or your own role', schema: apiError }, 409: { description: 'The last owner cannot be demoted', schema: apiError } },
    handler: async (ctx) => {
      const { memberId } = validate(memberIdParams, ctx.params);
      const changes = validate(updateMemberRequest, ctx.request.body);
      await changeMember(deps, ctx.state.membership.companyId, ctx.state.person, ctx.state.ability, memberId, changes);
      ctx.body = { ok: true };
    },
  });

  registry.add({
    method: 'delete', path: `${company}/members/:memberId`, summary: 'Remove a member; their access ends at once', tags: ['team'],
    access: 'company', can: ['delete', 'Member'], params: memberIdParams,
    responses: { 200: { description: 'Removed', schema: ok }, 409: { description: 'The last owner cannot be removed', schema: apiError } },
    handler: async (ctx) => {
      const { memberId } = validate(memberIdParams, ctx.params);
      await removeMember(deps, ctx.state.membership.companyId, ctx.state.person, ctx.state.ability, memberId);
      ctx.body = { ok: true };
    },
  });

  registry.add({
    method: 'post', path: `${company}/leave`, summary: 'Leave the company', tags: ['team'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams,
    responses: { 200: { description: 'Left', schema: ok }, 409: { description: 'The last owner cannot leave', schema: apiError } },
    handler: async (ctx) => {
      await leaveCompany(deps, ctx.state.membership.companyId, ctx.state.person);
      ctx.body = { ok: true };
    },
  });

  registry.add({
    method: 'post', path: `${company}/ownership`, summary: 'Transfer ownership to another member (owners)', tags: ['team'],
    access: 'company', can: ['update', 'Ownership'], params: companyIdParams, body: transferOwnershipRequest,
    responses: { 200: { description: 'Transferred', schema: ok } },
    handler: async (ctx) => {
      const { memberId } = validate(transferOwnershipRequest, ctx.request.body);
      await transferOwnership(deps, ctx.state.membership.companyId, ctx.state.person, memberId);
      ctx.body = { ok: true };
    },
  });

  registry.add({
    method: 'get', path: `${company}/invitations`, summary: 'Pending invitations', tags: ['team'],
    access: 'company', can: ['read', 'Invitation'], params: companyIdParams,
    responses: { 200: { description: 'Invitations', schema: z.object({ invitations: z.array(invitationView) }) } },
    handler: async (ctx) => {
      ctx.body = { invitations: await listInvitations(deps, ctx.state.membership.companyId, ctx.state.person.id) };
    },
  });

  registry.add({
    method: 'post', path: `${company}/invitations`, summary: 'Invite someone by email with a company role and module roles', tags: ['team'],
    access: 'company', can: ['create', 'Invitation'], params: companyIdParams, body: inviteMemberRequest,
    responses: {
      201: { description: 'Invited; the mail is on its way', schema: z.object({ id: z.uuid(), email: z.string(), expiresAt: z.string() }) },
      403: { description: 'A role above your own', schema: apiError },
      402: { description: 'Every seat paid for is taken: add one (`addSeat`), charged now; `details.seatsNeeded` says how many seats that makes', schema: apiError },
      409: seatLimit,
    },
    handler: async (ctx) => {
      const input = validate(inviteMemberRequest, ctx.request.body);
      const invitation = await inviteMember(deps, ctx.state.membership.companyId, { ...ctx.state.person, role: ctx.state.membership.role }, ctx.state.ability, input);
      ctx.status = 201;
      ctx.body = { id: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt.toISOString() };
    },
  });

  registry.add({
    method: 'post', path: `${company}/invitations/:invitationId/resend`, summary: 'Send a fresh link, valid 7 more days', tags: ['team'],
    access: 'company', can: ['update', 'Invitation'], params: invitationIdParams,
    responses: { 200: { description: 'Resent', schema: z.object({ id: z.uuid(), expiresAt: z.string() }) } },
    handler: async (ctx) => {
      const { invitationId } = validate(invitationIdParams, ctx.params);
      const invitation = await resendInvitation(deps, ctx.state.membership.companyId, ctx.state.person, invitationId);
      ctx.body = { id: invitation.id, expiresAt: invitation.expiresAt.toISOString() };
    },
  });

  registry.add({
    method: 'delete', path: `${company}/invitations/:invitationId`, summary: 'Revoke an invitation', tags: ['team'],
    access: 'company', can: ['delete', 'Invitation'], params: invitationIdParams,
    responses: { 200: { description: 'Revoked', schema: ok } },
    handler: async (ctx) => {
      const { invitationId } = validate(invitationIdParams, ctx.params);
      await revokeInvitation(deps, ctx.state.membership.companyId, ctx.state.person, invitationId);
      ctx.body = { ok: true };
    },
  });

  registry.add({
    method: 'get', path: '/api/invitations/:token', summary: 'What an invitation link is for, before accepting it', tags: ['team'],
    access: 'public', params: invitationTokenParams,
    responses: {
      200: { description: 'The invitation', schema: z.object({ companyName: z.string(), email: z.string(), role: z.string(), invitedBy: z.string(), accountExists: z.boolean() }) },
      404: { description: 'Unknown or forged token', schema: apiError },
      410: { description: 'Expired, used or revoked', schema: apiError },
    },
    handler: async (ctx) => {
      const { token } = validate(invitationTokenParams, ctx.params);
      ctx.body = await previewInvitation(deps, token);
    },
  });

  registry.add({
    method: 'post', path: '/api/invitations/accept', summary: 'Accept an invitation: join as the signed-in person, or create an account', tags: ['team'],
    access: 'public', body: acceptInvitationRequest,
    responses: {
      200: { description: 'Joined (session cookie set for a new account)', schema: z.object({ company: z.object({ id: z.uuid(), name: z.string() }), user: z.object({ id: z.string(), email: z.string(), name: z.string() }) }) },
      404: { description: 'Unknown or forged token', schema: apiError },
      409: { description: 'Sign in first, or signed in as someone else', schema: apiError },
      410: { description: 'Expired, used or revoked', schema: apiError },
    },
    handler: async (ctx) => {
      const input = validate(acceptInvitationRequest, ctx.request.body);
      const { headers, ...joined } = await acceptInvitation(deps, input, ctx.req.headers);
      forwardCookies(ctx, headers);
      ctx.body = joined;
    },
  });
}
