import type { TSurveyQuestion } from '@customeric/contracts';

interface TQuestionsEditorProps {
  questions: TSurveyQuestion[];
  onChange: (questions: TSurveyQuestion[]) => void;
  error?: string | undefined;
}

const KINDS = { text: 'Free text', choice: 'One choice', rating: '1 to 5' } as const;

/** A short id from the prompt, unique among the others: what answers are keyed by. */
function makeId(prompt: string, taken: readonly string[]): string {
  const base =
    prompt
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'question';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** The survey's other questions after the score and the comment: at most ten, kept short. */
export function QuestionsEditor({ questions, onChange, error }: TQuestionsEditorProps) {
  const change = (index: number, patch: Partial<TSurveyQuestion>) =>
    onChange(
      questions.map((question, at) => (at === index ? { ...question, ...patch } : question)),
    );
  return (
    <fieldset className="fieldset">
      <legend className="field__label">Other questions (optional)</legend>
      {questions.length === 0 ? (
        <p className="muted">
          Only the score and the comment. Every extra question costs answers: add few.
        </p>
      ) : null}
      <ol className="voice-questions">
        {questions.map((question, index) => (
          <li key={question.id} className="voice-questions__row">
            <label className="toolbar__field">
              <span className="toolbar__label">Question {index + 1}</span>
              <input
                className="input"
                value={question.prompt}
                onChange={(event) => change(index, { prompt: event.target.value })}
              />
            </label>
            <label className="toolbar__field">
              <span className="toolbar__label">Answered as</span>
              <select
                className="input"
                value={question.kind}
                onChange={(event) =>
                  change(index, { kind: event.target.value as TSurveyQuestion['kind'] })
                }
              >
                {Object.entries(KINDS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            {question.kind === 'choice' ? (
              <label className="toolbar__field">
                <span className="toolbar__label">Options, comma-separated</span>
                <input
                  className="input"
                  value={question.options.join(', ')}
                  onChange={(event) =>
                    change(index, {
                      options: event.target.value.split(',').map((option) => option.trimStart()),
                    })
                  }
                />
              </label>
            ) : null}
            <label className="checkbox voice-questions__required">
              <input
                type="checkbox"
                checked={question.required}
                onChange={(event) => change(index, { required: event.target.checked })}
              />
              <span>Required</span>
            </label>
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => onChange(questions.filter((_, at) => at !== index))}
            >
              Remove<span className="visually-hidden"> question {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      {error ? <p className="field__error">{error}</p> : null}
      {questions.length < 10 ? (
        <button
          type="button"
          className="button button--small voice-add"
          onClick={() =>
            onChange([
              ...questions,
              {
                id: makeId(
                  `question ${questions.length + 1}`,
                  questions.map((q) => q.id),
                ),
                kind: 'text',
                prompt: '',
                options: [],
                required: false,
              },
            ])
          }
        >
          Add a question
        </button>
      ) : null}
    </fieldset>
  );
}
