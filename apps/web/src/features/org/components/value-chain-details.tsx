import type { TValueChain } from '@customeric/contracts';
import { useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useUpdateValueChain } from '../api/save-value-chain.ts';

/** The chain's name, manager and description, with renaming and archiving for its editors. */
export function ValueChainDetails({ chain, canEdit }: { chain: TValueChain; canEdit: boolean }) {
  const update = useUpdateValueChain();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(chain.name);
  const [description, setDescription] = useState(chain.description ?? '');
  const archive = (archived: boolean) => update.mutate({ id: chain.id, changes: { archived } });
  return (
    <header className="chain-header">
      <title>{`${chain.name} · Value chains · Customeric`}</title>
      {editing ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(
              { id: chain.id, changes: { name, description: description.trim() || null } },
              { onSuccess: () => setEditing(false) },
            );
          }}
        >
          <ProblemAlert error={update.error} title="The value chain was not changed" />
          <div className="form__grid">
            <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} />
            <TextField
              label="Description"
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={update.isPending}>
              Save
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <h2 id="chain-title" className="chain-header__title">
            {chain.name}
            {chain.archivedAt ? <span className="tag">archived</span> : null}
          </h2>
          {chain.description ? <p className="muted">{chain.description}</p> : null}
          <p>
            Value Chain Manager: <strong>{chain.managerName ?? 'nobody yet'}</strong> ·{' '}
            {chain.stages.length} stages · {chain.handoffs.length} handoffs
          </p>
          <ProblemAlert error={update.error} title="The value chain was not changed" />
          {canEdit ? (
            <span className="row-actions">
              {chain.archivedAt ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => archive(false)}
                >
                  Restore
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setEditing(true)}
                  >
                    Rename or describe
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger-outline"
                    onClick={() => archive(true)}
                  >
                    Archive
                  </button>
                </>
              )}
            </span>
          ) : null}
        </>
      )}
    </header>
  );
}
