import type { CompanyRole, CompanyView, ModuleKey, ModuleRole, UserView } from '@atrium/core';
import type { Schemas } from '#lib/api';

/** A company as the signed-in person sees it: with their role in it. */
export type Membership = Schemas['Me']['companies'][number];

/** `GET /api/me`. */
export type Me = Schemas['Me'];

/** `POST /api/signup` (201). */
export interface SignupResult {
  user: UserView;
  company: CompanyView;
}

/** What a failed form action hands back to its page. */
export interface FormProblem<Field extends string = string> {
  message: string;
  fields: Partial<Record<Field, string>>;
  values: Partial<Record<Field, string>>;
}

/** `GET /api/companies/:id`: the company as one of its members sees it, with their packed CASL rules. */
export type CompanyDetails = Schemas['CompanyDetails'];
export type CompanyProfileView = CompanyDetails['profile'];
export type Branding = CompanyDetails['branding'];

/** `GET|PATCH …/branding`: contrast problems come back as warnings, never as refusals. */
export type BrandingWithWarnings = Schemas['Branding'];

export type ModuleRoles = Partial<Record<ModuleKey, ModuleRole>>;

export type TeamMember = Schemas['Member'];
export type PendingInvitation = Schemas['Invitation'];

/** `GET /api/invitations/:token`: what a link is for, shown before accepting it. */
export interface InvitationPreview {
  companyName: string;
  email: string;
  role: CompanyRole;
  invitedBy: string;
  accountExists: boolean;
}

export type AuditEvent = Schemas['AuditEvent'];

/** A mail kept by a local install instead of being sent (`GET /api/dev/outbox`). */
export interface OutboxMessage {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  createdAt: string;
}

/** One signed-in device, as the account page shows it; its token never leaves the server. */
export interface DeviceSession {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: string;
  lastActiveAt: string;
  current: boolean;
}
