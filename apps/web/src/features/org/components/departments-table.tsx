import type { TDepartment } from '@customeric/contracts';
import { CUSTOMER_DEPARTMENT_LINE_LABELS, DEPARTMENT_FUNCTION_LABELS } from '@customeric/domain';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useSaveDepartment } from '../api/save-department.ts';

interface TDepartmentsTableProps {
  departments: readonly TDepartment[];
  canWrite: boolean;
  onEdit: (department: TDepartment) => void;
}

export function DepartmentsTable({ departments, canWrite, onEdit }: TDepartmentsTableProps) {
  const save = useSaveDepartment();
  const pendingId = save.isPending ? save.variables?.departmentId : null;
  return (
    <>
      <ProblemAlert error={save.error} title="The department was not changed" />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col">Function</th>
              <th scope="col">Customer work</th>
              <th scope="col">Line to the Customer Department</th>
              <th scope="col">Head</th>
              <th scope="col">People</th>
              {canWrite ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {departments.map((department) => (
              <tr
                key={department.id}
                className={department.archivedAt ? 'table__row--muted' : undefined}
              >
                <th scope="row">
                  {department.name}
                  {department.archivedAt ? <span className="tag">archived</span> : null}
                </th>
                <td>{DEPARTMENT_FUNCTION_LABELS[department.function]}</td>
                <td>{department.customerFacing ? 'Yes' : 'No'}</td>
                <td>
                  <span className={`line-badge line-badge--${department.customerDepartmentLine}`}>
                    {CUSTOMER_DEPARTMENT_LINE_LABELS[department.customerDepartmentLine]}
                  </span>
                </td>
                <td>{department.headName ?? '—'}</td>
                <td>{department.peopleCount}</td>
                {canWrite ? (
                  <td className="table__actions">
                    <span className="row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => onEdit(department)}
                        aria-label={`Edit ${department.name}`}
                      >
                        Edit
                      </button>
                      {department.archivedAt ? (
                        <button
                          type="button"
                          className="button button--small"
                          disabled={pendingId === department.id}
                          onClick={() =>
                            save.mutate({
                              departmentId: department.id,
                              changes: { archived: false },
                            })
                          }
                        >
                          Restore
                        </button>
                      ) : (
                        <ConfirmButton
                          label="Archive"
                          question={`Archive ${department.name}? It leaves pickers and the map.`}
                          confirmLabel="Archive"
                          pending={pendingId === department.id}
                          onConfirm={() =>
                            save.mutate({
                              departmentId: department.id,
                              changes: { archived: true },
                            })
                          }
                        />
                      )}
                    </span>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
