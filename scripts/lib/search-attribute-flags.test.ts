import { describe, expect, it } from 'vitest';
import { atriumSearchAttributes } from '../../workflows/src/search-attributes';
import { searchAttributeFlags } from './search-attribute-flags';

describe("npm start's Temporal dev server", () => {
  it('registers exactly the search attributes the workflows use, as Keyword', () => {
    expect([...searchAttributeFlags].sort()).toEqual(atriumSearchAttributes.map((key) => `${key.name}=Keyword`).sort());
    expect(atriumSearchAttributes.every((key) => key.type === 'KEYWORD')).toBe(true);
  });
});
