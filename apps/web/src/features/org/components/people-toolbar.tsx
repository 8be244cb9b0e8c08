import type { TDepartment } from '@customeric/contracts';
import { ROLE_LABELS, ROLES } from '@customeric/domain';

export const PEOPLE_SORTS = {
  name: 'Name, A to Z',
  '-name': 'Name, Z to A',
  email: 'E-mail',
  '-createdAt': 'Newest first',
  '-customerWorkShare': 'Customer work, most first',
  customerWorkShare: 'Customer work, least first',
} as const;

export type TPeopleSort = keyof typeof PEOPLE_SORTS;

interface TPeopleToolbarProps {
  search: string;
  onSearch: (value: string) => void;
  departmentId: string;
  role: string;
  sort: TPeopleSort;
  departments: readonly TDepartment[];
  onFilter: (name: 'departmentId' | 'role' | 'sort', value: string) => void;
}

export function PeopleToolbar(props: TPeopleToolbarProps) {
  const { search, onSearch, departmentId, role, sort, departments, onFilter } = props;
  return (
    <search className="toolbar">
      <label className="toolbar__field">
        <span className="toolbar__label">Search</span>
        <input
          className="input"
          type="search"
          placeholder="Name, e-mail or title"
          value={search}
          onChange={(event) => onSearch(event.target.value)}
        />
      </label>
      <label className="toolbar__field">
        <span className="toolbar__label">Department</span>
        <select
          className="input"
          value={departmentId}
          onChange={(e) => onFilter('departmentId', e.target.value)}
        >
          <option value="">All departments</option>
          <option value="none">No department</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
              {department.archivedAt ? ' (archived)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__field">
        <span className="toolbar__label">Role</span>
        <select className="input" value={role} onChange={(e) => onFilter('role', e.target.value)}>
          <option value="">All roles</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__field">
        <span className="toolbar__label">Sort</span>
        <select className="input" value={sort} onChange={(e) => onFilter('sort', e.target.value)}>
          {Object.entries(PEOPLE_SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </search>
  );
}
