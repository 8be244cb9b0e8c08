import type { TTheme } from '@customeric/contracts';
import type { TThemeRule } from '@customeric/domain';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { getProblemFieldErrors } from '../../../lib/field-errors.ts';
import { useSaveTheme } from '../api/themes.ts';
import {
  newRuleDraft,
  RulesEditor,
  ruleProblem,
  type TRuleDraft,
  termsOf,
} from './rules-editor.tsx';
import { ThemePreview } from './theme-preview.tsx';

function toRules(drafts: TRuleDraft[]): TThemeRule[] {
  return drafts
    .filter((draft) => termsOf(draft).length > 0 && !ruleProblem(draft))
    .map((draft) => ({
      language: draft.language.trim().toLowerCase() || null,
      terms: termsOf(draft),
    }));
}

interface TThemeEditorProps {
  theme: TTheme | null;
  onClose: () => void;
}

/** Name, description and rules of a theme, with a live preview; saving re-tags every answer. */
export function ThemeEditor({ theme, onClose }: TThemeEditorProps) {
  const save = useSaveTheme();
  const [drafts, setDrafts] = useState<TRuleDraft[]>(() =>
    theme && theme.rules.length > 0
      ? theme.rules.map((rule) => newRuleDraft(rule.language ?? '', rule.terms.join('\n')))
      : [newRuleDraft('en')],
  );
  const rules = useMemo(() => toRules(drafts), [drafts]);
  const invalid = drafts.some((draft) => ruleProblem(draft));
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invalid) return;
    const data = new FormData(event.currentTarget);
    const request = {
      name: String(data.get('name') ?? '').trim(),
      description: String(data.get('description') ?? '').trim() || null,
      rules,
    };
    save.mutate(theme ? { themeId: theme.id, request } : { themeId: null, request }, {
      onSuccess: onClose,
    });
  }

  const errors = getProblemFieldErrors(isApiError(save.error) ? save.error.problem : undefined);
  return (
    <form
      className="card form form--panel voice-theme-editor"
      onSubmit={handleSubmit}
      noValidate
      aria-label={theme ? `Edit theme ${theme.name}` : 'New theme'}
    >
      <h2>{theme ? `Edit ${theme.name}` : 'New theme'}</h2>
      <ProblemAlert error={save.error} title="The theme was not saved" />
      <div className="voice-theme-editor__grid">
        <div className="form">
          <div className="form__grid">
            <TextField
              ref={firstField}
              label="Name"
              name="name"
              defaultValue={theme?.name}
              required
              error={errors.name}
            />
            <TextField
              label="Description"
              name="description"
              defaultValue={theme?.description ?? ''}
              error={errors.description}
            />
          </div>
          <RulesEditor rules={drafts} onChange={setDrafts} />
        </div>
        <ThemePreview rules={rules} />
      </div>
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending || invalid}
        >
          {save.isPending ? 'Saving and tagging…' : 'Save and tag the answers'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
