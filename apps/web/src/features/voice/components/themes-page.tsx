import type { TTheme } from '@customeric/contracts';
import { wilsonInterval } from '@customeric/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useDeleteTheme, useRerunThemes, useThemes } from '../api/themes.ts';
import { ScoreBadge } from './score-badge.tsx';
import { ThemeEditor } from './theme-editor.tsx';

/** A share with its 95 % Wilson interval, and a small sample said so (as on the scores). */
function share(part: number, whole: number): string {
  if (whole === 0) return '—';
  const { low, high } = wilsonInterval(part, whole, 0.95);
  const round = (value: number) => Math.round(value * 100);
  const small = whole < 30 ? ', a small sample' : '';
  return `${round(part / whole)} % (95 % interval ${round(low)}–${round(high)} %${small})`;
}

function ThemeCard({
  theme,
  maxCount,
  onEdit,
}: {
  theme: TTheme;
  maxCount: number;
  onEdit: (() => void) | null;
}) {
  const remove = useDeleteTheme();
  return (
    <li className="card voice-theme">
      <div className="voice-theme__head">
        <h3>
          <Link to={`/voice/answers?themeId=${theme.id}`}>{theme.name}</Link>
        </h3>
        {onEdit ? (
          <span className="row-actions">
            <button type="button" className="button button--small" onClick={onEdit}>
              Edit rules<span className="visually-hidden"> of {theme.name}</span>
            </button>
            <ConfirmButton
              label="Delete"
              question={`Delete ${theme.name} and its tags?`}
              confirmLabel="Delete"
              pending={remove.isPending}
              onConfirm={() => remove.mutate(theme.id)}
            />
          </span>
        ) : null}
      </div>
      {theme.description ? <p className="muted">{theme.description}</p> : null}
      <div className="voice-theme__bar" aria-hidden="true">
        <span style={{ width: `${maxCount > 0 ? (theme.answerCount / maxCount) * 100 : 0}%` }} />
      </div>
      <p className="voice-theme__numbers">
        <strong>{theme.answerCount.toLocaleString()}</strong> answers (
        {theme.byHand.toLocaleString()} by hand) · {share(theme.detractorCount, theme.npsCount)} of
        its {theme.npsCount.toLocaleString()} NPS answers are detractors
      </p>
      <ul className="voice-examples">
        {theme.examples.map((example) => (
          <li key={example.answerId} lang={example.language ?? undefined}>
            <ScoreBadge
              answer={{
                kind: example.kind,
                score: example.score,
                npsGroup:
                  example.kind === 'nps'
                    ? example.score >= 9
                      ? 'promoter'
                      : example.score >= 7
                        ? 'passive'
                        : 'detractor'
                    : null,
              }}
            />{' '}
            “{example.comment}” <span className="muted">— {example.customerName}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The themes in the comments: how often each comes up, with examples, and the rules behind it. */
export function ThemesPage() {
  const themes = useThemes();
  const rerun = useRerunThemes();
  const canWrite = useCan('voice.write');
  const [editing, setEditing] = useState<TTheme | 'new' | null>(null);
  const items = themes.data?.items ?? [];
  const maxCount = Math.max(0, ...items.map((theme) => theme.answerCount));
  return (
    <>
      <div className="section-heading section-heading--flush">
        <h2>Themes</h2>
        {canWrite && !editing ? (
          <span className="row-actions">
            <button
              type="button"
              className="button"
              onClick={() => rerun.mutate()}
              disabled={rerun.isPending}
            >
              {rerun.isPending ? 'Running…' : 'Run all rules again'}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing('new')}
            >
              New theme
            </button>
          </span>
        ) : null}
      </div>
      {rerun.data ? (
        <p className="muted" role="status">
          {rerun.data.themes} themes over {rerun.data.scanned.toLocaleString()} comments:{' '}
          {rerun.data.tagged.toLocaleString()} tags by rule.
        </p>
      ) : null}
      <ProblemAlert error={rerun.error ?? themes.error} title="The themes could not be loaded" />
      {editing ? (
        <ThemeEditor
          key={editing === 'new' ? 'new' : editing.id}
          theme={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {themes.isPending ? <Loading label="Counting the themes…" /> : null}
      {themes.isSuccess && items.length === 0 && !editing ? (
        <EmptyState title="No themes yet">
          <p>
            A theme is a topic in the comments, found by keywords and phrases you choose per
            language (billing: invoice*, credit note; Rechnung*). Create one and see at once which
            comments it finds.
          </p>
        </EmptyState>
      ) : null}
      <ul className="voice-theme-list">
        {items.map((theme) => (
          <ThemeCard
            key={theme.id}
            theme={theme}
            maxCount={maxCount}
            onEdit={canWrite && !editing ? () => setEditing(theme) : null}
          />
        ))}
      </ul>
    </>
  );
}
