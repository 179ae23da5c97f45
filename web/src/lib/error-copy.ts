/** What an error page says, by status: the same inside the company shell and outside it. */
export function errorCopy(page: { status: number; error: App.Error | null }): { title: string; text: string } {
  const { status } = page;
  if (status === 404)
    return {
      title: 'We could not find that page',
      text: page.error?.message && page.error.message !== 'Not Found'
        ? page.error.message
        : 'The link may be old, or the page may belong to a company you are not part of.',
    };
  if (status === 403)
    return { title: 'This is not for you', text: page.error?.message ?? 'You do not have access to this page.' };
  if (status === 502 || status === 503 || status === 504)
    return {
      title: 'Atrium is taking a breather',
      text: page.error?.message ?? 'We could not reach our servers. Please try again in a moment.',
    };
  return {
    title: 'Something went wrong',
    text: 'It is not you, it is us. We have logged the problem; please try again.',
  };
}
