import { describe, expect, it } from 'vitest';
import {
  compileThemeRules,
  describeTermProblem,
  findTermMatches,
  matchThemes,
  type TThemeRule,
} from './theme-rules.ts';

const billing = compileThemeRules({
  themeId: 'billing',
  rules: [
    { language: 'en', terms: ['invoic*', 'billing', 'wrong amount'] },
    { language: 'de', terms: ['rechnung*', 'falscher betrag'] },
  ],
});
const price = compileThemeRules({
  themeId: 'price',
  rules: [{ language: null, terms: ['price'] }],
});

describe('matchThemes', () => {
  it.each([
    ['The INVOICE was wrong again', 'en', ['billing']],
    ['three invoices, all corrected', 'en', ['billing']],
    ['we were invoiced twice', 'en', ['billing']],
    ['Billing, billing, billing.', 'en', ['billing']],
    ['the wrong   amount was charged', 'en', ['billing']],
    ['wrong-amount on every order', 'en', ['billing']],
    ['the amount was wrong', 'en', []],
    ['Die Rechnung stimmt nicht', 'de', ['billing']],
    ['Rechnungsfehler ohne Ende', 'de', ['billing']],
    ['Falscher Betrag auf der Rechnung', 'de', ['billing']],
    ['the price is fair', 'en', ['price']],
    ['der Price ist gut', 'de', ['price']],
    ['priceless service', 'en', []],
    ['reinvoice', 'en', []],
  ])('%s (%s) → %j', (comment, language, expected) => {
    expect(matchThemes([billing, price], comment, language)).toEqual(expected);
  });

  it('applies only the rules of the answer’s language, and all of them when it is unknown', () => {
    expect(matchThemes([billing], 'the invoice was late', 'de')).toEqual([]);
    expect(matchThemes([billing], 'the invoice was late', null)).toEqual(['billing']);
    expect(matchThemes([billing], 'Rechnung falsch', 'de-at')).toEqual(['billing']);
  });

  it('ignores accents and case on both sides', () => {
    const cafe = compileThemeRules({
      themeId: 'cafe',
      rules: [{ language: null, terms: ['Café'] }],
    });
    expect(matchThemes([cafe], 'the CAFE was closed', 'en')).toEqual(['cafe']);
    expect(matchThemes([cafe], 'le café était fermé', 'fr')).toEqual(['cafe']);
    const street = compileThemeRules({
      themeId: 'street',
      rules: [{ language: 'de', terms: ['strasse'] }],
    });
    expect(matchThemes([street], 'Lieferung an die falsche Straße', 'de')).toEqual(['street']);
  });

  it('treats regular-expression characters in terms as plain text', () => {
    const odd = compileThemeRules({
      themeId: 'odd',
      rules: [{ language: null, terms: ['c++ (beta)'] }],
    });
    expect(matchThemes([odd], 'your c++ (beta) tool', 'en')).toEqual(['odd']);
    expect(matchThemes([odd], 'cxx beta', 'en')).toEqual([]);
  });

  it('gives nothing for an empty comment or a theme without usable terms', () => {
    const empty = compileThemeRules({
      themeId: 'empty',
      rules: [{ language: 'en', terms: ['***'] }],
    });
    expect(matchThemes([billing, empty], null, 'en')).toEqual([]);
    expect(matchThemes([empty], 'anything at all', 'en')).toEqual([]);
  });
});

describe('findTermMatches', () => {
  const rules: TThemeRule[] = [{ language: null, terms: ['invoic*', 'wrong amount', 'amount'] }];

  it('gives the offsets in the original text, accents and all', () => {
    const comment = 'Énorme: the invoices had the wrong amount';
    const matches = findTermMatches(rules, comment, 'en');
    expect(matches.map((match) => comment.slice(match.start, match.end))).toEqual([
      'invoices',
      'wrong amount',
    ]);
  });

  it('maps offsets through letters that fold to two', () => {
    const comment = 'Große Rechnung';
    const [match] = findTermMatches([{ language: 'de', terms: ['rechnung'] }], comment, 'de');
    expect(comment.slice(match?.start, match?.end)).toBe('Rechnung');
  });
});

describe('describeTermProblem', () => {
  it.each([
    ['invoice', null],
    ['wrong amount', null],
    ['rechnung*', null],
    ['  ', 'is empty'],
    ['in*voice', 'may have * only at its end'],
    ['!!', 'must contain a letter or a digit'],
    ['x'.repeat(101), 'must be at most 100 characters'],
  ])('%s → %s', (term, problem) => {
    expect(describeTermProblem(term)).toBe(problem);
  });
});
