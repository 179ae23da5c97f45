import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planKeys } from '../billing/plans';
import { moduleKeys, moduleNames } from './catalog';
import { moduleListings, moduleTrialDays } from './module-listing';

/** The dashboard's static folder, which serves `/marketplace/…` screenshots. */
const webStatic = fileURLToPath(new URL('../../../web/static', import.meta.url));
const listings = moduleKeys.map((key) => moduleListings[key]);

describe('the marketplace listings', () => {
  it('list every module under its own key and catalog name', () => {
    expect(Object.keys(moduleListings).sort()).toEqual([...moduleKeys].sort());
    for (const key of moduleKeys) {
      expect(moduleListings[key].key).toBe(key);
      expect(moduleListings[key].name).toBe(moduleNames[key]);
    }
  });

  it('offer every module for a 14-day trial', () => {
    expect(moduleTrialDays).toBe(14);
    for (const listing of listings) expect(listing.trialDays, listing.key).toBe(14);
  });

  it('give a buyer a one-line tagline, a short description and 5 to 7 features', () => {
    for (const listing of listings) {
      expect(listing.tagline, listing.key).not.toMatch(/\n/);
      const sentences = listing.description.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, listing.key).toBeGreaterThanOrEqual(2);
      expect(sentences.length, listing.key).toBeLessThanOrEqual(4);
      expect(listing.features.length, listing.key).toBeGreaterThanOrEqual(5);
      expect(listing.features.length, listing.key).toBeLessThanOrEqual(7);
      expect(new Set(listing.features).size, listing.key).toBe(listing.features.length);
    }
  });

  it('show 2 or 3 captioned screenshots of each module that the dashboard can serve', () => {
    const files = listings.flatMap((listing) => listing.screenshots.map((shot) => shot.file));
    expect(new Set(files).size).toBe(files.length);
    for (const listing of listings) {
      expect(listing.screenshots.length, listing.key).toBeGreaterThanOrEqual(2);
      expect(listing.screenshots.length, listing.key).toBeLessThanOrEqual(3);
      for (const { file, caption } of listing.screenshots) {
        expect(file).toMatch(new RegExp(`^/marketplace/${listing.key}-[a-z-]+\\.png$`));
        expect(existsSync(`${webStatic}${file}`), `${file} is missing from web/static`).toBe(true);
        expect(caption.trim()).not.toBe('');
      }
    }
  });

  it('walk a new buyer through 3 to 5 first steps, each with its own key', () => {
    for (const listing of listings) {
      const keys = listing.setupSteps.map((step) => step.key);
      expect(keys.length, listing.key).toBeGreaterThanOrEqual(3);
      expect(keys.length, listing.key).toBeLessThanOrEqual(5);
      expect(new Set(keys).size, `${listing.key} has a duplicate setup step`).toBe(keys.length);
      for (const step of listing.setupSteps) {
        expect(step.key).toMatch(/^[a-z]+(_[a-z]+)*$/);
        expect(step.title.trim()).not.toBe('');
        expect(step.description.trim()).not.toBe('');
      }
    }
  });

  it('set every limit on every plan, with a name for each', () => {
    for (const listing of listings) {
      const limitKeys = Object.keys(listing.limitLabels).sort();
      expect(limitKeys.length, listing.key).toBeGreaterThan(0);
      expect(Object.keys(listing.limits).sort()).toEqual([...planKeys].sort());
      for (const plan of planKeys) {
        expect(Object.keys(listing.limits[plan]).sort(), `${listing.key} on ${plan}`).toEqual(limitKeys);
        for (const value of Object.values(listing.limits[plan])) {
          if (value !== null) expect(Number.isInteger(value) && value > 0, `${listing.key} on ${plan}`).toBe(true);
        }
      }
    }
  });

  it('never allow less on a higher plan: Scale ≥ Growth ≥ Starter, unlimited above all', () => {
    const atLeast = (higher: number | null | undefined, lower: number | null | undefined) =>
      higher === null || (lower !== null && lower !== undefined && higher !== undefined && higher >= lower);
    for (const listing of listings) {
      for (const limit of Object.keys(listing.limitLabels)) {
        const [starter, growth, scale] = planKeys.map((plan) => listing.limits[plan][limit]);
        expect(atLeast(growth, starter), `${listing.key} ${limit}: Growth below Starter`).toBe(true);
        expect(atLeast(scale, growth), `${listing.key} ${limit}: Scale below Growth`).toBe(true);
      }
    }
  });

  it('give CRM 1 000 contacts on Starter, 25 000 on Growth and no limit on Scale', () => {
    expect(planKeys.map((plan) => moduleListings.crm.limits[plan].contacts)).toEqual([1_000, 25_000, null]);
    expect(moduleListings.crm.limitLabels.contacts).toBe('Contacts');
  });
});
