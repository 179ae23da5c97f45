// See https://svelte.dev/docs/kit/types#app.d.ts
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
    }
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
