import type { CompanyRole, CompanyView, ModuleKey, ModuleRole, UserView } from '@atrium/core';

/** A company as the signed-in person sees it: with their role in it. */
export interface Membership extends CompanyView {
  role: string;
}

/** `GET /api/me`. */
export interface Me {
  user: UserView;
  companies: Membership[];
}

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
export interface CompanyDetails extends Omit<Membership, 'role'> {
  role: CompanyRole;
  profile: CompanyProfileView;
  branding: Branding;
  plan: { key: string; name: string; seatLimit: number };
  /** Seats are people: members plus pending invitations. */
  seats: { used: number; paid: number; limit: number; members: number; pendingInvitations: number };
  rules: unknown[][];
}

export interface CompanyProfileView {
  displayName: string;
  legalName: string;
  address: Partial<Record<'line1' | 'line2' | 'city' | 'postalCode' | 'region', string>>;
  billingEmail: string;
  taxId: string;
  country: string;
  timezone: string;
  currency: string;
  /** Fixed once the company has an invoice. */
  currencyLocked: boolean;
}

export interface Branding {
  primaryColor: string | null;
  accentColor: string | null;
  /** Already carries a cache-busting `?v=`; served through the /api proxy with the person's cookie. */
  logoUrl: string | null;
}

/** `GET|PATCH …/branding`: contrast problems come back as warnings, never as refusals. */
export interface BrandingWithWarnings extends Branding {
  warnings: { field: string; message: string }[];
}

export type ModuleRoles = Partial<Record<ModuleKey, ModuleRole>>;

export interface TeamMember {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: CompanyRole;
  moduleRoles: ModuleRoles;
  joinedAt: string;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: CompanyRole;
  moduleRoles: ModuleRoles;
  expiresAt: string;
  expired: boolean;
  /** The inviter's user id. */
  invitedBy: string;
  createdAt: string;
}

/** `GET /api/invitations/:token`: what a link is for, shown before accepting it. */
export interface InvitationPreview {
  companyName: string;
  email: string;
  role: CompanyRole;
  invitedBy: string;
  accountExists: boolean;
}

export interface AuditEvent {
  id: string;
  actorEmail: string;
  category: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
  /** The event as a sentence, made by the API. */
  description: string;
  createdAt: string;
}

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
