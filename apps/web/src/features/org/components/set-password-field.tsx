import { type TPerson, ZPassword } from '@customeric/contracts';
import { useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useSetPassword } from '../api/set-password.ts';

/** For administrators: the first password of someone imported without one. */
export function SetPasswordField({ person }: { person: TPerson }) {
  const setPassword = useSetPassword();
  const [password, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit() {
    const parsed = ZPassword.safeParse(password);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setPassword.mutate(
      { personId: person.id, password: parsed.data },
      { onSuccess: () => setValue('') },
    );
  }

  return (
    <div className="fieldset">
      <ProblemAlert error={setPassword.error} title="The password was not set" />
      {setPassword.isSuccess ? (
        <p className="alert alert--success" role="status">
          {person.name} can now sign in with the password you set. Share it privately.
        </p>
      ) : null}
      <TextField
        label="First password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            submit();
          }
        }}
        hint="At least 12 characters."
        error={error}
      />
      <div>
        <button type="button" className="button" onClick={submit} disabled={setPassword.isPending}>
          {setPassword.isPending ? 'Setting…' : 'Set password'}
        </button>
      </div>
    </div>
  );
}
