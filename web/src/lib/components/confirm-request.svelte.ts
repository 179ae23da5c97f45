/**
 * The one question waiting for an answer in the page's ConfirmModal. `askToConfirm` opens
 * the modal and resolves with the person's answer; a second question replaces the first
 * (which counts as "no").
 */
interface PendingQuestion {
  question: string;
  confirmLabel: string;
  answer: (confirmed: boolean) => void;
}

export const confirmRequest = $state<{ pending: PendingQuestion | null }>({ pending: null });

export function askToConfirm(question: string, confirmLabel = 'Confirm'): Promise<boolean> {
  confirmRequest.pending?.answer(false);
  return new Promise((resolve) => {
    confirmRequest.pending = {
      question,
      confirmLabel,
      answer: (confirmed) => {
        confirmRequest.pending = null;
        resolve(confirmed);
      },
    };
  });
}
