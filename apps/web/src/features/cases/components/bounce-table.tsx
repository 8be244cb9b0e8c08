import type { TBounceRanking } from '@customeric/contracts';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** The handoffs whose cases most often came straight back to the sender. */
export function BounceTable({ data }: { data: TBounceRanking }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Handoff</th>
            <th scope="col">Handoffs</th>
            <th scope="col">Came straight back</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((item) => (
            <tr key={`${item.fromDepartmentId}-${item.toDepartmentId}`}>
              <th scope="row">
                {item.fromDepartmentName} → {item.toDepartmentName}
              </th>
              <td>{item.handoffs}</td>
              <td>{item.bouncedBack}</td>
              <td>
                <span className="share-bar" style={{ ['--share' as string]: item.rate }}>
                  {percent.format(item.rate)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
