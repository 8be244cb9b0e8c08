import type { TDepartment } from '@customeric/contracts';
import { useEffect, useRef, useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { errorsByStage, moveDraft, newDraft, type TStageDraft } from './stage-draft.ts';
import { StageRow, type TStageControl } from './stage-row.tsx';

interface TStagesEditorProps {
  drafts: TStageDraft[];
  onChange: (drafts: TStageDraft[]) => void;
  departments: readonly TDepartment[];
  dirty: boolean;
  saving: boolean;
  error: unknown;
  onSave: () => void;
  onDiscard: () => void;
}

type TFocus = { key: string; control: TStageControl } | null;

export function StagesEditor(props: TStagesEditorProps) {
  const { drafts, onChange, departments, dirty, saving, error, onSave, onDiscard } = props;
  const [focus, setFocus] = useState<TFocus>(null);
  const controls = useRef(new Map<string, HTMLElement>());
  const active = departments.filter((department) => !department.archivedAt);
  const rowErrors = errorsByStage(isApiError(error) ? error.problem.errors : undefined);

  // After a move, keep the keyboard on the stage that moved, in its new place.
  useEffect(() => {
    if (focus) controls.current.get(`${focus.key}:${focus.control}`)?.focus();
  }, [focus]);

  const register = (key: string, control: string) => (element: HTMLElement | null) => {
    if (element) controls.current.set(`${key}:${control}`, element);
    else controls.current.delete(`${key}:${control}`);
  };
  const update = (key: string, change: Partial<TStageDraft>) =>
    onChange(drafts.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));
  const move = (key: string, by: -1 | 1, control: TStageControl) => {
    onChange(moveDraft(drafts, key, by));
    setFocus({ key, control });
  };
  return (
    <section className="card stages-editor" aria-labelledby="stages-title">
      <h3 id="stages-title">Stages of the journey</h3>
      <p className="muted">
        In the order the customer lives them. Each stage is owned by one or more departments; a
        handoff appears wherever the owners change. Alt+↑ and Alt+↓ move the stage you are on.
      </p>
      <ProblemAlert error={error} title="The stages were not saved" />
      <ol className="stage-list">
        {drafts.map((draft, index) => (
          <StageRow
            key={draft.key}
            draft={draft}
            index={index}
            count={drafts.length}
            departments={active}
            errors={rowErrors.get(index) ?? []}
            register={(control) => register(draft.key, control)}
            onUpdate={(change) => update(draft.key, change)}
            onMove={(by, control) => move(draft.key, by, control)}
            onRemove={() => onChange(drafts.filter((d) => d.key !== draft.key))}
          />
        ))}
      </ol>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            const draft = newDraft();
            onChange([...drafts, draft]);
            setFocus({ key: draft.key, control: 'name' });
          }}
        >
          Add stage
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!dirty || saving}
          onClick={onSave}
        >
          {saving ? 'Saving…' : 'Save stages'}
        </button>
        {dirty ? (
          <button type="button" className="button button--ghost" onClick={onDiscard}>
            Discard changes
          </button>
        ) : null}
        {dirty ? <span className="muted">The map shows your unsaved changes.</span> : null}
      </div>
    </section>
  );
}
