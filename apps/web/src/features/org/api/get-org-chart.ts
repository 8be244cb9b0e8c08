import { ZOrgChart } from '@customeric/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

function getOrgChartQueryOptions() {
  return queryOptions({
    queryKey: [...ORG_QUERY_KEY, 'chart'],
    queryFn: ({ signal }) => apiRequest('/api/org/chart', { schema: ZOrgChart, signal }),
  });
}

/** Everyone active, compactly: the org chart, and the people pickers (manager, head…). */
export function useOrgChart(enabled = true) {
  return useQuery({ ...getOrgChartQueryOptions(), enabled });
}
