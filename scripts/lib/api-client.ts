/**
 * A person's session with the API over HTTP, as a browser holds it: the session cookie
 * from sign-up or sign-in goes with every later request. The demo data command and the
 * benchmarks use it, so they take the same doors (sign-in, the module gate, validation) as
 * the dashboard does.
 */
export class AtriumClient {
  cookie = '';

  /** `baseUrl` without `/api`, e.g. http://127.0.0.1:4000. */
  constructor(readonly baseUrl: string) {}

  /** The answer whatever its status; the body parsed when it is JSON. */
  async request<Body = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
    if (setCookie) this.cookie = setCookie;
    const text = await response.text();
    return { status: response.status, body: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as Body };
  }

  /** The body of a 2xx answer; anything else throws with the API's own message. */
  async call<Body = any>(method: string, path: string, body?: unknown): Promise<Body> {
    const answer = await this.request<Body>(method, path, body);
    if (answer.status < 200 || answer.status >= 300) {
      const failure = answer.body as { error?: string; message?: string } | string;
      const said = typeof failure === 'string' ? failure.slice(0, 200) : `${failure.error}: ${failure.message}`;
      throw new ApiCallError(`${method} ${path} answered ${answer.status} (${said})`, answer.status, answer.body);
    }
    return answer.body;
  }

  /** Signs in; the session cookie is kept for the calls that follow. */
  async signIn(email: string, password: string): Promise<void> {
    await this.call('POST', '/api/login', { email, password });
  }
}

export class ApiCallError extends Error {
  constructor(message: string, readonly status: number, readonly body: unknown) {
    super(message);
  }
}
