import {
  type TPromiseView,
  ZCreatePromiseRequest,
  ZUpdatePromiseRequest,
} from '@customeric/contracts';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../../lib/api-client.ts';
import { useCan } from '../../../../lib/permissions.ts';
import { useSavePromise } from '../../api/save-promise.ts';
import {
  getIssuePathErrors,
  getProblemPathErrors,
  type TPathErrors,
} from '../../rule-form/path-errors.ts';
import {
  createPromiseDraft,
  diffPromiseRequest,
  fromPromise,
  type TPromiseDraft,
  toPromiseRequest,
} from '../../rule-form/promise-draft.ts';
import { LivePreview } from './live-preview.tsx';
import { PromiseFields } from './promise-fields.tsx';
import { RuleFields } from './rule-fields.tsx';

interface TPromiseEditorProps {
  /** null writes a new promise. */
  promise: TPromiseView | null;
}

/** The request to send, or the errors that keep it from being sent. */
function prepare(promise: TPromiseView | null, draft: TPromiseDraft) {
  const body = toPromiseRequest(draft);
  if (!promise) {
    const parsed = ZCreatePromiseRequest.safeParse(body);
    return parsed.success
      ? { input: { promiseId: null, request: parsed.data } as const, errors: null }
      : { input: null, errors: getIssuePathErrors(parsed.error.issues) };
  }
  const changes = diffPromiseRequest(toPromiseRequest(fromPromise(promise)), body);
  if (Object.keys(changes).length === 0) return { input: null, errors: null };
  const parsed = ZUpdatePromiseRequest.safeParse(changes);
  return parsed.success
    ? { input: { promiseId: promise.id, request: parsed.data }, errors: null }
    : { input: null, errors: getIssuePathErrors(parsed.error.issues) };
}

export function PromiseEditor({ promise }: TPromiseEditorProps) {
  const navigate = useNavigate();
  const save = useSavePromise();
  const canWrite = useCan('promises.write');
  const [draft, setDraft] = useState(() => (promise ? fromPromise(promise) : createPromiseDraft()));
  const [clientErrors, setClientErrors] = useState<TPathErrors>({});
  const wordingRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => wordingRef.current?.focus(), []);
  const cancel = () => navigate('/promises');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors } = prepare(promise, draft);
    setClientErrors(errors ?? {});
    if (errors) {
      // Once the errors are drawn, take the keyboard to the first field that needs attention.
      const form = event.currentTarget;
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return save.reset();
    }
    if (!input) return cancel();
    // Not mutate's onSuccess: saving refreshes the promise, which remounts this editor, and a
    // remounted component's callbacks never run. The promise settles all the same.
    save
      .mutateAsync(input)
      .then((saved) => {
        const running = saved.evaluation && !saved.evaluation.finishedAt;
        navigate('/promises', {
          state: {
            savedPromiseId: saved.id,
            savedName: saved.internalName,
            evaluationId: running ? saved.evaluation?.id : null,
          },
        });
      })
      .catch(() => {
        // The problem is in save.error, shown above the form.
      });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      cancel();
    }
  }

  const errors = {
    ...getProblemPathErrors(isApiError(save.error) ? save.error.problem : undefined),
    ...clientErrors,
  };
  const invalid = Object.keys(clientErrors).length > 0;
  return (
    <div className="editor">
      <form
        className="editor__form"
        onSubmit={handleSubmit}
        onKeyDown={handleKeyDown}
        noValidate
        aria-label={promise ? `Edit ${promise.internalName}` : 'New promise'}
      >
        <ProblemAlert error={save.error} title="The promise was not saved" />
        {invalid ? (
          <p className="alert alert--error" role="alert">
            Some fields need attention; each says what is wrong.
          </p>
        ) : null}
        {/* Read-only for roles that may see promises but not change them. */}
        <fieldset className="plain-fieldset" disabled={!canWrite}>
          <PromiseFields
            draft={draft}
            onChange={(changes) => setDraft((old) => ({ ...old, ...changes }))}
            errors={errors}
            wordingRef={wordingRef}
          />
          <RuleFields
            rule={draft.rule}
            onChange={(rule) => setDraft((old) => ({ ...old, rule }))}
            errors={errors}
          />
        </fieldset>
        {canWrite ? (
          <div className="form__actions editor__actions">
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : promise ? 'Save promise' : 'Create promise'}
            </button>
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
            <span className="muted">Enter saves, Esc cancels.</span>
          </div>
        ) : (
          <p className="muted">Your role may read promises but not change them.</p>
        )}
      </form>
      {/* Previewing replays events, which only those who may change promises may do. */}
      {canWrite ? <LivePreview rule={draft.rule} calendarId={draft.calendarId} /> : null}
    </div>
  );
}
