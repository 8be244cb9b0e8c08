import { type ChangeEvent, useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useImportMarketCsv } from '../api/market-api.ts';

const EXAMPLE = `period,market_size,our_share,revenue,profit,currency,share:Globex Widgets
2026-Q1,41000000,17.9 %,7339000,612000,EUR,0.27`;

/** A CSV file of periods: all rows are saved, or none, with every problem listed by line. */
export function MarketImport() {
  const importCsv = useImportMarketCsv();
  const [fileName, setFileName] = useState('');
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    importCsv.mutate(await file.text());
  };
  const problems =
    importCsv.error && 'problem' in importCsv.error
      ? (importCsv.error as { problem: { errors?: { pointer: string; message: string }[] } })
          .problem.errors
      : undefined;
  return (
    <section className="card score-section" aria-labelledby="import-title">
      <h2 id="import-title">Import from CSV</h2>
      <p className="muted">
        One row per period with a header row: <code>period</code> (2026-Q1, 2026-03 or 2026) and any
        of market_size, our_share, revenue, profit, currency, note, and{' '}
        <code>share:&lt;competitor&gt;</code> per competitor. Shares as 0.235 or 23.5 %. A period
        already entered is replaced.
      </p>
      <pre className="code-sample">{EXAMPLE}</pre>
      <label className="button">
        Choose a CSV file…
        <input type="file" accept=".csv,text/csv" className="visually-hidden" onChange={choose} />
      </label>
      {importCsv.isPending ? <p role="status">Importing {fileName}…</p> : null}
      {importCsv.data ? (
        <p className="alert alert--success" role="status">
          {importCsv.data.saved} periods saved from {fileName}
          {importCsv.data.competitorsCreated.length > 0
            ? `; new competitors: ${importCsv.data.competitorsCreated.join(', ')}`
            : ''}
          .
        </p>
      ) : null}
      <ProblemAlert error={importCsv.error} title="Nothing was imported" />
      {problems ? (
        <ul className="bullet-list">
          {problems.map((problem) => (
            <li key={`${problem.pointer}-${problem.message}`}>
              {problem.pointer.replace('/line/', 'Line ').replace(/\//g, ', ')}: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
