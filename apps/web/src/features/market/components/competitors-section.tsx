import { type FormEvent, useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCompetitors, useCreateCompetitor, useDeleteCompetitor } from '../api/market-api.ts';

/** The competitors watched; people who may write the market add and remove them here. */
export function CompetitorsSection({ canWrite }: { canWrite: boolean }) {
  const competitors = useCompetitors();
  const create = useCreateCompetitor();
  const remove = useDeleteCompetitor();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), website: null, note: null },
      { onSuccess: () => setName('') },
    );
  };
  const items = competitors.data?.items ?? [];
  return (
    <section className="card score-section" aria-labelledby="competitors-title">
      <h2 id="competitors-title">Competitors</h2>
      <ProblemAlert error={competitors.error ?? create.error ?? remove.error} />
      {items.length === 0 ? (
        <p className="muted">No competitors yet{canWrite ? ': add the ones you watch.' : '.'}</p>
      ) : null}
      <ul className="competitor-list">
        {items.map((competitor) => (
          <li key={competitor.id} className="competitor-list__item">
            <span>
              <strong>{competitor.name}</strong>
              {competitor.note ? <span className="muted"> — {competitor.note}</span> : null}
            </span>
            {canWrite ? (
              <ConfirmButton
                label="Remove"
                question={`Remove ${competitor.name} and its shares?`}
                confirmLabel="Remove"
                onConfirm={() => remove.mutate(competitor.id)}
                pending={remove.isPending}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <form className="toolbar" onSubmit={submit}>
          <label className="toolbar__field">
            <span className="toolbar__label">New competitor</span>
            <input
              className="input"
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
              maxLength={200}
            />
          </label>
          <button
            type="submit"
            className="button"
            disabled={create.isPending || name.trim() === ''}
          >
            Add
          </button>
        </form>
      ) : null}
    </section>
  );
}
