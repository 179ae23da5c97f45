import { textField } from './form-data';

/** The article editor's form as the API's request body; an empty topic is none. */
export function articleFromForm(form: FormData) {
  const topic = textField(form, 'topic');
  return {
    title: textField(form, 'title'),
    categoryId: textField(form, 'categoryId'),
    topic: (topic || null) as never,
    body: textField(form, 'body'),
    status: (textField(form, 'status') || 'draft') as 'draft' | 'published',
  };
}
