import { ZOrgSettings } from '@customeric/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

function getOrgSettings(signal?: AbortSignal) {
  return apiRequest('/api/org/settings', { schema: ZOrgSettings, signal });
}

function getOrgSettingsQueryOptions() {
  return queryOptions({
    queryKey: [...ORG_QUERY_KEY, 'settings'],
    queryFn: ({ signal }) => getOrgSettings(signal),
  });
}

export function useOrgSettings() {
  return useQuery(getOrgSettingsQueryOptions());
}
