/** The form primitive: `<Form>` and its fields, on sveltekit-superforms (see Form.svelte). */
export { default as Form } from './Form.svelte';
export { default as TextField } from './TextField.svelte';
export { default as TextareaField } from './TextareaField.svelte';
export { default as SelectField } from './SelectField.svelte';
export { default as FieldError } from './FieldError.svelte';
export { fieldOf, getFormContext, describedBy } from './form-context';
export { choiceBeforeHydration } from './choice-before-hydration';
export type { FormMessage } from './form-message';
export type { FormState } from './form-state';
