import { useEffect, useRef, useState } from 'react';

interface TWebhookSecretBoxProps {
  title: string;
  secret: string;
  previousSecretExpiresAt: string | null;
  onDone: () => void;
}

async function copyText(text: string, fallback: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The Clipboard API needs a secure context; plain-http installs still get the text selected.
    fallback?.select();
    return false;
  }
}

/** The signing secret, shown this once: the list and the endpoint page never show it again. */
export function WebhookSecretBox({
  title,
  secret,
  previousSecretExpiresAt,
  onDone,
}: TWebhookSecretBoxProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => inputRef.current?.select(), []);

  async function handleCopy() {
    const copied = await copyText(secret, inputRef.current);
    setStatus(copied ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C (⌘C) to copy.');
  }

  return (
    <section className="card secret-box" aria-labelledby="webhook-secret-title">
      <h3 id="webhook-secret-title">{title}</h3>
      <p className="alert alert--warning" role="alert">
        Copy the signing secret now. It will not be shown again; if it is lost, rotate it.
      </p>
      <div className="secret-box__row">
        <label className="visually-hidden" htmlFor="webhook-secret">
          Signing secret
        </label>
        <input
          ref={inputRef}
          id="webhook-secret"
          className="input secret-box__value"
          readOnly
          value={secret}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={handleCopy}>
          Copy
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {status ||
          'Verify every request with a Standard Webhooks library (standardwebhooks on npm, PyPI and others): new Webhook(secret).verify(body, headers).'}
      </p>
      {previousSecretExpiresAt ? (
        <p className="muted">
          Until {new Date(previousSecretExpiresAt).toLocaleString()} each request carries a
          signature with the old secret too, so the receiver can switch without missing one.
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          I have stored it
        </button>
      </div>
    </section>
  );
}
