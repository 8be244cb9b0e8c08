import type { TPeopleImportPreview, TPeopleImportRow } from '@customeric/contracts';

interface TImportPreviewProps {
  preview: TPeopleImportPreview;
  pending: boolean;
  stale: boolean;
  onConfirm: () => void;
  onPreviewAgain: () => void;
}

const ACTION_LABELS: Record<TPeopleImportRow['action'], string> = {
  create: 'Create',
  update: 'Update',
  unchanged: 'Unchanged',
  error: 'Problem',
};

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function Changes({ row }: { row: TPeopleImportRow }) {
  const entries = Object.entries(row.changes);
  if (entries.length === 0) return row.action === 'create' ? <>new person</> : <>—</>;
  return (
    <ul className="changes">
      {entries.map(([column, change]) => (
        <li key={column}>
          <code>{column}</code>: {formatValue(change.from)} → {formatValue(change.to)}
        </li>
      ))}
    </ul>
  );
}

export function ImportPreview({
  preview,
  pending,
  stale,
  onConfirm,
  onPreviewAgain,
}: TImportPreviewProps) {
  const { summary, issues } = preview;
  const writes = summary.create + summary.update;
  const shown = preview.rows.filter((row) => row.action !== 'unchanged');
  return (
    <section className="card import-preview" aria-labelledby="preview-title">
      <h3 id="preview-title">What the import would do</h3>
      <ul className="summary-chips">
        <li className="summary-chip summary-chip--create">{summary.create} to create</li>
        <li className="summary-chip summary-chip--update">{summary.update} to update</li>
        <li className="summary-chip">{summary.unchanged} unchanged</li>
        <li className={summary.errors ? 'summary-chip summary-chip--error' : 'summary-chip'}>
          {summary.errors} with problems
        </li>
      </ul>
      {preview.ignoredColumns.length > 0 ? (
        <p className="alert alert--warning">
          These columns are not read: {preview.ignoredColumns.join(', ')}.
        </p>
      ) : null}
      {issues.length > 0 ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">
            Fix {issues.length === 1 ? 'this problem' : `these ${issues.length} problems`} in the
            file and preview it again; nothing is imported while any remain.
          </p>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {issues.map((issue) => (
                  <tr key={`${issue.row}-${issue.column}-${issue.message}`}>
                    <td>{issue.row}</td>
                    <td>{issue.column ? <code>{issue.column}</code> : '—'}</td>
                    <td>{issue.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Person</th>
                <th scope="col">Action</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.row}>
                  <td>{row.row}</td>
                  <th scope="row">
                    {row.name || '—'}
                    <span className="cell-sub">{row.email}</span>
                  </th>
                  <td>
                    <span className={`import-action import-action--${row.action}`}>
                      {ACTION_LABELS[row.action]}
                    </span>
                  </td>
                  <td>
                    <Changes row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="form__actions">
        {stale ? (
          <button type="button" className="button button--primary" onClick={onPreviewAgain}>
            Preview again
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled={issues.length > 0 || writes === 0 || pending}
            onClick={onConfirm}
          >
            {pending
              ? 'Importing…'
              : writes === 0
                ? 'Nothing to import'
                : `Import: create ${summary.create}, update ${summary.update}`}
          </button>
        )}
        {summary.create > 0 && issues.length === 0 ? (
          <span className="muted">
            The {summary.create} new people cannot sign in until an administrator sets their
            password.
          </span>
        ) : null}
      </div>
    </section>
  );
}
