import { fail as kitFail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { message, setError, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4, type ValidationAdapter, type ZodValidationSchema } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import type { ApiError } from '@atrium/core';
import type { Answer } from './api-client';
import type { FormMessage } from '#lib/components/form/form-message';

/**
 * Form actions on core's zod schemas (sveltekit-superforms), the server half of
 * `#lib/components/form/Form.svelte`:
 *
 *   load:   `{ form: await emptyForm(schema, stored) }`
 *   action: `const sent = await submitForm(event, schema, (data) => answer(event.locals.api.POST(…, { body: data })));`
 *           `if (!sent.ok) return sent.failure;`
 *           `return saved(sent.form, 'Profile saved.');`   (or `redirect(303, …)`)
 *
 * The schema is checked here first, so a person sees what to fix without a round trip to
 * the API; whatever the API still refuses (a 4xx `{ error, message, fields }`) lands on the
 * same fields and in the same message, with and without JavaScript.
 */

export type AtriumForm<Data extends Record<string, unknown>> = SuperValidated<Data, FormMessage>;
type Infer<Schema extends ZodValidationSchema> = Schema['_zod']['output'];

export type Submission<Data extends Record<string, unknown>, Reply> =
  | { ok: true; form: AtriumForm<Data>; data: Reply }
  | { ok: false; form: AtriumForm<Data>; failure: ActionFailure<{ form: AtriumForm<Data> }> };

interface SubmitOptions {
  /** Form fields named differently from the API's (`{ 'address.line1': 'addressLine1' }`). */
  apiFields?: Record<string, string>;
  /** Fields never sent back to the browser after a refusal (passwords); `password*` always. */
  forget?: string[];
}

const adapters = new WeakMap<ZodValidationSchema, ValidationAdapter<Record<string, unknown>>>();

/**
 * superforms' adapter of a core schema, made once per schema. Core's schemas carry
 * `.meta({ id })` for the OpenAPI document, which zod turns into a top-level `$ref` that
 * superforms cannot read its fields from; an empty metadata registry leaves the ids out.
 */
function adapterOf<Schema extends ZodValidationSchema>(schema: Schema): ValidationAdapter<Infer<Schema>> {
  let adapter = adapters.get(schema);
  if (!adapter) {
    adapter = zod4(schema, { config: { metadata: z.registry() } }) as ValidationAdapter<Record<string, unknown>>;
    adapters.set(schema, adapter);
  }
  return adapter as ValidationAdapter<Infer<Schema>>;
}

/** The form a page starts with: the schema's defaults, or what is stored, with no errors shown. */
export function emptyForm<Schema extends ZodValidationSchema>(
  schema: Schema,
  stored?: Partial<Infer<Schema>>,
  options: { id?: string } = {},
): Promise<AtriumForm<Infer<Schema>>> {
  const adapter = adapterOf(schema);
  return (stored ? superValidate(stored, adapter, { errors: false, ...options }) : superValidate(adapter, options)) as Promise<
    AtriumForm<Infer<Schema>>
  >;
}

/** The submitted form read against the schema (coerced from FormData by superforms). */
export function readForm<Schema extends ZodValidationSchema>(
  event: Pick<RequestEvent, 'request'>,
  schema: Schema,
  options: { id?: string } = {},
): Promise<AtriumForm<Infer<Schema>>> {
  return superValidate(event.request, adapterOf(schema), options) as Promise<AtriumForm<Infer<Schema>>>;
}

/**
 * Reads and checks the form, then sends its data to the API with `send` (an openapi-fetch
 * call wrapped in `answer`). A form the schema refuses never reaches the API.
 */
export async function submitForm<Schema extends ZodValidationSchema, Reply>(
  event: Pick<RequestEvent, 'request'>,
  schema: Schema,
  send: (data: Infer<Schema>, form: AtriumForm<Infer<Schema>>) => Promise<Answer<Reply>>,
  options: SubmitOptions & { id?: string } = {},
): Promise<Submission<Infer<Schema>, Reply>> {
  const form = await readForm(event, schema, options.id ? { id: options.id } : {});
  if (!form.valid) {
    return { ok: false, form, failure: invalid(form, options) };
  }
  const result = await send(form.data, form);
  if (result.ok) return { ok: true, form, data: result.data };
  return { ok: false, form, failure: refuse(form, result.problem, result.status, options) };
}

/** A form the schema refused: the field errors superforms found, and one sentence above them. */
export function invalid<Data extends Record<string, unknown>>(form: AtriumForm<Data>, options: SubmitOptions = {}) {
  forgetSecrets(form, options.forget);
  form.message = { tone: 'error', text: firstError(form) ?? 'Check the fields marked below.' };
  return kitFail(400, { form });
}

/**
 * The API's refusal on the form: each of its `fields` on the field of that name (or the
 * one `apiFields` maps it to); a field the form does not have, and the API's sentence, in
 * the message above the fields. The status stays the API's (a 402 stays a 402).
 */
export function refuse<Data extends Record<string, unknown>>(
  form: AtriumForm<Data>,
  problem: ApiError,
  status: number,
  options: SubmitOptions = {},
): ActionFailure<{ form: AtriumForm<Data> }> {
  const unplaced: string[] = [];
  for (const [apiField, sentence] of Object.entries(problem.fields ?? {})) {
    const path = options.apiFields?.[apiField] ?? apiField;
    if (hasField(form, path)) setError(form, path as never, sentence);
    else if (sentence !== problem.message) unplaced.push(sentence);
  }
  forgetSecrets(form, options.forget);
  const text = [problem.message, ...unplaced].filter(Boolean).join(' ');
  const refusal: FormMessage = { tone: 'error', text, code: problem.error, ...(problem.details ? { details: problem.details } : {}) };
  // superforms' `message` only fails for 400–599; anything else (a 3xx) is reported as a 500.
  return message(form, refusal, { status: (status >= 400 && status <= 599 ? status : 500) as 400 }) as ActionFailure<{
    form: AtriumForm<Data>;
  }>;
}

/** A successful submission's sentence above the form (a 200, so the form resets if it resets). */
export function saved<Data extends Record<string, unknown>>(form: AtriumForm<Data>, text: string, tone: FormMessage['tone'] = 'success') {
  return message(form, { tone, text });
}

function hasField(form: AtriumForm<Record<string, unknown>>, path: string): boolean {
  const [top] = path.split(/[.[]/);
  return top !== undefined && top in form.data;
}

function forgetSecrets(form: AtriumForm<Record<string, unknown>>, forget: string[] = []): void {
  for (const key of Object.keys(form.data)) {
    if (forget.includes(key) || /password/i.test(key)) (form.data as Record<string, unknown>)[key] = '';
  }
}

function firstError(form: AtriumForm<Record<string, unknown>>): string | undefined {
  const seen = (errors: unknown): string | undefined => {
    if (Array.isArray(errors)) return errors.find((entry) => typeof entry === 'string');
    if (errors && typeof errors === 'object') {
      for (const value of Object.values(errors)) {
        const found = seen(value);
        if (found) return found;
      }
    }
    return undefined;
  };
  return seen(form.errors);
}
