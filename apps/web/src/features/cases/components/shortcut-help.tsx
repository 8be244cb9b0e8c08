import { useEffect, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['j', 'Next case'],
  ['k', 'Previous case'],
  ['x', 'Select or unselect the case'],
  ['Enter', 'Open the case'],
  ['/', 'Search'],
  ['?', 'Show or hide these shortcuts'],
  ['Esc', 'Leave a field, close this help'],
];

/** The keyboard shortcuts of the case list, in a modal dialog (Esc closes it). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcut-help-title" onClose={onClose}>
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key} className="shortcuts__row">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
