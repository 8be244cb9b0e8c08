import { PROMISE_RULE_KINDS, type TPromiseRuleKind } from '@customeric/domain';

const RULE_KIND_TEXT: Record<TPromiseRuleKind, { title: string; example: string }> = {
  within: { title: 'Within a time', example: 'a first answer within 4 business hours' },
  by_time: { title: 'By the promised time', example: 'delivered by the promised date' },
  match: { title: 'Match', example: 'the invoice equals the order' },
  never: { title: 'Never', example: 'no invoice ever needs correcting' },
  at_most: { title: 'At most N times', example: 'never passed on more than twice' },
};

interface TRuleKindPickerProps {
  kind: TPromiseRuleKind;
  onChange: (kind: TPromiseRuleKind) => void;
}

/** Radio cards: arrow keys move between kinds, as in any radio group. */
export function RuleKindPicker({ kind, onChange }: TRuleKindPickerProps) {
  return (
    <fieldset className="kind-picker">
      <legend className="field__label">Kind of rule</legend>
      {PROMISE_RULE_KINDS.map((value) => (
        <label key={value} className={value === kind ? 'kind-card kind-card--chosen' : 'kind-card'}>
          <input
            type="radio"
            name="ruleKind"
            value={value}
            checked={value === kind}
            onChange={() => onChange(value)}
          />
          <span className="kind-card__title">{RULE_KIND_TEXT[value].title}</span>
          <span className="kind-card__example">e.g. {RULE_KIND_TEXT[value].example}</span>
        </label>
      ))}
    </fieldset>
  );
}
