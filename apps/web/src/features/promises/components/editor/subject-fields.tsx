import { TextField } from '../../../../components/ui/field.tsx';
import type { TPathErrors } from '../../rule-form/path-errors.ts';
import type { TRuleDraft } from '../../rule-form/rule-draft.ts';

interface TSubjectFieldsProps {
  rule: TRuleDraft;
  onChange: (rule: TRuleDraft) => void;
  errors: TPathErrors;
}

/** Whose events belong together: the customer's, or those sharing an order, case… */
export function SubjectFields({ rule, onChange, errors }: TSubjectFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">The events belong together when they have</legend>
      <label className="checkbox">
        <input
          type="radio"
          name="subjectKind"
          checked={rule.subjectKind === 'customer'}
          onChange={() => onChange({ ...rule, subjectKind: 'customer' })}
        />
        <span>the same customer</span>
      </label>
      <label className="checkbox">
        <input
          type="radio"
          name="subjectKind"
          checked={rule.subjectKind === 'attribute'}
          onChange={() => onChange({ ...rule, subjectKind: 'attribute' })}
        />
        <span>the same value of an attribute, such as the order or the case</span>
      </label>
      {rule.subjectKind === 'attribute' ? (
        <TextField
          label="Attribute"
          placeholder="order"
          value={rule.subjectAttribute}
          onChange={(event) => onChange({ ...rule, subjectAttribute: event.target.value })}
          hint="Both events carry it, e.g. order, case or attributes.invoice."
          error={errors['rule.subject.attribute'] ?? errors['rule.subject']}
          spellCheck={false}
        />
      ) : null}
    </fieldset>
  );
}
