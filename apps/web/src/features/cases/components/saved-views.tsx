import type { TCaseFilters } from '@customeric/contracts';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCaseViews, useDeleteCaseView, useSaveCaseView } from '../api/case-views.ts';
import type { TCaseListState } from '../api/get-cases.ts';

/** Views everyone has without saving them. */
const PRESETS: { name: string; state: TCaseListState }[] = [
  { name: 'All open cases', state: { filters: { statusCategory: 'active' }, sort: '-openedAt' } },
  {
    name: 'My open cases',
    state: { filters: { ownerUserId: 'me', statusCategory: 'active' }, sort: '-priority' },
  },
  {
    name: 'Open cases that bounced',
    state: { filters: { statusCategory: 'active', bounced: 'true' }, sort: '-updatedAt' },
  },
];

interface TSavedViewsProps {
  current: TCaseListState;
  onApply: (state: TCaseListState) => void;
  canSave: boolean;
}

const same = (a: TCaseListState, b: { filters: TCaseFilters; sort: string }) =>
  a.sort === b.sort && JSON.stringify(a.filters) === JSON.stringify(b.filters);

/** Pick a preset or one of your saved views; save the list as it is under a name. */
export function SavedViews({ current, onApply, canSave }: TSavedViewsProps) {
  const views = useCaseViews(canSave);
  const save = useSaveCaseView();
  const remove = useDeleteCaseView();
  const [naming, setNaming] = useState<string | null>(null);
  const saved = views.data?.items ?? [];
  const active =
    saved.find((view) => same(current, view))?.name ??
    PRESETS.find((preset) => same(current, preset.state))?.name ??
    '';
  const choose = (name: string) => {
    const view = saved.find((one) => one.name === name);
    const preset = PRESETS.find((one) => one.name === name);
    if (view) onApply({ filters: view.filters, sort: view.sort });
    else if (preset) onApply(preset.state);
  };
  return (
    <div className="saved-views">
      <label className="toolbar__field">
        <span className="toolbar__label">View</span>
        <select className="input" value={active} onChange={(event) => choose(event.target.value)}>
          <option value="" disabled>
            {active ? '' : 'Filters as set below'}
          </option>
          <optgroup label="Everyone’s">
            {PRESETS.map((preset) => (
              <option key={preset.name}>{preset.name}</option>
            ))}
          </optgroup>
          {saved.length > 0 ? (
            <optgroup label="Yours">
              {saved.map((view) => (
                <option key={view.id}>{view.name}</option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </label>
      {canSave && naming === null ? (
        <button type="button" className="button button--ghost" onClick={() => setNaming('')}>
          Save as view…
        </button>
      ) : null}
      {naming !== null ? (
        <form
          className="saved-views__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!naming.trim()) return;
            save.mutate(
              { name: naming.trim(), request: current },
              { onSuccess: () => setNaming(null) },
            );
          }}
        >
          <input
            className="input"
            aria-label="Name of the view"
            placeholder="e.g. Billing, urgent"
            value={naming}
            onChange={(event) => setNaming(event.target.value)}
            // biome-ignore lint/a11y/noAutofocus: the field appears because the person asked to name a view
            autoFocus
          />
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            Save
          </button>
          <button type="button" className="button button--ghost" onClick={() => setNaming(null)}>
            Cancel
          </button>
        </form>
      ) : null}
      {canSave && saved.some((view) => view.name === active) ? (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => remove.mutate(active)}
        >
          Delete “{active}”
        </button>
      ) : null}
      <ProblemAlert error={save.error ?? remove.error} title="The view was not saved" />
    </div>
  );
}
