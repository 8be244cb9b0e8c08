import { formatMention, type TMention } from '@customeric/domain';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { usePeopleSearch } from '../api/lookups.ts';

/** The word being typed after an @, if the caret is right after it. */
function mentionQuery(text: string, caret: number): string | null {
  const match = /(?:^|\s)@([\p{L}\p{N}.'-]{0,30})$/u.exec(text.slice(0, caret));
  return match ? (match[1] ?? '') : null;
}

/** What the server stores: each @Name picked from the list becomes @[Name](usr_…). */
export function encodeMentions(text: string, picked: readonly TMention[]): string {
  let body = text;
  for (const mention of picked) body = body.replace(`@${mention.name}`, formatMention(mention));
  return body;
}

interface TMentionInputProps {
  id: string;
  value: string;
  onChange: (text: string, picked: TMention[]) => void;
  picked: TMention[];
}

/** A comment box where @ followed by part of a name offers the people to mention. */
export function MentionInput({ id, value, onChange, picked }: TMentionInputProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const search = useDebouncedValue(query ?? '', 150);
  const people = usePeopleSearch(search, null, query !== null);
  // The people search also matches e-mail addresses (every one contains "example"): a mention
  // is by name, so only names that contain what was typed are offered.
  const wanted = (query ?? '').toLowerCase();
  const options =
    query === null
      ? []
      : (people.data ?? [])
          .filter((person) => person.name.toLowerCase().includes(wanted))
          .slice(0, 6);
  const pick = (person: { id: string; name: string }) => {
    const textarea = ref.current;
    const caret = textarea?.selectionStart ?? value.length;
    const start = value.slice(0, caret).lastIndexOf('@');
    const text = `${value.slice(0, start)}@${person.name} ${value.slice(caret)}`;
    onChange(text, [
      ...picked.filter((one) => one.userId !== person.id),
      { userId: person.id, name: person.name },
    ]);
    setQuery(null);
    requestAnimationFrame(() => {
      const at = start + person.name.length + 2;
      textarea?.focus();
      textarea?.setSelectionRange(at, at);
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (options.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(
        (at) => (at + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length,
      );
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(options[active] ?? (options[0] as { id: string; name: string }));
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setQuery(null);
    }
  };
  return (
    <div className="mention-input">
      <textarea
        ref={ref}
        id={id}
        className="input"
        rows={3}
        value={value}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={`${id}-people`}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? `${id}-person-${active}` : undefined}
        placeholder="Write a comment; type @ to mention someone, who gets an e-mail"
        onChange={(event) => {
          onChange(event.target.value, picked);
          setQuery(mentionQuery(event.target.value, event.target.selectionStart));
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
      />
      {options.length > 0 ? (
        <div className="mention-input__list" role="listbox" id={`${id}-people`}>
          {options.map((person, index) => (
            <div
              key={person.id}
              id={`${id}-person-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className={
                index === active
                  ? 'mention-input__option mention-input__option--active'
                  : 'mention-input__option'
              }
              onMouseDown={(event) => {
                event.preventDefault();
                pick(person);
              }}
            >
              {person.name}
              {person.title ? <span className="muted"> — {person.title}</span> : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
