import { getContext, setContext } from 'svelte';
import { formFieldProxy, type FormFieldProxy, type SuperForm } from 'sveltekit-superforms';
import type { FormMessage } from './form-message';

/**
 * The superforms instance of the enclosing `<Form>`, so that a field names only its path and
 * finds its value, its errors and its schema constraints there.
 */
export type AtriumSuperForm = SuperForm<Record<string, unknown>, FormMessage>;

const key = Symbol('atrium-form');

export function setFormContext(form: AtriumSuperForm): void {
  setContext(key, form);
}

export function getFormContext(): AtriumSuperForm {
  const form = getContext<AtriumSuperForm | undefined>(key);
  if (!form) throw new Error('A form field must sit inside <Form>.');
  return form;
}

/** One field of the enclosing form: its value (as the input shows it), errors and constraints. */
export function fieldOf<Value = string>(name: string): FormFieldProxy<Value> {
  return formFieldProxy(getFormContext(), name as never) as unknown as FormFieldProxy<Value>;
}

/** `aria-describedby` of a field: its error, else its hint. */
export function describedBy(id: string, error: string | undefined, hint: string | undefined): string | undefined {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}
