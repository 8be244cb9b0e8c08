/**
 * The story the demo's data tells across modules (promises, voice, scores): in one quarter the
 * Small business segment's invoices go wrong far more often ("the invoice equals the order" is
 * broken), its customers answer surveys as detractors, and after a billing programme launched at
 * the start of the next quarter the breaches fall back below where they were. Every generator
 * that takes part reads the dates from here, so the screens agree with each other.
 */
const DEMO_STORY_SEGMENT = 'Small business';

const DAY = 86_400_000;

export interface TDemoStory {
  segment: string;
  /** First day (UTC) of the quarter in which billing goes wrong. */
  troubleFrom: Date;
  /** First day of the next quarter: the billing programme starts; breaches fall from here. */
  programmeFrom: Date;
  /** Share of the segment's invoices corrected before, during and after the trouble. */
  correctionRate: { before: number; during: number; after: number };
}

function quarterStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1));
}

/** The trouble quarter is the last full calendar quarter but one before the demo's today. */
export function getDemoStory(today: Date): TDemoStory {
  const current = quarterStart(today);
  const lastFull = quarterStart(new Date(current.getTime() - DAY));
  const troubleFrom = quarterStart(new Date(lastFull.getTime() - DAY));
  return {
    segment: DEMO_STORY_SEGMENT,
    troubleFrom,
    programmeFrom: lastFull,
    correctionRate: { before: 0.06, during: 0.3, after: 0.03 },
  };
}

/** How often an invoice of this segment, issued at `at`, is corrected in the demo. */
export function demoCorrectionRate(story: TDemoStory, segment: string, at: number): number | null {
  if (segment !== story.segment) return null;
  if (at < story.troubleFrom.getTime()) return story.correctionRate.before;
  if (at < story.programmeFrom.getTime()) return story.correctionRate.during;
  return story.correctionRate.after;
}
