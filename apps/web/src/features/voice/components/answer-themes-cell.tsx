import type { TAnswer, TTheme } from '@customeric/contracts';
import { useSetAnswerTheme } from '../api/answers.ts';

interface TAnswerThemesCellProps {
  answer: TAnswer;
  themes: readonly Pick<TTheme, 'id' | 'name'>[];
  canWrite: boolean;
}

/** The answer's themes; a person may take one off or add one, and the rules keep that choice. */
export function AnswerThemesCell({ answer, themes, canWrite }: TAnswerThemesCellProps) {
  const setTheme = useSetAnswerTheme();
  const missing = themes.filter((theme) => !answer.themes.some((own) => own.id === theme.id));
  return (
    <div className="voice-themes-cell">
      <ul className="chip-list" aria-label="Themes">
        {answer.themes.map((theme) => (
          <li key={theme.id} className={`chip voice-chip voice-chip--${theme.origin}`}>
            {theme.name}
            {theme.origin === 'hand' ? (
              <span className="visually-hidden"> (set by hand)</span>
            ) : null}
            {canWrite ? (
              <button
                type="button"
                className="voice-chip__remove"
                aria-label={`Take the theme ${theme.name} off this answer`}
                disabled={setTheme.isPending}
                onClick={() =>
                  setTheme.mutate({ answerId: answer.id, themeId: theme.id, applies: false })
                }
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite && missing.length > 0 ? (
        <select
          className="input input--compact"
          aria-label="Add a theme to this answer"
          value=""
          disabled={setTheme.isPending}
          onChange={(event) => {
            if (event.target.value)
              setTheme.mutate({ answerId: answer.id, themeId: event.target.value, applies: true });
          }}
        >
          <option value="">Add theme…</option>
          {missing.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
}
