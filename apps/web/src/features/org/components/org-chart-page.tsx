import type { TOrgChartPerson } from '@customeric/contracts';
import { buildOrgTree, countReports, ROLE_LABELS, type TOrgTreeNode } from '@customeric/domain';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useOrgChart } from '../api/get-org-chart.ts';
import { CustomerDepartmentLines } from './customer-department-lines.tsx';

interface TTreeContext {
  departmentName: (id: string | null) => string | null;
  lineOfHead: Map<string, 'direct' | 'indirect'>;
  customerDepartmentHeadId: string | null;
}

function PersonNode({
  node,
  context,
}: {
  node: TOrgTreeNode<TOrgChartPerson>;
  context: TTreeContext;
}) {
  const { person } = node;
  const department = context.departmentName(person.departmentId);
  const line = context.lineOfHead.get(person.id);
  const card = (
    <span
      className={
        person.id === context.customerDepartmentHeadId
          ? 'person-card person-card--cd'
          : 'person-card'
      }
    >
      <span className="person-card__name">{person.name}</span>
      <span className="person-card__title">{person.title ?? ROLE_LABELS[person.role]}</span>
      {department ? <span className="person-card__department">{department}</span> : null}
      {person.id === context.customerDepartmentHeadId ? (
        <span className="tag">heads the Customer Department</span>
      ) : null}
      {line ? (
        <span className={`line-badge line-badge--${line}`}>
          {line === 'direct' ? 'Direct line' : 'Indirect line'} to the Customer Department
        </span>
      ) : null}
    </span>
  );
  if (node.reports.length === 0) return <li className="org-tree__leaf">{card}</li>;
  return (
    <li>
      <details open={countReports(node) < 40 || node.person.managerId === null}>
        <summary>
          {card}
          <span className="org-tree__count">{countReports(node)} below</span>
        </summary>
        <ul className="org-tree__reports">
          {node.reports.map((report) => (
            <PersonNode key={report.person.id} node={report} context={context} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export function OrgChartPage() {
  const chart = useOrgChart();
  const data = chart.data;
  return (
    <section aria-labelledby="chart-title">
      <title>Org chart · Org · Customeric</title>
      <div className="section-heading">
        <h2 id="chart-title">Org chart</h2>
      </div>
      {chart.isPending ? <Loading label="Loading the org chart…" /> : null}
      <ProblemAlert error={chart.error} title="The org chart could not be loaded" />
      {data ? <CustomerDepartmentLines chart={data} /> : null}
      {data && data.people.length === 0 ? <EmptyState title="Nobody yet" /> : null}
      {data && data.people.length > 0 ? (
        <>
          <h3>Who reports to whom</h3>
          <p className="muted">
            Everyone active, under their manager. Department heads show their department’s line to
            the Customer Department.
          </p>
          <ul className="org-tree">
            {buildOrgTree(data.people).map((root) => (
              <PersonNode
                key={root.person.id}
                node={root}
                context={{
                  departmentName: (id) => data.departments.find((d) => d.id === id)?.name ?? null,
                  lineOfHead: new Map(
                    data.departments.flatMap((d) =>
                      d.headId && d.customerDepartmentLine !== 'none'
                        ? [[d.headId, d.customerDepartmentLine] as const]
                        : [],
                    ),
                  ),
                  customerDepartmentHeadId: data.customerDepartmentHeadId,
                }}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
