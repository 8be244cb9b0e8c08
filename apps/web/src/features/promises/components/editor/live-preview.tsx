import {
  type TPreviewExample,
  type TPromisePreview,
  type TPromisePreviewRequest,
  ZPromisePreviewRequest,
} from '@customeric/contracts';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../../lib/format.ts';
import { useDebouncedValue } from '../../../../lib/use-debounced-value.ts';
import { usePromisePreview } from '../../api/preview-promise.ts';
import { formatCount, formatRate, formatTimes } from '../../format.ts';
import { type TRuleDraft, toRule } from '../../rule-form/rule-draft.ts';

const DAYS = 90;
type TExampleKind = keyof TPromisePreview['examples'];

const PARTS = ['start', 'end', 'scope', 'event', 'subject', 'duration', 'tolerance'];

/** "start: type must be an event type…": which part of the rule, then the schema's words. */
function describeIssue(issue: { path: readonly PropertyKey[]; message: string } | undefined) {
  if (!issue) return 'the rule is not complete';
  const part = issue.path.find((segment) => PARTS.includes(String(segment)));
  return part === undefined ? issue.message : `${String(part)}: ${issue.message}`;
}

/** The draft as a preview request (as JSON, so equal drafts compare equal), or what is missing. */
function buildRequest(rule: TRuleDraft, calendarId: string) {
  const parsed = ZPromisePreviewRequest.safeParse({
    rule: toRule(rule),
    calendarId: calendarId || null,
    days: DAYS,
  });
  return parsed.success
    ? { requestJson: JSON.stringify(parsed.data), missing: null }
    : { requestJson: null, missing: describeIssue(parsed.error.issues[0]) };
}

function Example({ example }: { example: TPreviewExample }) {
  return (
    <li className="example">
      <p className="example__head">
        <Link to={`/customers/${example.customerId}`}>{example.customerName}</Link>
        {example.subjectKey.startsWith('customer:') ? null : (
          <span className="muted"> · {example.subjectKey}</span>
        )}
      </p>
      <p className="example__reason">{example.reason}</p>
      <ol className="example__events">
        {example.events.map((event) => (
          <li key={event.id}>
            <code>{event.type}</code>{' '}
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
          </li>
        ))}
      </ol>
    </li>
  );
}

function Examples({ preview }: { preview: TPromisePreview }) {
  const kinds: TExampleKind[] = ['broken', 'kept', 'open'];
  const [chosen, setShown] = useState<TExampleKind | null>(null);
  // Broken examples first, as they say most about a rule; else whichever kind has some.
  const shown = chosen ?? kinds.find((kind) => preview.examples[kind].length > 0) ?? 'broken';
  const examples = preview.examples[shown];
  return (
    <div className="examples">
      <fieldset className="segmented">
        <legend className="visually-hidden">Examples to show</legend>
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className={
              kind === shown ? 'segmented__option segmented__option--on' : 'segmented__option'
            }
            aria-pressed={kind === shown}
            onClick={() => setShown(kind)}
          >
            {kind} ({preview.examples[kind].length})
          </button>
        ))}
      </fieldset>
      {examples.length === 0 ? (
        <p className="muted">No {shown} example in these days.</p>
      ) : (
        <ul className="example-list">
          {examples.map((example) => (
            <Example key={`${example.subjectKey}:${example.events[0]?.id}`} example={example} />
          ))}
        </ul>
      )}
    </div>
  );
}

function Numbers({ preview }: { preview: TPromisePreview }) {
  return (
    <>
      <p className="preview__sentence" data-testid="preview-sentence">
        On the last {DAYS} days this promise would have been kept{' '}
        <strong>{formatTimes(preview.kept)}</strong> and broken{' '}
        <strong>{formatTimes(preview.broken)}</strong> ({formatRate(preview.rate)}).
      </p>
      <p className="muted preview__meta">
        {formatCount(preview.open)} still open · {formatCount(preview.eventsScanned)} events of{' '}
        {formatCount(preview.subjects)} subjects replayed in {formatCount(preview.tookMs)} ms
      </p>
    </>
  );
}

/** Beside the form: the draft rule replayed on the last 90 days, a pause after each change. */
export function LivePreview({ rule, calendarId }: { rule: TRuleDraft; calendarId: string }) {
  const { requestJson, missing } = buildRequest(rule, calendarId);
  const debouncedJson = useDebouncedValue(requestJson, 500);
  const debounced = useMemo(
    () => (debouncedJson ? (JSON.parse(debouncedJson) as TPromisePreviewRequest) : null),
    [debouncedJson],
  );
  const request = requestJson;
  const preview = usePromisePreview(requestJson ? debounced : null);
  const stale = preview.isFetching || debouncedJson !== requestJson;
  return (
    <aside className="card preview" aria-labelledby="preview-title" aria-busy={stale}>
      <h2 id="preview-title">Live preview</h2>
      {request === null ? (
        <p className="muted">
          Complete the rule to see how often it would have been kept: {missing}.
        </p>
      ) : null}
      {request !== null && preview.isPending ? (
        <Loading label="Replaying the last 90 days…" />
      ) : null}
      <ProblemAlert error={request ? preview.error : null} title="The preview failed" />
      {request !== null && preview.data ? (
        <div
          className={stale ? 'preview__body preview__body--stale' : 'preview__body'}
          aria-live="polite"
        >
          <Numbers preview={preview.data} />
          <Examples preview={preview.data} />
        </div>
      ) : null}
    </aside>
  );
}
