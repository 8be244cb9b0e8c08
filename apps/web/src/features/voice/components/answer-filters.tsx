import type { TSurvey, TTheme } from '@customeric/contracts';
import { SURVEY_KINDS } from '@customeric/domain';
import { KIND_LABELS } from '../voice-labels.ts';

export interface TFilterValues {
  surveyId: string;
  kind: string;
  npsGroup: string;
  themeId: string;
  segment: string;
  hasComment: string;
  q: string;
  from: string;
  to: string;
}

interface TAnswerFiltersProps {
  values: TFilterValues;
  onChange: (name: keyof TFilterValues, value: string) => void;
  surveys: readonly TSurvey[];
  themes: readonly TTheme[];
}

function Select(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
}) {
  return (
    <label className="toolbar__field">
      <span className="toolbar__label">{props.label}</span>
      <select
        className="input"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">All</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The answers' filters; each lives in the address, so a filtered list can be shared. */
export function AnswerFilters({ values, onChange, surveys, themes }: TAnswerFiltersProps) {
  return (
    <search className="toolbar">
      <Select
        label="Survey"
        value={values.surveyId}
        onChange={(value) => onChange('surveyId', value)}
        options={surveys.map((survey) => [survey.id, survey.name])}
      />
      <Select
        label="Kind"
        value={values.kind}
        onChange={(value) => onChange('kind', value)}
        options={SURVEY_KINDS.map((kind) => [kind, KIND_LABELS[kind]])}
      />
      <Select
        label="NPS group"
        value={values.npsGroup}
        onChange={(value) => onChange('npsGroup', value)}
        options={[
          ['promoter', 'Promoters (9–10)'],
          ['passive', 'Passives (7–8)'],
          ['detractor', 'Detractors (0–6)'],
        ]}
      />
      <Select
        label="Theme"
        value={values.themeId}
        onChange={(value) => onChange('themeId', value)}
        options={themes.map((theme) => [theme.id, theme.name])}
      />
      <Select
        label="Comment"
        value={values.hasComment}
        onChange={(value) => onChange('hasComment', value)}
        options={[
          ['true', 'With a comment'],
          ['false', 'Without'],
        ]}
      />
      <label className="toolbar__field">
        <span className="toolbar__label">Segment</span>
        <input
          className="input"
          value={values.segment}
          onChange={(event) => onChange('segment', event.target.value)}
          placeholder="e.g. Small business"
        />
      </label>
      <label className="toolbar__field">
        <span className="toolbar__label">Words in the comment</span>
        <input
          className="input"
          type="search"
          value={values.q}
          onChange={(event) => onChange('q', event.target.value)}
        />
      </label>
      <label className="toolbar__field">
        <span className="toolbar__label">From</span>
        <input
          className="input"
          type="date"
          value={values.from}
          onChange={(event) => onChange('from', event.target.value)}
        />
      </label>
      <label className="toolbar__field">
        <span className="toolbar__label">To</span>
        <input
          className="input"
          type="date"
          value={values.to}
          onChange={(event) => onChange('to', event.target.value)}
        />
      </label>
    </search>
  );
}
