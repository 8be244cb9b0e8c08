import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useSaveVoiceSettings, useVoiceSettings } from '../api/surveys.ts';

/** The recontact rule: nobody is asked too often, whichever survey asks. */
export function VoiceSettingsCard() {
  const settings = useVoiceSettings();
  const save = useSaveVoiceSettings();
  const canWrite = useCan('voice.write');
  const [saved, setSaved] = useState(false);
  if (!settings.data) return null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    save.mutate(
      {
        recontactDays: Number(data.get('recontactDays')),
        linkValidDays: Number(data.get('linkValidDays')),
      },
      { onSuccess: () => setSaved(true) },
    );
  }

  return (
    <section className="card voice-settings" aria-labelledby="voice-settings-title">
      <h2 id="voice-settings-title">Recontact rule</h2>
      <p className="muted">
        A contact gets at most one invitation every {settings.data.recontactDays} days across all
        surveys (a survey may set its own period). Links stay valid for{' '}
        {settings.data.linkValidDays} days.
      </p>
      {canWrite ? (
        <form className="form" onSubmit={handleSubmit} onChange={() => setSaved(false)}>
          <ProblemAlert error={save.error} title="The rule was not saved" />
          <div className="form__grid">
            <TextField
              label="Days between invitations"
              name="recontactDays"
              type="number"
              min={0}
              max={365}
              defaultValue={settings.data.recontactDays}
              hint="0: no limit"
            />
            <TextField
              label="Days a link stays valid"
              name="linkValidDays"
              type="number"
              min={1}
              max={365}
              defaultValue={settings.data.linkValidDays}
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save the rule'}
            </button>
            {saved ? (
              <span className="muted" role="status">
                Saved.
              </span>
            ) : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
