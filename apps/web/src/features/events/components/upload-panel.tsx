import type { TEventStreamResult } from '@customeric/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { EVENTS_QUERY_KEY } from '../api/query-keys.ts';
import { type TUploadProgress, uploadEventFile } from '../api/upload-events.ts';
import { buildRejectedRowsCsv } from '../rejected-rows-csv.ts';

type TState =
  | { step: 'idle' }
  | { step: 'sending'; file: string; progress: TUploadProgress; abort: () => void }
  | { step: 'done'; file: string; result: TEventStreamResult }
  | { step: 'failed'; file: string; message: string };

function percent(progress: TUploadProgress): number {
  return progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;
}

function Result({ file, result }: { file: string; result: TEventStreamResult }) {
  const csvUrl = useMemo(
    () =>
      result.rejected > 0
        ? URL.createObjectURL(
            new Blob([buildRejectedRowsCsv(result.rejectedRows)], { type: 'text/csv' }),
          )
        : null,
    [result],
  );
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">
        {file}: {result.rows.toLocaleString()} rows read
      </p>
      <p className="counts">
        <span className="counts__item--accepted">{result.accepted.toLocaleString()} accepted</span>
        <span>{result.duplicate.toLocaleString()} duplicates (already stored)</span>
        <span className="counts__item--rejected">{result.rejected.toLocaleString()} rejected</span>
      </p>
      {csvUrl ? (
        <p>
          <a
            className="button button--small"
            href={csvUrl}
            download={`${file.replace(/\.[^.]+$/, '')}-rejected.csv`}
          >
            Download the rejected rows with their reasons (CSV)
          </a>
          {result.rejectedRowsOmitted > 0 ? (
            <span className="muted">
              {' '}
              — the first 10,000; {result.rejectedRowsOmitted.toLocaleString()} more were counted
            </span>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** Upload a CSV or NDJSON file of events; duplicates of what is stored are recognised, not added. */
export function UploadPanel() {
  const [state, setState] = useState<TState>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();

  function start(file: File) {
    const upload = uploadEventFile(file, (progress) =>
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
        void queryClient.invalidateQueries({ queryKey: EVENTS_QUERY_KEY });
        if (input.current) input.current.value = '';
      });
  }

  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">Upload a file of events</h2>
      <p className="muted">
        CSV with a header row (source, externalId, customerId or customerExternalId, type,
        occurredAt, department, valueChain, stage, amount; other columns become attributes) or
        NDJSON, one event per line. Sending the same file twice adds nothing twice.
      </p>
      <input
        ref={input}
        type="file"
        accept=".csv,.ndjson,.jsonl,text/csv,application/x-ndjson"
        aria-label="File of events"
        disabled={state.step === 'sending'}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) start(file);
        }}
      />
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
            {state.message} What was stored stays; upload the file again to add the rest.
          </p>
        </div>
      ) : null}
    </section>
  );
}
