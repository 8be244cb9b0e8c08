import {
  type TScoreControlChartQuery,
  type TScoreTableQuery,
  type TScoreWhyQuery,
  ZScoreControlChart,
  ZScoreTable,
  ZScoreWhy,
} from '@customeric/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Every scores query starts with this key. */
const SCORES_QUERY_KEY = ['scores'] as const;

type TQuery<T> = { [K in keyof T]?: T[K] | undefined };

export function useScoreTable(query: TQuery<TScoreTableQuery>) {
  return useQuery({
    queryKey: [...SCORES_QUERY_KEY, 'table', query],
    queryFn: ({ signal }) => apiRequest('/api/scores', { query, schema: ZScoreTable, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useControlChart(query: TQuery<TScoreControlChartQuery>) {
  return useQuery({
    queryKey: [...SCORES_QUERY_KEY, 'control-chart', query],
    queryFn: ({ signal }) =>
      apiRequest('/api/scores/control-chart', { query, schema: ZScoreControlChart, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useScoreWhy(query: TQuery<TScoreWhyQuery>) {
  return useQuery({
    queryKey: [...SCORES_QUERY_KEY, 'why', query],
    queryFn: ({ signal }) => apiRequest('/api/scores/why', { query, schema: ZScoreWhy, signal }),
    placeholderData: keepPreviousData,
  });
}
