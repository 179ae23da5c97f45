import type { CompanyView, UserView } from '@atrium/core';

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
