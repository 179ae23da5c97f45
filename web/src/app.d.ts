// See https://svelte.dev/docs/kit/types#app.d.ts
import type { AtriumApi } from '#lib/server/api-client';

declare global {
  namespace App {
    interface Error {
      status: number;
      message: string;
      /** A stable code from the API (`api_unreachable`, `company_not_found`, …) when there is one. */
      code?: string;
    }
    interface Locals {
      /** One id per dashboard request, sent to the API with every call it makes (x-request-id). */
      requestId: string;
      /** The typed API client for this request: the person's cookie, 401 → /login (`#lib/server/api-client`). */
      api: AtriumApi;
    }
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
