import { describe, expect, it } from 'vitest';
import { extractMentions, formatMention, mentionsToPlainText, splitMentions } from './mentions.ts';

const SOFIA = 'usr_01jd0000000000000000000001';
const AMARA = 'usr_01jd0000000000000000000002';

describe('mentions', () => {
  it.each([
    ['no mention', 'Called the customer back.', []],
    ['one', `@[Sofia Moretti](${SOFIA}) can you call them?`, [SOFIA]],
    ['two, in order', `@[Amara](${AMARA}) and @[Sofia](${SOFIA})`, [AMARA, SOFIA]],
    ['the same person twice counts once', `@[Sofia](${SOFIA}) … @[Sofia](${SOFIA})`, [SOFIA]],
    ['an e-mail address is no mention', 'write to sofia@acme.example', []],
    ['a malformed id is no mention', '@[Sofia](usr_short)', []],
  ])('%s', (_name, body, expected) => {
    expect(extractMentions(body).map((mention) => mention.userId)).toEqual(expected);
  });

  it('writes, reads back and renders a mention', () => {
    const token = formatMention({ userId: SOFIA, name: 'Sofia [M]oretti' });
    expect(extractMentions(`Hi ${token}`)).toEqual([{ userId: SOFIA, name: 'Sofia [M oretti' }]);
    expect(mentionsToPlainText(`Hi ${token}!`)).toBe('Hi @Sofia [M oretti!');
    expect(splitMentions(`Hi ${token}!`)).toEqual([
      { text: 'Hi ' },
      { mention: { userId: SOFIA, name: 'Sofia [M oretti' } },
      { text: '!' },
    ]);
  });
});
