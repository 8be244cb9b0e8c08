import { describeTermProblem } from '@customeric/domain';
import { useId } from 'react';

/** A rule as edited: the language, and the terms one per line. */
export interface TRuleDraft {
  key: number;
  language: string;
  terms: string;
}

let nextKey = 1;
export const newRuleDraft = (language = '', terms = ''): TRuleDraft => ({
  key: nextKey++,
  language,
  terms,
});

export function termsOf(draft: TRuleDraft): string[] {
  return draft.terms
    .split('\n')
    .map((term) => term.trim())
    .filter(Boolean);
}

/** The first term that cannot be matched, with why, to show beside its rule. */
export function ruleProblem(draft: TRuleDraft): string | null {
  for (const term of termsOf(draft)) {
    const problem = describeTermProblem(term);
    if (problem) return `“${term}” ${problem}`;
  }
  return null;
}

interface TRulesEditorProps {
  rules: TRuleDraft[];
  onChange: (rules: TRuleDraft[]) => void;
}

function RuleRow({
  rule,
  index,
  onChange,
  onRemove,
}: {
  rule: TRuleDraft;
  index: number;
  onChange: (rule: TRuleDraft) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const problem = ruleProblem(rule);
  return (
    <li className="voice-rule">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-language`}>
          Language of rule {index + 1}
        </label>
        <input
          id={`${id}-language`}
          className="input"
          value={rule.language}
          placeholder="any"
          list="voice-languages"
          onChange={(event) => onChange({ ...rule, language: event.target.value })}
        />
      </div>
      <div className={problem ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${id}-terms`}>
          Keywords and phrases, one per line
        </label>
        <textarea
          id={`${id}-terms`}
          className="input voice-rule__terms"
          rows={4}
          value={rule.terms}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange({ ...rule, terms: event.target.value })}
        />
        <p className={problem ? 'field__error' : 'field__hint'} id={`${id}-hint`}>
          {problem ??
            'Whole words, any case and accents; end with * for any ending (invoic* finds invoices).'}
        </p>
      </div>
      <button type="button" className="button button--small button--ghost" onClick={onRemove}>
        Remove<span className="visually-hidden"> rule {index + 1}</span>
      </button>
    </li>
  );
}

/** The rules of a theme, per language; the preview beside it follows every keystroke. */
export function RulesEditor({ rules, onChange }: TRulesEditorProps) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">Rules</legend>
      <datalist id="voice-languages">
        <option value="en" />
        <option value="de" />
        <option value="fr" />
        <option value="es" />
      </datalist>
      <ol className="voice-rules">
        {rules.map((rule, index) => (
          <RuleRow
            key={rule.key}
            rule={rule}
            index={index}
            onChange={(next) =>
              onChange(rules.map((entry) => (entry.key === rule.key ? next : entry)))
            }
            onRemove={() => onChange(rules.filter((entry) => entry.key !== rule.key))}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--small voice-add"
        onClick={() => onChange([...rules, newRuleDraft()])}
      >
        Add a rule for another language
      </button>
    </fieldset>
  );
}
