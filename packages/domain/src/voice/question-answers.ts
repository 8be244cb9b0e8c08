import type { TAnswerProblem } from './answer-input.ts';

/** A survey's other question, as the public answer page shows it. */
export interface TSurveyQuestionSpec {
  id: string;
  kind: 'text' | 'choice' | 'rating';
  prompt: string;
  options: readonly string[];
  required: boolean;
}

export const RATING_SCALE = { min: 1, max: 5 } as const;

function checkOne(
  question: TSurveyQuestionSpec,
  value: string | number | undefined,
): string | null {
  const blank = value === undefined || (typeof value === 'string' && value.trim() === '');
  if (blank) return question.required ? 'is required' : null;
  if (question.kind === 'rating')
    return typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= RATING_SCALE.min &&
      value <= RATING_SCALE.max
      ? null
      : `must be a whole number from ${RATING_SCALE.min} to ${RATING_SCALE.max}`;
  if (typeof value !== 'string') return 'must be text';
  if (question.kind === 'choice' && !question.options.includes(value))
    return 'must be one of the options';
  return null;
}

/**
 * Checks the answers to a survey's other questions: required ones given, a choice among its
 * options, a rating 1–5; answers to questions the survey does not have are refused. Returns
 * the answers to keep (blank ones left out) or the problems, each naming its question.
 */
export function checkQuestionAnswers(
  questions: readonly TSurveyQuestionSpec[],
  answers: Readonly<Record<string, string | number>>,
):
  | { ok: true; extra: Record<string, string | number> }
  | { ok: false; problems: TAnswerProblem[] } {
  const problems: TAnswerProblem[] = [];
  const known = new Set(questions.map((question) => question.id));
  for (const key of Object.keys(answers))
    if (!known.has(key))
      problems.push({ pointer: `/answers/${key}`, message: 'is not a question of this survey' });
  const extra: Record<string, string | number> = {};
  for (const question of questions) {
    const value = answers[question.id];
    const problem = checkOne(question, value);
    if (problem) problems.push({ pointer: `/answers/${question.id}`, message: problem });
    else if (typeof value === 'number') extra[question.id] = value;
    else if (value?.trim()) extra[question.id] = value.trim();
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, extra };
}
