import { money, type Money } from './money';
import { mulDivRoundHalfUp } from './rounding';

/**
 * VAT for what Atrium sells (software as a service, an electronically supplied service).
 * Simplified on purpose: standard rates only, no US sales tax, no non-EU VAT besides the
 * UK's, and tax ids are taken as given; checking them (VIES, HMRC) is I/O and happens
 * before a tax id is stored.
 *
 * Rates are in basis points, so that 25.5 % stays an integer: 1900 = 19 %.
 */

/** The country Atrium invoices from. */
export const sellerCountry = 'DE';

/** Standard VAT rates of the EU member states (as of 2026), by ISO 3166-1 alpha-2 code. */
export const euVatRates: Readonly<Record<string, number>> = {
  AT: 2000, BE: 2100, BG: 2000, CY: 1900, CZ: 2100, DE: 1900, DK: 2500, EE: 2400, ES: 2100,
  FI: 2550, FR: 2000, GR: 2400, HR: 2500, HU: 2700, IE: 2300, IT: 2200, LT: 2100, LU: 1700,
  LV: 2100, MT: 1800, NL: 2100, PL: 2300, PT: 2300, RO: 2100, SE: 2500, SI: 2200, SK: 2300,
};

/** UK VAT on digital services to UK customers. */
export const gbVatRate = 2000;

export interface TaxTreatment {
  /** The customer's country, upper-cased. */
  country: string;
  /** In basis points: 1900 = 19 %. */
  rate: number;
  reverseCharge: boolean;
  /** The sentence printed on the invoice next to the tax line. */
  note: string;
}

export interface TaxCustomer {
  country: string;
  /** A VAT id or other business tax id; empty or null for a consumer. */
  taxId?: string | null;
}

/** 1900 → "19%", 2550 → "25.5%". */
export function formatTaxRate(rate: number): string {
  const whole = Math.trunc(rate / 100);
  const fraction = String(rate % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}%` : `${whole}%`;
}

export function isEuCountry(country: string): boolean {
  return Object.hasOwn(euVatRates, country.trim().toUpperCase());
}

/**
 * How an invoice to this customer is taxed:
 * - an EU business (tax id given) outside Germany: reverse charge, 0 %;
 * - an EU consumer, or any German customer: VAT at the customer's country's rate (for
 *   digital services the place of supply is where the customer is; paid through OSS);
 * - the UK: 20 %; the US: 0 %, no sales tax collected; anywhere else: 0 %, outside the
 *   scope of EU VAT.
 */
export function taxTreatment(customer: TaxCustomer): TaxTreatment {
  const country = customer.country.trim().toUpperCase();
  const isBusiness = (customer.taxId ?? '').trim() !== '';
  const euRate = euVatRates[country];

  if (euRate !== undefined) {
    if (isBusiness && country !== sellerCountry) {
      return {
        country,
        rate: 0,
        reverseCharge: true,
        note: 'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).',
      };
    }
    return { country, rate: euRate, reverseCharge: false, note: `VAT ${formatTaxRate(euRate)} (${country})` };
  }
  if (country === 'GB') {
    return { country, rate: gbVatRate, reverseCharge: false, note: `UK VAT ${formatTaxRate(gbVatRate)}` };
  }
  if (country === 'US') {
    return { country, rate: 0, reverseCharge: false, note: 'No sales tax charged (simplified: US sales tax is not collected).' };
  }
  return { country, rate: 0, reverseCharge: false, note: 'No VAT charged: customer outside the EU and the UK (simplified).' };
}

/** Tax on an invoice's subtotal, rounded half up once (never per line). */
export function taxOn(subtotal: Money, treatment: TaxTreatment): Money {
  return money(mulDivRoundHalfUp(subtotal.amount, treatment.rate, 10_000), subtotal.currency);
}
