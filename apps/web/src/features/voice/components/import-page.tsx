import type { TAnswerImportResult } from '@customeric/contracts';
import { formatCsvLine, REJECTED_ROWS_COLUMNS } from '@customeric/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { type TUploadProgress, uploadAnswerFile } from '../api/import-answers.ts';
import { VOICE_QUERY_KEY } from '../api/query-keys.ts';
import { useSurveys } from '../api/surveys.ts';

type TState =
  | { step: 'idle' }
  | { step: 'sending'; file: string; progress: TUploadProgress; abort: () => void }
  | { step: 'done'; file: string; result: TAnswerImportResult }
  | { step: 'failed'; file: string; message: string };

const percent = (progress: TUploadProgress) =>
  progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;

function rejectedCsv(result: TAnswerImportResult): string {
  const lines = [
    formatCsvLine(REJECTED_ROWS_COLUMNS),
    ...result.rejectedRows.map((row) =>
      formatCsvLine([row.line, row.externalId, row.reason, row.raw]),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function Result({ file, result }: { file: string; result: TAnswerImportResult }) {
  const url = useMemo(
    () =>
      result.rejected > 0
        ? URL.createObjectURL(new Blob([rejectedCsv(result)], { type: 'text/csv' }))
        : null,
    [result],
  );
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">
        {file}: {result.rows.toLocaleString()} rows read as{' '}
        {result.layout === 'feedback_records' ? 'feedback records' : 'one row per answer'}
      </p>
      <p className="counts">
        <span className="counts__item--accepted">
          {result.accepted.toLocaleString()} answers stored
        </span>
        <span>{result.duplicate.toLocaleString()} already stored</span>
        <span className="counts__item--rejected">{result.rejected.toLocaleString()} refused</span>
      </p>
      {result.rejectedRows.slice(0, 5).map((row) => (
        <p key={row.line} className="alert__detail">
          Line {row.line}: {row.reason}
        </p>
      ))}
      {url ? (
        <p>
          <a
            className="button button--small"
            href={url}
            download={`${file.replace(/\.[^.]+$/, '')}-refused.csv`}
          >
            Download every refused row with its reason (CSV)
          </a>
        </p>
      ) : null}
    </div>
  );
}

/** Import answers from a CSV file of either layout, with progress; a file sent twice adds nothing twice. */
export function AnswerImportPage() {
  const surveys = useSurveys();
  const [surveyId, setSurveyId] = useState('');
  const [customerSource, setCustomerSource] = useState('');
  const [state, setState] = useState<TState>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const chosen = surveyId || surveys.data?.items[0]?.id || '';

  function start(file: File) {
    const upload = uploadAnswerFile(chosen, file, customerSource.trim(), (progress) =>
      setState((current) => (current.step === 'sending' ? { ...current, progress } : current)),
    );
    setState({
      step: 'sending',
      file: file.name,
      progress: { sent: 0, total: file.size },
      abort: upload.abort,
    });
    upload.done
      .then((result) => setState({ step: 'done', file: file.name, result }))
      .catch((error: Error) =>
        setState({ step: 'failed', file: file.name, message: error.message }),
      )
      .finally(() => {
        void queryClient.invalidateQueries({ queryKey: VOICE_QUERY_KEY });
        if (input.current) input.current.value = '';
      });
  }

  return (
    <section className="card voice-import" aria-labelledby="import-title">
      <h2 id="import-title">Import answers from a CSV file</h2>
      <p className="muted">Two layouts are read, told apart by the header row:</p>
      <ul className="bullet-list">
        <li>
          <strong>One row per answer</strong>:{' '}
          <code>
            externalId, customerExternalId (or customerId, contactEmail), score, comment,
            answeredAt, language
          </code>
          ; any other column is kept as the answer to a question of that name.
        </li>
        <li>
          <strong>Feedback records</strong> (one row per answered field, as Formbricks Hub exports
          them):{' '}
          <code>
            submission_id, collected_at, field_id, field_type, value_number, value_text, language,
            user_id
          </code>
          . The nps/csat/ces row is the score, the first text row the comment.
        </li>
      </ul>
      <div className="form__grid">
        <label className="field">
          <span className="field__label">Survey the answers belong to</span>
          <select
            className="input"
            value={chosen}
            onChange={(event) => setSurveyId(event.target.value)}
            disabled={state.step === 'sending'}
          >
            {(surveys.data?.items ?? []).map((survey) => (
              <option key={survey.id} value={survey.id}>
                {survey.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Whose customer ids are in the file (optional)</span>
          <input
            className="input"
            value={customerSource}
            onChange={(event) => setCustomerSource(event.target.value)}
            placeholder="e.g. crm"
            disabled={state.step === 'sending'}
          />
        </label>
        <label className="field">
          <span className="field__label">CSV file of answers</span>
          <input
            ref={input}
            className="input"
            type="file"
            accept=".csv,text/csv"
            disabled={!chosen || state.step === 'sending'}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) start(file);
            }}
          />
        </label>
      </div>
      {state.step === 'sending' ? (
        <div>
          <progress
            className="progress"
            max={100}
            value={percent(state.progress)}
            aria-label={`Uploading ${state.file}`}
          />
          <p className="muted">
            {percent(state.progress)} % of {state.file} sent and stored as it arrives…{' '}
            <button type="button" className="button button--small" onClick={state.abort}>
              Stop
            </button>
          </p>
        </div>
      ) : null}
      {state.step === 'done' ? <Result file={state.file} result={state.result} /> : null}
      {state.step === 'failed' ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{state.file} was not taken in completely</p>
          <p className="alert__detail">
            {state.message} What was stored stays; import the file again to add the rest.
          </p>
        </div>
      ) : null}
    </section>
  );
}
