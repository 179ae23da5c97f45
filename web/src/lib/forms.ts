import { tick } from 'svelte';

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
