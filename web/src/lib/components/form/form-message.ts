/**
 * The sentence a form shows above its fields after a submission (superforms' `message`):
 * what was saved, or what the API refused and why. `code` and `details` are the API's own
 * (`seat_purchase_required`, `{ seatsNeeded: 4 }`) for a page that offers a way out.
 */
export interface FormMessage {
  tone: 'error' | 'success' | 'info';
  text: string;
  code?: string;
  details?: Record<string, unknown>;
}
