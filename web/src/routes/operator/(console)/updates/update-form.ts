import { textField } from '#lib/server/form-data';

/** The update editor's form as the API's request body; the API says what is wrong with any of it. */
export function moduleUpdateFromForm(form: FormData) {
  return {
    module: textField(form, 'module') as 'crm',
    title: textField(form, 'title'),
    body: textField(form, 'body'),
  };
}
