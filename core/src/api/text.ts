import { z } from 'zod';

/**
 * Characters no text field of Atrium stores: the C0 controls (NUL, which PostgreSQL cannot
 * store at all, among them), DEL and the C1 controls. Multi-line fields keep tab, line feed
 * and carriage return.
 */
const singleLineControls = /[\u0000-\u001f\u007f-\u009f]/;
const multiLineControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export interface TextOptions {
  /** The field as a person reads it in a sentence: "company name", "address line". */
  field: string;
  min?: number;
  max: number;
  /** Keeps tab and line breaks (descriptions, notes); single-line fields refuse them. */
  multiline?: boolean;
  /** Trims surrounding spaces before the length checks; off for secrets and tokens. */
  trim?: boolean;
  /** Sentences for people that say more than the defaults below. */
  messages?: { required?: string; min?: string; max?: string };
}

const capitalized = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** The sentence a person gets for a control character or a broken (lone surrogate) character. */
export const unstorableCharactersMessage = (field: string) =>
  `The ${field} contains characters we cannot store (invisible control characters or broken Unicode). Retype it, or paste it as plain text, and try again.`;

/** True when `value` is well-formed Unicode free of control characters (tab and line breaks allowed if `multiline`). */
export function isStorableText(value: string, multiline = false): boolean {
  return value.isWellFormed() && !(multiline ? multiLineControls : singleLineControls).test(value);
}

/**
 * Every text field of every request goes through here, so that what reaches the database
 * is text PostgreSQL can store and people can read: a NUL or a lone surrogate is a 400
 * that names the field, never a 500 from the driver.
 */
export function text({ field, min = 0, max, multiline = false, trim = true, messages = {} }: TextOptions) {
  let schema = z
    .string({ error: messages.required ?? `Enter the ${field}.` })
    .refine((value) => isStorableText(value, multiline), { error: unstorableCharactersMessage(field), abort: true });
  if (trim) schema = schema.trim();
  if (min > 0) schema = schema.min(min, { error: messages.min ?? (min === 1 ? `Enter the ${field}.` : `${capitalized(field)} needs at least ${min} characters.`) });
  return schema.max(max, { error: messages.max ?? `Keep the ${field} under ${max} characters.` });
}

/**
 * An email address. Zod's email pattern is ASCII letters, digits and a few symbols, so it
 * refuses control characters and lone surrogates by itself; the OpenAPI document keeps
 * `format: email`.
 */
export function emailAddress({ field, message }: { field: string; message: string }) {
  return z.email({ error: message }).max(254, { error: `That ${field} is too long.` });
}
