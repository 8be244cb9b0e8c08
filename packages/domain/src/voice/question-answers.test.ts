import { describe, expect, it } from 'vitest';
import { checkQuestionAnswers, type TSurveyQuestionSpec } from './question-answers.ts';

const questions: TSurveyQuestionSpec[] = [
  { id: 'again', kind: 'choice', prompt: 'Buy again?', options: ['yes', 'no'], required: true },
  { id: 'stars', kind: 'rating', prompt: 'Delivery', options: [], required: false },
  { id: 'idea', kind: 'text', prompt: 'One idea', options: [], required: false },
];

describe('checkQuestionAnswers', () => {
  it('keeps valid answers and leaves blank optional ones out', () => {
    expect(checkQuestionAnswers(questions, { again: 'yes', stars: 4, idea: '  ' })).toEqual({
      ok: true,
      extra: { again: 'yes', stars: 4 },
    });
  });

  it('names each problem by its question', () => {
    const result = checkQuestionAnswers(questions, { again: 'maybe', stars: 6, other: 'x' });
    expect(result).toEqual({
      ok: false,
      problems: [
        { pointer: '/answers/other', message: 'is not a question of this survey' },
        { pointer: '/answers/again', message: 'must be one of the options' },
        { pointer: '/answers/stars', message: 'must be a whole number from 1 to 5' },
      ],
    });
  });

  it('requires the required questions', () => {
    expect(checkQuestionAnswers(questions, {})).toEqual({
      ok: false,
      problems: [{ pointer: '/answers/again', message: 'is required' }],
    });
  });
});
