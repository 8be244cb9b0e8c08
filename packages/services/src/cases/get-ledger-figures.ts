import type {
  TBounceRanking,
  THandoffFlows,
  THeldTimes,
  TLedgerQuery,
} from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import {
  computeHandoffFlows,
  computeHeldTimes,
  rankBouncingHandoffs,
  type TCaseLedger,
} from '@customeric/domain';
import type { TServiceContext } from '../common/context.ts';
import { loadOlaTargets, type TOlaTargets } from './case-settings.ts';
import { loadDepartmentNames, loadLedgers, resolvePeriod } from './ledger-inputs.ts';

interface TLoaded {
  period: { from: string; to: string; cases: number };
  ledgers: TCaseLedger[];
  names: Map<string, string>;
  targets: TOlaTargets;
}

async function load(context: TServiceContext, query: TLedgerQuery): Promise<TLoaded> {
  const period = resolvePeriod(query);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const ledgers = await loadLedgers(tx, period);
    return {
      period: {
        from: period.from.toISOString().slice(0, 10),
        to: new Date(period.to.getTime() - 1).toISOString().slice(0, 10),
        cases: ledgers.length,
      },
      ledgers,
      names: await loadDepartmentNames(tx),
      targets: await loadOlaTargets(tx),
    };
  });
}

/** The Sankey's flows: handoffs between departments of the cases opened in the period. */
export async function getHandoffFlows(
  context: TServiceContext,
  query: TLedgerQuery,
): Promise<THandoffFlows> {
  const { period, ledgers, names } = await load(context, query);
  const flows = computeHandoffFlows(ledgers);
  const ids = [...new Set(flows.flatMap((flow) => [flow.fromDepartmentId, flow.toDepartmentId]))];
  return {
    period,
    departments: ids.map((id) => ({ id, name: names.get(id) ?? id })),
    flows,
  };
}

/** Time held per department (median, p90 of each hold) against its target. */
export async function getHeldTimes(
  context: TServiceContext,
  query: TLedgerQuery,
): Promise<THeldTimes> {
  const { period, ledgers, names, targets } = await load(context, query);
  return {
    period,
    items: computeHeldTimes(ledgers, targets).map((item) => ({
      ...item,
      departmentName: names.get(item.departmentId) ?? item.departmentId,
    })),
  };
}

/** The handoffs whose cases most often came straight back. */
export async function getBounceRanking(
  context: TServiceContext,
  query: TLedgerQuery,
): Promise<TBounceRanking> {
  const { period, ledgers, names } = await load(context, query);
  return {
    period,
    items: rankBouncingHandoffs(ledgers).map((item) => ({
      ...item,
      fromDepartmentName: names.get(item.fromDepartmentId) ?? item.fromDepartmentId,
      toDepartmentName: names.get(item.toDepartmentId) ?? item.toDepartmentId,
    })),
  };
}
