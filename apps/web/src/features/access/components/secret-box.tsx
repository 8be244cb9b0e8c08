import { useEffect, useRef, useState } from 'react';

interface TSecretBoxProps {
  name: string;
  secret: string;
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

/** The new key's secret, shown this once: the server keeps only its hash. */
export function SecretBox({ name, secret, onDone }: TSecretBoxProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => inputRef.current?.select(), []);

  async function handleCopy() {
    const copied = await copyText(secret, inputRef.current);
    setStatus(copied ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C (⌘C) to copy.');
  }

  return (
    <section className="card secret-box" aria-labelledby="secret-title">
      <h3 id="secret-title">API key “{name}” created</h3>
      <p className="alert alert--warning" role="alert">
        Copy the secret now. It will not be shown again: if it is lost, revoke the key and create a
        new one.
      </p>
      <div className="secret-box__row">
        <label className="visually-hidden" htmlFor="api-key-secret">
          Secret
        </label>
        <input
          ref={inputRef}
          id="api-key-secret"
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
        {status || 'Send it as the header Authorization: Bearer <secret>.'}
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          I have stored it
        </button>
      </div>
    </section>
  );
}
