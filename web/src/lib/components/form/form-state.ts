import type { SuperForm } from 'sveltekit-superforms';
import type { FormMessage } from './form-message';

/** What `<Form>` hands its snippets: live values, and superforms itself for anything else. */
export interface FormState<Data extends Record<string, unknown>> {
  superform: SuperForm<Data, FormMessage>;
  readonly submitting: boolean;
  readonly message: FormMessage | undefined;
}
