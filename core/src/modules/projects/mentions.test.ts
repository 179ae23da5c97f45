import { describe, expect, it } from 'vitest';
import { mentionedMembers } from './mentions';

const members = [
  { userId: 'u-ada', name: 'Ada Lovelace', email: 'ada@studio.example' },
  { userId: 'u-max', name: 'Max Planck', email: 'mplanck@studio.example' },
  { userId: 'u-max2', name: 'Max Born', email: 'born@studio.example' },
];

describe('mentions in a project comment', () => {
  it('finds a member by first name, full name or mail name, in any case', () => {
    expect(mentionedMembers('@ada can you check?', members)).toEqual(['u-ada']);
    expect(mentionedMembers('Thanks @AdaLovelace.', members)).toEqual(['u-ada']);
    expect(mentionedMembers('cc @mplanck', members)).toEqual(['u-max']);
  });

  it('mentions both members who share a first name, since the writer may mean either', () => {
    expect(mentionedMembers('@Max please review', members)).toEqual(['u-max', 'u-max2']);
  });

  it('an email address or a handle nobody has is no mention', () => {
    expect(mentionedMembers('Write to ada@studio.example', members)).toEqual([]);
    expect(mentionedMembers('@nobody here', members)).toEqual([]);
    expect(mentionedMembers('no mentions at all', members)).toEqual([]);
  });
});
