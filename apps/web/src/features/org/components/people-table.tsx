import type { TPerson } from '@customeric/contracts';
import { ROLE_LABELS, SKILL_LEVEL_LABELS } from '@customeric/domain';

interface TPeopleTableProps {
  people: readonly TPerson[];
  departmentName: (id: string | null) => string;
  personName: (id: string | null) => string;
  band: { min: number; max: number } | undefined;
  /** The band is for customer work: not for departments such as tax or treasury. */
  bandApplies: (person: TPerson) => boolean;
  canEdit: (person: TPerson) => boolean;
  onEdit: (person: TPerson) => void;
}

function ShareCell({ share, band }: { share: number | null; band: TPeopleTableProps['band'] }) {
  if (share === null) return <span className="muted">not stated</span>;
  const outside = band && (share < band.min || share > band.max);
  return (
    <span className={outside ? 'share share--outside' : 'share'}>
      {share} %{outside ? <span className="share__note"> outside the band</span> : null}
    </span>
  );
}

export function PeopleTable(props: TPeopleTableProps) {
  const { people, departmentName, personName, band, bandApplies, canEdit, onEdit } = props;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Department</th>
            <th scope="col">Manager</th>
            <th scope="col">Role</th>
            <th scope="col">Customer work</th>
            <th scope="col">Skills</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className={person.active ? undefined : 'table__row--muted'}>
              <th scope="row">
                {person.name}
                {person.isExecutive ? <span className="tag">executive</span> : null}
                <span className="cell-sub">{person.title ?? person.email}</span>
                {person.canSignIn ? null : (
                  <span className="cell-sub cell-sub--warning">No password yet</span>
                )}
              </th>
              <td>{departmentName(person.departmentId)}</td>
              <td>{personName(person.managerId)}</td>
              <td className="table__nowrap">{ROLE_LABELS[person.role]}</td>
              <td className="table__nowrap">
                <ShareCell
                  share={person.customerWorkShare}
                  band={bandApplies(person) ? band : undefined}
                />
              </td>
              <td>
                {person.skills.length > 0 ? (
                  <ul className="chip-list">
                    {person.skills.map((skill) => (
                      <li key={skill.tag} className="chip" title={SKILL_LEVEL_LABELS[skill.level]}>
                        {skill.tag} · {skill.level}
                      </li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </td>
              <td className="table__actions">
                {canEdit(person) ? (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Edit ${person.name}`}
                    onClick={() => onEdit(person)}
                  >
                    Edit
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
