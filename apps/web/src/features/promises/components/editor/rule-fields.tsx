import type { TPromiseRuleKind } from '@customeric/domain';
import { useId } from 'react';
import { TextField } from '../../../../components/ui/field.tsx';
import { useEventTypeSuggestions } from '../../api/get-event-types.ts';
import type { TPathErrors } from '../../rule-form/path-errors.ts';
import { changeRuleKind, hasOptionalWindow, type TRuleDraft } from '../../rule-form/rule-draft.ts';
import { DurationFields } from './duration-fields.tsx';
import { KindFields } from './kind-fields.tsx';
import { MatcherFields } from './matcher-fields.tsx';
import { RuleKindPicker } from './rule-kind-picker.tsx';
import { SubjectFields } from './subject-fields.tsx';

const MATCHER_TEXT: Record<TPromiseRuleKind, [string, string, string, string]> = {
  within: [
    'When this happens',
    'The event that starts the clock, e.g. complaint.received',
    'this must follow',
    'The event that keeps the promise, e.g. email.sent',
  ],
  by_time: [
    'When this promises a time',
    'The event that carries the promised time, e.g. delivery.promised',
    'this must happen by then',
    'The event that keeps the promise, e.g. delivery.completed',
  ],
  match: [
    'The promised value comes from',
    'e.g. order.placed',
    'and must be matched by',
    'e.g. invoice.issued',
  ],
  never: [
    'For each',
    'Each of these is one chance to keep the promise, e.g. invoice.issued',
    'this must never happen',
    'e.g. invoice.corrected',
  ],
  at_most: [
    'For each',
    'Each of these is one chance to keep the promise, e.g. case.opened',
    'this may happen only a few times',
    'e.g. case.handed_off',
  ],
};

interface TRuleFieldsProps {
  rule: TRuleDraft;
  onChange: (rule: TRuleDraft) => void;
  errors: TPathErrors;
}

/** The rule as a form per kind: events, subject, time and what the kind adds. */
export function RuleFields({ rule, onChange, errors }: TRuleFieldsProps) {
  const typesListId = useId();
  const types = useEventTypeSuggestions();
  const [openLegend, openHint, closeLegend, closeHint] = MATCHER_TEXT[rule.kind];
  const optionalWindow = hasOptionalWindow(rule.kind);
  return (
    <section className="card form rule-fields" aria-labelledby="rule-title">
      <h2 id="rule-title">The rule that measures it</h2>
      <RuleKindPicker kind={rule.kind} onChange={(kind) => onChange(changeRuleKind(rule, kind))} />
      <datalist id={typesListId}>
        {(types.data ?? []).map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <div className="rule-fields__matchers">
        <MatcherFields
          name="opener"
          legend={openLegend}
          hint={openHint}
          matcher={rule.opener}
          onChange={(opener) => onChange({ ...rule, opener })}
          typesListId={typesListId}
          errors={errors}
        />
        <MatcherFields
          name="closer"
          legend={closeLegend}
          hint={closeHint}
          matcher={rule.closer}
          onChange={(closer) => onChange({ ...rule, closer })}
          typesListId={typesListId}
          errors={errors}
        />
      </div>
      <SubjectFields rule={rule} onChange={onChange} errors={errors} />
      <KindFields rule={rule} onChange={onChange} errors={errors} />
      {optionalWindow ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={rule.windowed}
            onChange={(event) => onChange({ ...rule, windowed: event.target.checked })}
          />
          <span>
            {rule.kind === 'match'
              ? 'The match must come within a time'
              : 'Watch for a limited time only'}
            <span className="checkbox__description">
              {rule.kind === 'match'
                ? 'Otherwise the promise waits for the matching event as long as it takes.'
                : 'Otherwise each chance is watched for ever, and counts as kept so far.'}
            </span>
          </span>
        </label>
      ) : null}
      {rule.kind === 'within' || (optionalWindow && rule.windowed) ? (
        <DurationFields
          label={rule.kind === 'within' ? 'Within' : 'For'}
          duration={rule.duration}
          onChange={(duration) => onChange({ ...rule, duration })}
          error={errors['rule.duration.amount'] ?? errors['rule.duration']}
        />
      ) : null}
      {rule.kind === 'by_time' ? (
        <TextField
          label="Promised time attribute"
          placeholder="promisedBy"
          value={rule.deadlineAttribute}
          onChange={(event) => onChange({ ...rule, deadlineAttribute: event.target.value })}
          hint="Where the starting event carries the promised time: a date-time, or a date (the end of that day)."
          error={errors['rule.deadlineAttribute']}
          spellCheck={false}
        />
      ) : null}
      {errors.rule ? <p className="field__error">{errors.rule}</p> : null}
    </section>
  );
}
