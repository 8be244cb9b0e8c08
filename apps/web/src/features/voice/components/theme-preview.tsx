import type { TAnswer } from '@customeric/contracts';
import { findTermMatches, type TThemeRule } from '@customeric/domain';
import { Fragment, useMemo } from 'react';
import { useRecentComments } from '../api/answers.ts';
import { ScoreBadge } from './score-badge.tsx';

const SHOWN = 8;

function Highlighted({ text, marks }: { text: string; marks: { start: number; end: number }[] }) {
  let at = 0;
  return (
    <>
      {marks.map((mark) => {
        const before = text.slice(at, mark.start);
        at = mark.end;
        return (
          <Fragment key={mark.start}>
            {before}
            <mark>{text.slice(mark.start, mark.end)}</mark>
          </Fragment>
        );
      })}
      {text.slice(at)}
    </>
  );
}

/** The rules tried on the latest comments in the browser, with the same matching as the server. */
export function ThemePreview({ rules }: { rules: TThemeRule[] }) {
  const recent = useRecentComments();
  const comments = recent.data?.items ?? [];
  const matches = useMemo(
    () =>
      comments
        .map((answer) => ({
          answer,
          marks: findTermMatches(rules, answer.comment ?? '', answer.language),
        }))
        .filter((entry) => entry.marks.length > 0),
    [comments, rules],
  );
  return (
    <section className="voice-preview" aria-labelledby="preview-title">
      <h3 id="preview-title">Preview</h3>
      <p aria-live="polite">
        {recent.isPending
          ? 'Loading the latest comments…'
          : `Matches ${matches.length} of the latest ${comments.length} comments.`}
      </p>
      <ul className="voice-examples">
        {matches
          .slice(0, SHOWN)
          .map(
            ({ answer, marks }: { answer: TAnswer; marks: { start: number; end: number }[] }) => (
              <li key={answer.id} lang={answer.language ?? undefined}>
                <ScoreBadge answer={answer} />{' '}
                <Highlighted text={answer.comment ?? ''} marks={marks} />
              </li>
            ),
          )}
      </ul>
    </section>
  );
}
