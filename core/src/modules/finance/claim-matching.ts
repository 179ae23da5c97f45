import { calendarDaysBetween } from '../hr/calendar-dates';

/** How far apart a claim's date and its payment may be for the payment to be suggested. */
export const matchWindowDays = 14;

export interface MatchCandidate {
  claimId: string;
  amountMinor: number;
  currency: string;
  /** When the money was spent, or when the claim was approved: a reimbursement follows either. */
  spentOn: string;
}

export interface MatchSuggestion {
  claimId: string;
  /** Calendar days between the transaction and the claim's date. */
  daysApart: number;
}

/**
 * The approved claims a bank transaction may be: the same amount in the same currency (a
 * debit, money paid out, is the claim's amount paid back; a card payment on the company's
 * account is the money spent) within two weeks of the claim's date, closest first. Only
 * suggestions: a person confirms the match.
 */
export function suggestClaimMatches(transaction: { amountMinor: number; currency: string; bookedOn: string }, claims: readonly MatchCandidate[]): MatchSuggestion[] {
  if (transaction.amountMinor >= 0) return [];
  const paid = -transaction.amountMinor;
  return claims
    .filter((claim) => claim.currency === transaction.currency && claim.amountMinor === paid)
    .map((claim) => ({ claimId: claim.claimId, daysApart: Math.abs(calendarDaysBetween(claim.spentOn, transaction.bookedOn)) }))
    .filter((suggestion) => suggestion.daysApart <= matchWindowDays)
    .sort((a, b) => a.daysApart - b.daysApart || a.claimId.localeCompare(b.claimId));
}
