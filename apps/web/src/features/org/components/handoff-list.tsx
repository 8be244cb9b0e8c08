import type { TValueChainMap } from '@customeric/domain';
import { MEASURES_PENDING } from './value-chain-map.tsx';

/** "Sales hands", "Sales and Billing hand": the verb agrees with how many departments act. */
function act(ids: readonly string[], one: string, many: string): string {
  return ids.length > 1 ? many : one;
}

function names(ids: readonly string[], nameOf: (id: string) => string): string {
  const list = ids.map(nameOf);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** The handoffs in words, for reading and for screen readers. */
export function HandoffList({
  map,
  nameOf,
}: {
  map: TValueChainMap;
  nameOf: (id: string) => string;
}) {
  if (map.handoffs.length === 0) {
    return (
      <p className="muted">
        {map.stages.length > 1
          ? 'No handoffs: the same departments own every stage.'
          : 'Handoffs appear once the chain has two stages owned by different departments.'}
      </p>
    );
  }
  return (
    <>
      <ol className="handoff-list" aria-label="Handoffs">
        {map.handoffs.map((handoff, index) => {
          const from = map.stages[handoff.afterIndex]?.name;
          const to = map.stages[handoff.afterIndex + 1]?.name;
          const leaving = names(handoff.fromDepartmentIds, nameOf);
          const joining = names(handoff.toDepartmentIds, nameOf);
          const staying = names(handoff.continuingDepartmentIds, nameOf);
          return (
            <li key={handoff.fromStageId}>
              <strong>
                Handoff {index + 1}: {from} → {to}.
              </strong>{' '}
              {leaving && joining
                ? `${leaving} ${act(handoff.fromDepartmentIds, 'hands', 'hand')} the customer to ${joining}.`
                : null}
              {leaving && !joining
                ? `${leaving} ${act(handoff.fromDepartmentIds, 'leaves', 'leave')} the customer.`
                : null}
              {!leaving && joining
                ? `${joining} ${act(handoff.toDepartmentIds, 'joins', 'join')}.`
                : null}
              {staying
                ? ` ${staying} ${act(handoff.continuingDepartmentIds, 'stays', 'stay')} with the customer.`
                : null}
            </li>
          );
        })}
      </ol>
      <p className="muted">
        {MEASURES_PENDING}: events, promise breaches, cases, time held and the score will show in
        each stage and handoff of the map.
      </p>
    </>
  );
}
