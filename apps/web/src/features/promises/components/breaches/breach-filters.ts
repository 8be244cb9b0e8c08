import { BREACH_STATES } from '@customeric/contracts';
import type { TBreachFilters } from '../../api/get-breaches.ts';

/** The list's filters live in the address, so a filtered list can be shared and exported. */
export function readBreachFilters(params: URLSearchParams): TBreachFilters {
  const state = params.get('state');
  return {
    state: BREACH_STATES.find((value) => value === state) ?? 'active',
    promiseId: params.get('promiseId') || undefined,
    departmentId: params.get('departmentId') || undefined,
    customerId: params.get('customerId') || undefined,
    segment: params.get('segment') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  };
}
