import { tick } from 'svelte';
import type { SubmitFunction } from '$app/forms';
import { askToConfirm } from '#lib/components/confirm-request.svelte';

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
 * `use:enhance` for a button that changes something: asks first in the page's
 * ConfirmModal when a question is given (without JavaScript the form simply submits),
 * marks the form busy while it runs, and leaves the page's other inputs as they were.
 */
export function confirmThenSubmit(question: string | null, busy: (running: boolean) => void): SubmitFunction {
  return async ({ cancel }) => {
    if (question && !(await askToConfirm(question))) {
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

/**
 * `use:enhance` for a form with a password (sign-in, sign-up, reset, invitation, change):
 * marks it busy while it runs and, when the server refuses, clears the password and puts
 * the cursor on the first field it complained about. `reset` clears the other fields too.
 */
export function passwordFormSubmit(busy: (running: boolean) => void, { reset = false } = {}): SubmitFunction {
  return () => {
    busy(true);
    return async ({ update, result, formElement }) => {
      await update({ reset });
      busy(false);
      if (result.type === 'failure') await clearPasswordAndFocusProblem(formElement);
    };
  };
}

/**
 * `use:enhance` for a form whose buttons each ask their own question (Approve, Reject): the
 * question is the clicked button's `data-confirm`, asked in the page's ConfirmModal with the
 * button's `data-confirm-label`. Without JavaScript the form simply submits.
 */
export function confirmSubmitterThenSubmit(busy: (running: boolean, submitter: HTMLElement | null) => void): SubmitFunction {
  return async ({ cancel, submitter }) => {
    const question = submitter?.dataset.confirm;
    if (question && !(await askToConfirm(question, submitter?.dataset.confirmLabel ?? 'Confirm'))) {
      cancel();
      return;
    }
    busy(true, submitter);
    return async ({ update }) => {
      await update({ reset: false });
      busy(false, null);
    };
  };
}
