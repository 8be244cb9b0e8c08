/**
 * Theme rules: each theme lists keywords and phrases per language ("invoice", "wrong amount",
 * "rechnung*"). A comment has the theme when one of the terms of its language (or of a rule
 * for every language) occurs in it as whole words, whatever the case and the accents.
 * A trailing * matches any ending ("invoic*" finds invoice, invoices, invoiced).
 */
export interface TThemeRule {
  /** A language tag (`en`, `de`), or null for every language. */
  language: string | null;
  /** Keywords (one word) and phrases (several words), as the organisation typed them. */
  terms: string[];
}

export interface TThemeRules {
  themeId: string;
  rules: readonly TThemeRule[];
}

export interface TTermMatch {
  /** Offsets in the original comment, end exclusive. */
  start: number;
  end: number;
  term: string;
}

const WORD = '[\\p{L}\\p{N}]';
const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd' };

/** Lower case without accents, character by character, with where each piece came from. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    const plain = FOLDED[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    for (let index = 0; index < plain.length; index++) origin.push(offset);
    folded += plain;
    offset += char.length;
  }
  origin.push(offset);
  return { folded, origin };
}

const FOLDABLE = /[ßæœøłđ]/g;

/** The same folding as fold(), for the whole text at once, when no offsets are needed. */
function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(FOLDABLE, (char) => FOLDED[char] as string)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** How a term is written to be valid: letters or digits, spaces between words, * only at the end. */
export function describeTermProblem(term: string): string | null {
  const text = term.trim();
  if (text.length === 0) return 'is empty';
  if (text.length > 100) return 'must be at most 100 characters';
  if (!new RegExp(WORD, 'u').test(text)) return 'must contain a letter or a digit';
  if (text.slice(0, -1).includes('*')) return 'may have * only at its end';
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of one term over folded text: its words in order, anything not a word between. */
function termPattern(term: string): string | null {
  const text = foldText(term.trim());
  const prefix = text.endsWith('*');
  const words = (prefix ? text.slice(0, -1) : text).match(new RegExp(`${WORD}+`, 'gu'));
  if (!words) return null;
  const body = words.map(escapeRegExp).join(`[^\\p{L}\\p{N}]+`);
  return `(?<!${WORD})${body}${prefix ? `${WORD}*` : `(?!${WORD})`}`;
}

function appliesTo(rule: { language: string | null }, language: string | null): boolean {
  if (rule.language === null || language === null) return true;
  return language === rule.language || language.startsWith(`${rule.language}-`);
}

/** One regular expression per language present in the rules, built once and reused. */
export interface TCompiledTheme {
  themeId: string;
  rules: { language: string | null; pattern: RegExp }[];
}

export function compileThemeRules(theme: TThemeRules): TCompiledTheme {
  const rules: TCompiledTheme['rules'] = [];
  for (const rule of theme.rules) {
    const patterns = rule.terms.map(termPattern).filter((part): part is string => part !== null);
    if (patterns.length === 0) continue;
    rules.push({ language: rule.language, pattern: new RegExp(patterns.join('|'), 'u') });
  }
  return { themeId: theme.themeId, rules };
}

/** The themes whose rules find a term in the comment, in the order the themes were given. */
export function matchThemes(
  themes: readonly TCompiledTheme[],
  comment: string | null,
  language: string | null,
): string[] {
  if (!comment) return [];
  const folded = foldText(comment);
  return themes
    .filter((theme) =>
      theme.rules.some((rule) => appliesTo(rule, language) && rule.pattern.test(folded)),
    )
    .map((theme) => theme.themeId);
}

/** Where each term of the rules occurs in the comment, for highlighting; overlaps are merged. */
export function findTermMatches(
  rules: readonly TThemeRule[],
  comment: string,
  language: string | null,
): TTermMatch[] {
  const { folded, origin } = fold(comment);
  const found: TTermMatch[] = [];
  for (const rule of rules) {
    if (!appliesTo(rule, language)) continue;
    for (const term of rule.terms) {
      const pattern = termPattern(term);
      if (!pattern) continue;
      for (const match of folded.matchAll(new RegExp(pattern, 'gu'))) {
        const start = origin[match.index] as number;
        const end = origin[match.index + match[0].length] as number;
        found.push({ start, end, term: term.trim() });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TTermMatch[] = [];
  for (const match of found) {
    const last = merged.at(-1);
    if (last && match.start < last.end) last.end = Math.max(last.end, match.end);
    else merged.push({ ...match });
  }
  return merged;
}
