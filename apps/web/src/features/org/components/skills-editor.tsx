import type { TSkill } from '@customeric/contracts';
import { SKILL_LEVEL_LABELS } from '@customeric/domain';
import { useState } from 'react';

interface TSkillsEditorProps {
  skills: TSkill[];
  onChange: (skills: TSkill[]) => void;
  error?: string | undefined;
}

const LEVELS = [1, 2, 3, 4, 5] as const;

/** Free tags with a level; Enter in the tag field adds it. */
export function SkillsEditor({ skills, onChange, error }: TSkillsEditorProps) {
  const [tag, setTag] = useState('');
  const [level, setLevel] = useState(3);

  function add() {
    const clean = tag.trim().toLowerCase();
    if (!clean) return;
    onChange([...skills.filter((skill) => skill.tag !== clean), { tag: clean, level }]);
    setTag('');
  }

  return (
    <fieldset className={error ? 'fieldset field--invalid' : 'fieldset'}>
      <legend className="field__label">Skills</legend>
      {skills.length > 0 ? (
        <ul className="skill-list">
          {skills.map((skill) => (
            <li key={skill.tag} className="skill-list__item">
              <span>{skill.tag}</span>
              <select
                className="input input--compact"
                aria-label={`Level of ${skill.tag}`}
                value={skill.level}
                onChange={(event) =>
                  onChange(
                    skills.map((item) =>
                      item.tag === skill.tag
                        ? { ...item, level: Number(event.target.value) }
                        : item,
                    ),
                  )
                }
              >
                {LEVELS.map((value) => (
                  <option key={value} value={value}>
                    {value} · {SKILL_LEVEL_LABELS[value]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={`Remove ${skill.tag}`}
                onClick={() => onChange(skills.filter((item) => item.tag !== skill.tag))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">No skills yet.</p>
      )}
      <div className="skill-add">
        <input
          className="input"
          aria-label="New skill"
          placeholder="e.g. complaint handling"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <select
          className="input input--compact"
          aria-label="Level of the new skill"
          value={level}
          onChange={(event) => setLevel(Number(event.target.value))}
        >
          {LEVELS.map((value) => (
            <option key={value} value={value}>
              {value} · {SKILL_LEVEL_LABELS[value]}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={add}>
          Add skill
        </button>
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
