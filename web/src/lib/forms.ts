import { tick } from 'svelte';
import type { SubmitFunction } from '$app/forms';

/**
 * After a failed sign-in or sign-up: the password is never kept (a full-page post would not
 * keep it either), and the cursor goes to the first field the API complained about.
 */
export async function clearPasswordAndFocusProblem(form: HTMLFormElement): Promise<void> {
  await tick();
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = '';
  const firstInvalid = form.querySelector<HTMLInputElement>('[aria-invalid="true"]');
  (firstInvalid ?? form.querySelector<HTMLInputElement>('input'))?.focus();
}

/**
 * `use:enhance` for a button that changes something: asks first when a question is given
 * (without JavaScript the form simply submits), marks the form busy while it runs, and
 * leaves the page's other inputs as they were.
 */
export function confirmThenSubmit(question: string | null, busy: (running: boolean) => void): SubmitFunction {
  return ({ cancel }) => {
    if (question && !confirm(question)) {
      cancel();
      return;
    }
    busy(true);
    return async ({ update }) => {
      await update({ reset: false });
      busy(false);
    };
  };
}
