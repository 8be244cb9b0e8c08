import { PEOPLE_CSV_COLUMNS, type TPeopleImportPreview } from '@customeric/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useImportPeople, usePreviewPeopleImport } from '../api/import-people.ts';
import { ImportPreview } from './import-preview.tsx';

const EXAMPLE = `email,name,title,department,manager_email,role,executive,customer_work_share,skills
jo.park@example.com,Jo Park,Account manager,Sales,lena@example.com,employee,no,40,negotiation:4; crm:3`;

export function PeopleImportPage() {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<TPeopleImportPreview | null>(null);
  const previewer = usePreviewPeopleImport();
  const importer = useImportPeople();

  function choose(text: string, name: string | null) {
    setCsv(text);
    setFileName(name);
    setPreview(null);
    importer.reset();
    previewer.reset();
  }

  function runPreview() {
    importer.reset();
    previewer.mutate(csv, { onSuccess: setPreview });
  }

  const stale = isApiError(importer.error) && importer.error.code === 'conflict';
  return (
    <section aria-labelledby="import-title">
      <title>Import people · Org · Customeric</title>
      <div className="section-heading">
        <h2 id="import-title">Import people from CSV</h2>
        <Link to="/org/people">Back to people</Link>
      </div>
      <div className="card prose">
        <p>
          The first row names the columns: <code>{PEOPLE_CSV_COLUMNS.join(', ')}</code>. Only{' '}
          <code>email</code> and <code>name</code> are required. People are matched by e-mail: a
          known e-mail updates that person, a new one creates a person. An empty cell clears the
          value; a column left out of the file changes nothing. Skills are written{' '}
          <code>tag:level; tag:level</code> with levels 1 to 5. An export from the People page is a
          valid file.
        </p>
        <p>
          <strong>New people cannot sign in yet:</strong> they get a password nobody knows, and an
          administrator sets their first one on the People page.
        </p>
        <details className="disclosure">
          <summary>Example</summary>
          <pre className="code-block">{EXAMPLE}</pre>
        </details>
      </div>
      <div className="form import-form">
        <label className="field">
          <span className="field__label">CSV file</span>
          <input
            className="input"
            type="file"
            accept=".csv,text/csv"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) choose(await file.text(), file.name);
            }}
          />
        </label>
        <label className="field">
          <span className="field__label">…or paste the rows</span>
          <textarea
            className="input code-input"
            rows={6}
            value={csv}
            spellCheck={false}
            onChange={(event) => choose(event.target.value, null)}
          />
        </label>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!csv.trim() || previewer.isPending}
            onClick={runPreview}
          >
            {previewer.isPending ? 'Reading…' : 'Preview the changes'}
          </button>
          {fileName ? <span className="muted">{fileName}</span> : null}
        </div>
      </div>
      <ProblemAlert error={previewer.error} title="The file cannot be imported" />
      {importer.isSuccess ? (
        <p className="alert alert--success" role="status">
          Imported: {importer.data.created} created, {importer.data.updated} updated,{' '}
          {importer.data.unchanged} unchanged. New people cannot sign in until an administrator sets
          their password.
        </p>
      ) : null}
      {stale ? (
        <div className="alert alert--warning" role="alert">
          <p className="alert__title">The people changed since this preview</p>
          <p className="alert__detail">
            Nothing was imported. Preview the file again to see what it would do now.
          </p>
        </div>
      ) : (
        <ProblemAlert error={importer.error} title="Nothing was imported" />
      )}
      {preview && !importer.isSuccess ? (
        <ImportPreview
          preview={preview}
          pending={importer.isPending}
          onConfirm={() => importer.mutate({ csv, previewHash: preview.previewHash })}
          onPreviewAgain={runPreview}
          stale={stale}
        />
      ) : null}
    </section>
  );
}
