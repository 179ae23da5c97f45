// A company's public page is plain HTML: no SvelteKit script runs on it (and its CSP allows none).
export const csr = false;
