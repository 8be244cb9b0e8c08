import type { TScoreChange, TScoreKind } from './score-estimates.ts';
import type { TDriverEffect } from './why-drivers.ts';
import type { TMixDecomposition, TSegmentMix } from './why-mix.ts';

/**
 * The plain-language summary at the top of "why it moved", written only from the numbers
 * below it, so every sentence can be checked against the tables and followed to evidence.
 */
export interface TWhySummaryInput {
  kind: TScoreKind;
  label1: string;
  label2: string;
  value1: number | null;
  value2: number | null;
  change: TScoreChange | null;
  mix: TMixDecomposition | null;
  /** Drivers in the order of how much of the move they explain. */
  drivers: readonly { subject: string; effect: TDriverEffect }[];
  segmentName: (segment: string) => string;
}

export interface TWhySentence {
  about: 'change' | 'segment' | 'driver';
  /** The segment or the driver's index, for the evidence links. */
  ref: string | null;
  text: string;
}

const NAMES: Record<TScoreKind, { score: string; unit: string; unhappy: string; digits: number }> =
  {
    nps: { score: 'NPS', unit: 'points', unhappy: 'to be detractors', digits: 0 },
    csat: {
      score: 'CSAT',
      unit: 'percentage points',
      unhappy: 'to be dissatisfied (1–3)',
      digits: 1,
    },
    ces: {
      score: 'CES',
      unit: 'points on the 1–7 scale',
      unhappy: 'to say it was hard (1–3)',
      digits: 2,
    },
  };

/** Rounded, with a true minus sign (−5, not -5) and no "−0". */
function formatNumber(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  const text = Math.abs(rounded).toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return rounded < 0 ? `−${text}` : text;
}

/** A score's level in its unit: NPS 11, CSAT 64.5 %, CES 5.36 (changes stay in points). */
function formatLevel(kind: TScoreKind, value: number): string {
  const text = formatNumber(value, NAMES[kind].digits);
  return kind === 'csat' ? `${text}\u00a0%` : text;
}

