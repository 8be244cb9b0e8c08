import { type TComplianceQuery, ZComplianceReport } from '@customeric/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISE_PATHS } from './paths.ts';
import { PROMISES_QUERY_KEY } from './query-keys.ts';

export type TComplianceFilters = Partial<TComplianceQuery>;

export function useCompliance(filters: TComplianceFilters) {
  return useQuery({
    queryKey: [...PROMISES_QUERY_KEY, 'compliance', filters],
    queryFn: ({ signal }) =>
      apiRequest(PROMISE_PATHS.compliance, { query: filters, schema: ZComplianceReport, signal }),
    placeholderData: keepPreviousData,
  });
}
