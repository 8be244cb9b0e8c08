import type { TDepartment } from '@customeric/contracts';
import type { KeyboardEvent } from 'react';
import type { TStageDraft } from './stage-draft.ts';

export type TStageControl = 'up' | 'down' | 'name';

interface TStageRowProps {
  draft: TStageDraft;
  index: number;
  count: number;
  departments: readonly TDepartment[];
  errors: readonly string[];
  register: (control: TStageControl) => (element: HTMLElement | null) => void;
  onUpdate: (change: Partial<TStageDraft>) => void;
  onMove: (by: -1 | 1, control: TStageControl) => void;
  onRemove: () => void;
}

function OwnerPicker({ draft, index, departments, onUpdate }: TStageRowProps) {
  const toggle = (id: string, checked: boolean) =>
    onUpdate({
      ownerDepartmentIds: checked
        ? [...draft.ownerDepartmentIds, id]
        : draft.ownerDepartmentIds.filter((owner) => owner !== id),
    });
  return (
    <fieldset className="owner-picker">
      <legend className="visually-hidden">Departments owning stage {index + 1}</legend>
      {departments.map((department) => (
        <label key={department.id} className="owner-chip">
          <input
            type="checkbox"
            checked={draft.ownerDepartmentIds.includes(department.id)}
            onChange={(event) => toggle(department.id, event.target.checked)}
          />
          <span>{department.name}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** One stage: its name, its owners, and buttons (or Alt+↑/↓ anywhere in the row) to move it. */
export function StageRow(props: TStageRowProps) {
  const { draft, index, count, errors, register, onUpdate, onMove, onRemove } = props;
  const label = draft.name || `stage ${index + 1}`;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1, event.key === 'ArrowUp' ? 'up' : 'down');
  };
  return (
    <li className="stage-row" onKeyDown={onKeyDown}>
      <span className="stage-row__number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="stage-row__fields">
        <input
          ref={register('name')}
          className="input"
          aria-label={`Name of stage ${index + 1}`}
          placeholder="e.g. Receive"
          value={draft.name}
          onChange={(event) => onUpdate({ name: event.target.value })}
        />
        <OwnerPicker {...props} />
        {errors.map((message) => (
          <p key={message} className="field__error">
            {message}
          </p>
        ))}
      </div>
      <span className="stage-row__actions">
        <button
          ref={register('up')}
          type="button"
          className="button button--small"
          aria-label={`Move ${label} earlier`}
          disabled={index === 0}
          onClick={() => onMove(-1, 'up')}
        >
          ↑
        </button>
        <button
          ref={register('down')}
          type="button"
          className="button button--small"
          aria-label={`Move ${label} later`}
          disabled={index === count - 1}
          onClick={() => onMove(1, 'down')}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--small button--danger-outline"
          aria-label={`Remove ${label}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </span>
    </li>
  );
}