function signed(value: number, digits: number): string {
  const text = formatNumber(value, digits);
  return value > 0 && text !== formatNumber(0, digits) ? `+${text}` : text;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}\u00a0%`;
}

function formatPValue(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

function changeSentence(input: TWhySummaryInput): string {
  const { kind, label1, label2, value1, value2, change } = input;
  const name = NAMES[kind];
  const f = (v: number) => formatNumber(v, name.digits);
  const level = (v: number) => formatLevel(kind, v);
  if (value1 === null || value2 === null || !change)
    return `${name.score} cannot be compared between ${label1} and ${label2}: one of them has no answers.`;
  const size = Math.abs(change.delta);
  const verb = change.delta < 0 ? 'fell' : 'rose';
  // "from 10 in 2026-Q1 to −5 in 2026-Q2": a bare "(10 to −5)" beside an interval reads as one.
  const head = `${name.score} ${verb} ${f(size)} ${name.unit}, from ${level(value1)} in ${label1} to ${level(value2)} in ${label2}`;
  const real = change.low > 0 || change.high < 0;
  if (change.delta === 0)
    return `${name.score} did not move from ${label1} to ${label2} (${level(value1)} both times; 95\u00a0% interval of the change ${signed(change.low, name.digits)} to ${signed(change.high, name.digits)}).`;
  if (!real)
    return `${head}, which is within what noise alone gives (95\u00a0% interval of the change ${signed(change.low, name.digits)} to ${signed(change.high, name.digits)}; ${formatPValue(change.pValue)}): no real change can be claimed.`;
  const [near, far] = [Math.abs(change.low), Math.abs(change.high)].sort((a, b) => a - b);
  return `${head}; the 95\u00a0% interval of the ${verb === 'fell' ? 'fall' : 'rise'} is ${f(near as number)} to ${f(far as number)} ${name.unit} (${formatPValue(change.pValue)}).`;
}

/** The segment that moved the total most in the direction it moved; null when none did. */
export function topSegment(mix: TMixDecomposition): TSegmentMix | null {
  if (mix.total === 0) return null;
  const direction = Math.sign(mix.total);
  const best = [...mix.bySegment].sort((a, b) => b.total * direction - a.total * direction)[0];
  return best && best.total * direction > 0 ? best : null;
}

function segmentSentence(
  input: TWhySummaryInput,
  segment: TSegmentMix,
  mix: TMixDecomposition,
): string {
  const name = NAMES[input.kind];
  const share = segment.total / mix.total;
  const real = input.change !== null && (input.change.low > 0 || input.change.high < 0);
  // A move within noise is not explained as if it were real, and a part larger than the whole
  // is not "most of it".
  const lead = !real
    ? 'Within that noise, the largest part is'
    : share > 1
      ? 'More than all of it is'
      : share >= 0.5
        ? 'Most of it is'
        : 'The largest part is';
  let own = '';
  if (segment.value1 !== null && segment.value2 !== null) {
    own = `its own ${name.score} went from ${formatLevel(input.kind, segment.value1)} to ${formatLevel(input.kind, segment.value2)}`;
    const change = segment.change;
    if (change && (change.low > 0 || change.high < 0))
      own += ` (a real change: 95\u00a0% interval ${signed(change.low, name.digits)} to ${signed(change.high, name.digits)})`;
    else if (change) own += ' (within noise on its own)';
    own += ', ';
  }
  const parts = `how customers felt accounts for ${signed(mix.rate, name.digits)} and who answered (the mix of segments) for ${signed(mix.mix, name.digits)}`;
  const others = share > 1 ? ' (other segments moved the other way)' : '';
  return `${lead} the ${input.segmentName(segment.segment)} segment: ${own}moving the total by ${signed(segment.total, name.digits)} of the ${signed(mix.total, name.digits)} ${name.unit}${others}. Across all segments, ${parts}.`;
}

function driverSentence(
  input: TWhySummaryInput,
  subject: string,
  effect: TDriverEffect,
  segment: string | null,
  first: boolean,
): string {
  const name = NAMES[input.kind];
  const f = (v: number) => formatNumber(v, name.digits);
  const lift = Math.abs(effect.lift);
  const more = effect.lift >= 0 ? 'more' : 'less';
  const lead = `${subject.charAt(0).toUpperCase()}${subject.slice(1)}`;
  // A "less likely" lift of −16 (−24 to −7) reads "16 … (7 to 24)", the near end first.
  const [near, far] = [Math.abs(effect.liftLow), Math.abs(effect.liftHigh)].sort((a, b) => a - b);
  let text = `${lead} were ${formatNumber(lift, 0)} percentage points ${more} likely ${name.unhappy} (95\u00a0% interval ${formatNumber(near as number, 0)} to ${formatNumber(far as number, 0)}).`;
  if (!first) return text;
  const trend = effect.prevalence2 >= effect.prevalence1 ? 'up' : 'down';
  text += ` ${percent(effect.prevalence2)} of answers in ${input.label2} had it, ${trend} from ${percent(effect.prevalence1)} in ${input.label1}`;
  if (segment !== null && effect.segmentPrevalence1 !== null && effect.segmentPrevalence2 !== null)
    text += ` (in ${input.segmentName(segment)}: ${percent(effect.segmentPrevalence2)}, from ${percent(effect.segmentPrevalence1)})`;
  const part = Math.abs(effect.contribution);
  const whole = Math.abs(input.change?.delta ?? 0);
  text +=
    part < whole
      ? `; that accounts for about ${f(part)} of the ${f(whole)} ${name.unit}.`
      : `; that alone accounts for about ${f(part)} ${name.unit}, more than the whole move of ${f(whole)} (other answers moved the other way).`;
  if (effect.valueWithout2 !== null && input.value2 !== null)
    text += ` Without it, ${name.score} in ${input.label2} would have been ${formatLevel(input.kind, effect.valueWithout2)} instead of ${formatLevel(input.kind, input.value2)}.`;
  return text;
}

/** A driver worth naming: its lift is real (interval off zero) and it moved with the score. */
function explains(effect: TDriverEffect, direction: number): boolean {
  const real = effect.liftLow > 0 || effect.liftHigh < 0;
  return real && effect.contribution * direction > 0;
}

/** The headline and up to three reasons, each tied to a segment or a driver. */
export function summariseWhy(input: TWhySummaryInput): TWhySentence[] {
  const sentences: TWhySentence[] = [{ about: 'change', ref: null, text: changeSentence(input) }];
  if (!input.change || input.change.delta === 0) return sentences;
  const segment = input.mix ? topSegment(input.mix) : null;
  if (segment && input.mix)
    sentences.push({
      about: 'segment',
      ref: segment.segment,
      text: segmentSentence(input, segment, input.mix),
    });
  const direction = Math.sign(input.change.delta);
  const named = input.drivers.filter((driver) => explains(driver.effect, direction)).slice(0, 2);
  named.forEach((driver, position) => {
    const text = driverSentence(
      input,
      driver.subject,
      driver.effect,
      segment?.segment ?? null,
      position === 0,
    );
    sentences.push({ about: 'driver', ref: String(driver.effect.index), text });
  });
  if (named.length === 0)
    sentences.push({
      about: 'driver',
      ref: null,
      text: 'None of the drivers tracked (broken promises, case handoffs and outcomes, comment themes) became more or less common in a way that explains this move.',
    });
  return sentences;
}
