import { useEffect, useRef } from 'react';

export interface TListKeyHandlers {
  onMove: (delta: 1 | -1) => void;
  onToggle: () => void;
  onOpen: () => void;
  onSearch: () => void;
  onHelp: () => void;
  onEscape: () => void;
}

/** Typing in a field is typing, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The list's keyboard shortcuts, as in a mail client: j/k move, x selects, Enter opens,
 * / searches, ? shows the help. Inactive while a field has the focus (Escape leaves it).
 */
export function useListKeys(handlers: TListKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const on = latest.current;
      if (event.key === 'Escape') {
        if (isTyping(event.target)) (event.target as HTMLElement).blur();
        on.onEscape();
        return;
      }
      if (isTyping(event.target)) return;
      const actions: Record<string, () => void> = {
        j: () => on.onMove(1),
        k: () => on.onMove(-1),
        x: on.onToggle,
        Enter: on.onOpen,
        '/': on.onSearch,
        '?': on.onHelp,
      };
      const action = actions[event.key];
      if (!action) return;
      // Enter on a focused link or button keeps its own meaning.
      if (
        event.key === 'Enter' &&
        event.target instanceof HTMLElement &&
        event.target !== document.body
      )
        return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
