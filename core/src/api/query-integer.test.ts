import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { crmListQuery } from '../modules/crm/schemas';
import { balanceQuery } from '../modules/hr/schemas';
import { queryInteger } from './query-integer';

const pageSize = queryInteger({ field: 'page size', min: 1, max: 100 });
const firstMessage = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe('whole numbers in a query string', () => {
  it('read digits as the number they spell', () => {
    expect(pageSize.parse('1')).toBe(1);
    expect(pageSize.parse('50')).toBe(50);
    expect(pageSize.parse('100')).toBe(100);
    expect(pageSize.parse('007')).toBe(7);
  });

  // Each of these zod's number coercion accepted, as 0, 1, 1000, 16, 1, 1, 2 or 0.
  it.each(['', ' ', ' 1', '1 ', '1e3', '0x10', '1.0', '+1', '-0', '٢', '1_0', 'NaN', 'Infinity'])('refuse %j with a sentence naming the parameter and its range', (value) => {
    expect(firstMessage(pageSize, value)).toBe('The page size is a whole number from 1 to 100, in digits only.');
  });

  it('refuse what is not text at all: a repeated parameter (an array), a missing value', () => {
    expect(firstMessage(pageSize, ['1', '2'])).toBe('The page size is a whole number from 1 to 100, in digits only.');
    expect(firstMessage(pageSize, undefined)).toBe('The page size is a whole number from 1 to 100, in digits only.');
  });

  it('hold the bounds, saying which one was crossed', () => {
    expect(firstMessage(pageSize, '0')).toBe('The page size is at least 1.');
    expect(firstMessage(pageSize, '101')).toBe('The page size is at most 100.');
    expect(firstMessage(pageSize, '99999999999999999999999')).toBe('The page size is at most 100.');
  });

  it('refuse bounds that make no sense when the schema is declared', () => {
    expect(() => queryInteger({ field: 'x', min: 5, max: 1 })).toThrow(/bounds/);
    expect(() => queryInteger({ field: 'x', min: -1, max: 1 })).toThrow(/bounds/);
  });

  it('is text of digits on the wire, documented as an integer with its bounds', () => {
    expect(z.toJSONSchema(pageSize, { io: 'input' })).toMatchObject({ type: 'string', pattern: '^\\d+$' });
    const rendered: Record<string, unknown> = { type: 'string', pattern: '^\\d+$' };
    (pageSize.meta()!.override as (context: { jsonSchema: Record<string, unknown> }) => void)({ jsonSchema: rendered });
    expect(rendered).toEqual({ type: 'integer', minimum: 1, maximum: 100 });
  });
});

describe('the modules’ query strings', () => {
  it('CRM lists: limit and offset default to the first page of 50 and refuse what coerce let through', () => {
    expect(crmListQuery.parse({})).toMatchObject({ limit: 50, offset: 0 });
    expect(crmListQuery.parse({ limit: '25', offset: '75' })).toMatchObject({ limit: 25, offset: 75 });
    for (const limit of ['', '1e3', '0x10', ' 1', '0', '101']) expect(crmListQuery.safeParse({ limit }).success, limit).toBe(false);
    expect(crmListQuery.safeParse({ offset: '-1' }).success).toBe(false);
    expect(crmListQuery.safeParse({ offset: '1000001' }).success).toBe(false);
  });

  it('HR balances: the year is optional, four digits from 2000 to 2100', () => {
    expect(balanceQuery.parse({})).toEqual({});
    expect(balanceQuery.parse({ year: '2027' })).toEqual({ year: 2027 });
    expect(firstMessage(balanceQuery, { year: '' })).toBe('Give the year in digits, like 2027.');
    expect(firstMessage(balanceQuery, { year: '2e3' })).toBe('Give the year in digits, like 2027.');
    expect(firstMessage(balanceQuery, { year: '1999' })).toBe('Pick a year from 2000.');
    expect(firstMessage(balanceQuery, { year: '2101' })).toBe('Pick a year up to 2100.');
  });
});
