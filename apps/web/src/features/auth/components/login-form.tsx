import { ZLoginRequest } from '@customeric/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useLogIn } from '../../../lib/auth.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';

interface TLoginFormProps {
  onLoggedIn: () => void;
}

/** The server asks for the organisation when the e-mail belongs to several. */
function needsOrganization(error: unknown): boolean {
  if (!isApiError(error)) return false;
  const pointsAtOrganization = error.problem.errors?.some((e) => e.pointer === '/organization');
  return error.code === 'bad_request' || Boolean(pointsAtOrganization);
}

export function LoginForm({ onLoggedIn }: TLoginFormProps) {
  const logIn = useLogIn();
  const emailRef = useRef<HTMLInputElement>(null);
  const organizationRef = useRef<HTMLInputElement>(null);
  const [clientErrors, setClientErrors] = useState<TFieldErrors>({});
  const [showOrganization, setShowOrganization] = useState(false);
  const [askedForOrganization, setAskedForOrganization] = useState(0);

  // Focus on mount from code (not the autoFocus attribute) so the page stays screen-reader friendly.
  useEffect(() => emailRef.current?.focus(), []);

  // Runs after the disclosure has opened: a field inside a closed <details> cannot take focus.
  useEffect(() => {
    if (askedForOrganization > 0) organizationRef.current?.focus();
  }, [askedForOrganization]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const organization = String(form.get('organization') ?? '').trim();
    const parsed = ZLoginRequest.safeParse({
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
      organization: organization || undefined,
    });
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      logIn.reset();
      return;
    }
    setClientErrors({});
    logIn.mutate(parsed.data, {
      onSuccess: onLoggedIn,
      onError: (error) => {
        if (!needsOrganization(error)) return;
        setShowOrganization(true);
        setAskedForOrganization((count) => count + 1);
      },
    });
  }

  const errors = {
    ...getProblemFieldErrors(isApiError(logIn.error) ? logIn.error.problem : undefined),
    ...clientErrors,
  };

  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-label="Log in">
      <ProblemAlert error={logIn.error} />
      <TextField
        ref={emailRef}
        label="E-mail"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        error={errors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <details
        className="disclosure"
        open={showOrganization}
        onToggle={(event) => setShowOrganization(event.currentTarget.open)}
      >
        <summary>Organisation (optional)</summary>
        <TextField
          ref={organizationRef}
          label="Organisation"
          name="organization"
          autoComplete="organization"
          spellCheck={false}
          autoCapitalize="none"
          hint="Only needed when your e-mail belongs to several organisations, e.g. acme."
          error={errors.organization}
        />
      </details>
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={logIn.isPending}
      >
        {logIn.isPending ? 'Logging in…' : 'Log in'}
      </button>
    </form>
  );
}
