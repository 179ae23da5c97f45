import { describe, expect, it } from 'vitest';
import { usageLimitMessage, thresholdsCrossed } from '../kit/usage';
import { pipelineForecast } from './forecast';
import { contactFromRow, suggestMapping } from './csv-mapping';

const stages = [
  { id: 'lead', name: 'Lead', position: 0, probability: 10 },
  { id: 'proposal', name: 'Proposal', position: 1, probability: 50 },
  { id: 'won', name: 'Won', position: 2, probability: 100 },
  { id: 'lost', name: 'Lost', position: 3, probability: 0 },
];

describe('the pipeline forecast', () => {
  it('weighs open deals by their stage, to the cent, and counts won deals apart', () => {
    const forecast = pipelineForecast(stages, [
      { stageId: 'lead', valueMinor: 100_005 },
      { stageId: 'proposal', valueMinor: 250_000 },
      { stageId: 'won', valueMinor: 90_000 },
      { stageId: 'lost', valueMinor: 5_000 },
    ]);
    expect(forecast.stages.map((s) => [s.name, s.deals, s.totalMinor, s.weightedMinor])).toEqual([
      ['Lead', 1, 100_005, 10_001],
      ['Proposal', 1, 250_000, 125_000],
      ['Won', 1, 90_000, 90_000],
      ['Lost', 1, 5_000, 0],
    ]);
    expect([forecast.weightedOpenMinor, forecast.openMinor, forecast.wonMinor]).toEqual([135_001, 350_005, 90_000]);
  });
});

describe('usage limits', () => {
  it('names the limit and the plan that lifts it', () => {
    expect(usageLimitMessage('crm', 'contacts', 'starter')).toBe('Your Starter plan includes 1,000 contacts. Growth includes 25,000.');
    expect(usageLimitMessage('cms', 'mediaStorageGb', 'starter')).toBe('Your Starter plan includes 2 GB of media storage. Growth includes 20 GB.');
    expect(usageLimitMessage('cms', 'languages', 'starter')).toBe('Your Starter plan includes 1 language per site. Growth includes 3.');
    expect(usageLimitMessage('crm', 'contacts', 'growth')).toBe('Your Growth plan includes 25,000 contacts. Scale includes unlimited contacts.');
  });
  it('reports each threshold once, when it is crossed', () => {
    expect(thresholdsCrossed(799, 800, 1000)).toEqual([80]);
    expect(thresholdsCrossed(800, 801, 1000)).toEqual([]);
    expect(thresholdsCrossed(700, 1000, 1000)).toEqual([80, 100]);
    expect(thresholdsCrossed(5, 6, null)).toEqual([]);
  });
});

describe('CSV import rows', () => {
  it('matches columns by their headers and reports what is wrong with a row', () => {
    const mapping = suggestMapping(['First Name', 'Last Name', 'E-mail', 'Company', 'Notes']);
    expect(mapping).toEqual({ 'First Name': 'firstName', 'Last Name': 'lastName', 'E-mail': 'email', Company: 'organizationName', Notes: 'ignore' });
    expect(contactFromRow({ 'First Name': 'Ada', 'E-mail': 'ADA@example.com', Company: 'Analytical' }, mapping, 2)).toMatchObject({ contact: { firstName: 'Ada', email: 'ada@example.com', organizationName: 'Analytical' } });
    expect(contactFromRow({ 'First Name': '', 'E-mail': 'nope' }, mapping, 3)).toEqual({
      errors: [
        { row: 3, field: 'firstName', message: 'The first name is missing.' },
        { row: 3, field: 'email', message: '"nope" is not an email address.' },
      ],
    });
  });
});
