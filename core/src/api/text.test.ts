import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { companyName, signupRequest } from '../auth/schemas';
import { updateCompanyProfileRequest } from '../company/profile';
import { renameModuleSettingRequest } from '../modules/schemas';
import { acceptInvitationRequest } from '../team/schemas';
import { isStorableText, text } from './text';

const firstMessage = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe('text fields', () => {
  it('store ordinary text of any script, emoji included', () => {
    for (const value of ['Acme GmbH', 'Société Générale', '株式会社アトリウム', 'Zoë 🚀 Labs', 'O’Brien & Sons']) {
      expect(isStorableText(value)).toBe(true);
      expect(companyName.parse(value)).toBe(value);
    }
  });

  it.each([
    ['NUL', 'Acme\u0000Corp'],
    ['a C0 control', 'Acme\u0007Corp'],
    ['DEL', 'Acme\u007fCorp'],
    ['a C1 control', 'Acme\u0085Corp'],
    ['a lone high surrogate', 'Acme\ud800Corp'],
    ['a lone low surrogate', 'Acme\udc00'],
    ['a line break in a one-line field', 'Acme\nCorp'],
  ])('refuse %s, naming the field', (_, value) => {
    expect(firstMessage(companyName, value)).toBe(
      'The company name contains characters we cannot store (invisible control characters or broken Unicode). Retype it, or paste it as plain text, and try again.',
    );
  });

  it('keep tabs and line breaks in multi-line fields only, and still refuse NUL there', () => {
    const notes = text({ field: 'notes', max: 2000, multiline: true });
    expect(notes.parse('line one\n\tline two\r\n')).toBe('line one\n\tline two');
    expect(firstMessage(notes, 'a\u0000b')).toMatch(/^The notes contains characters we cannot store/);
  });

  it('name the field in every request schema that carries text', () => {
    expect(firstMessage(signupRequest, { email: 'a@b.co', password: 'long-enough-9', name: 'Ann\u0000', companyName: 'Acme' })).toMatch(/^The name contains/);
    expect(firstMessage(signupRequest, { email: 'a@b.co', password: 'long-\ud800enough-9', name: 'Ann', companyName: 'Acme' })).toMatch(/^The password contains/);
    expect(firstMessage(updateCompanyProfileRequest, { legalName: 'Acme\u0000 Ltd' })).toMatch(/^The legal name contains/);
    expect(firstMessage(updateCompanyProfileRequest, { address: { city: 'Berlin\ud83d' } })).toMatch(/^The city contains/);
    expect(firstMessage(updateCompanyProfileRequest, { timezone: 'Europe/Berlin\u0000' })).toMatch(/^The time zone contains/);
    expect(firstMessage(renameModuleSettingRequest, { name: 'Lead\u0000' })).toMatch(/^The name contains/);
    expect(firstMessage(acceptInvitationRequest, { token: 'x'.repeat(30), name: '\u009bName' })).toMatch(/^The name contains/);
  });

  it('keep the length rules after trimming', () => {
    expect(firstMessage(companyName, ' A ')).toBe('Company names need at least 2 characters.');
    expect(firstMessage(text({ field: 'tax id', max: 4 }), 'ABCDE')).toBe('Keep the tax id under 4 characters.');
  });
});
