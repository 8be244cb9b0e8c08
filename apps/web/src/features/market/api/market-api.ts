import {
  type TCreateCompetitorRequest,
  type TMarketAnalysisQuery,
  type TMarketFiguresInput,
  ZCompetitor,
  ZCompetitorList,
  ZMarketAnalysis,
  ZMarketImportResult,
  ZMarketPeriod,
  ZMarketPeriodList,
  ZProblem,
} from '@customeric/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest, getCsrfToken } from '../../../lib/api-client.ts';

/** Every market query starts with this key: any change refreshes them all. */
const MARKET_QUERY_KEY = ['market'] as const;

export function useMarketAnalysis(query: Partial<TMarketAnalysisQuery>) {
  return useQuery({
    queryKey: [...MARKET_QUERY_KEY, 'analysis', query],
    queryFn: ({ signal }) =>
      apiRequest('/api/market/analysis', { query, schema: ZMarketAnalysis, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCompetitors() {
  return useQuery({
    queryKey: [...MARKET_QUERY_KEY, 'competitors'],
    queryFn: ({ signal }) =>
      apiRequest('/api/market/competitors', { schema: ZCompetitorList, signal }),
  });
}

export function useMarketPeriods() {
  return useQuery({
    queryKey: [...MARKET_QUERY_KEY, 'periods'],
    queryFn: ({ signal }) =>
      apiRequest('/api/market/periods', { schema: ZMarketPeriodList, signal }),
  });
}

function useMarketMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MARKET_QUERY_KEY }),
  });
}

export const useCreateCompetitor = () =>
  useMarketMutation((request: TCreateCompetitorRequest) =>
    apiRequest('/api/market/competitors', { method: 'POST', body: request, schema: ZCompetitor }),
  );

export const useDeleteCompetitor = () =>
  useMarketMutation((competitorId: string) =>
    apiRequest(`/api/market/competitors/${encodeURIComponent(competitorId)}`, { method: 'DELETE' }),
  );

export const useSaveMarketPeriod = () =>
  useMarketMutation(({ period, figures }: { period: string; figures: TMarketFiguresInput }) =>
    apiRequest(`/api/market/periods/${encodeURIComponent(period)}`, {
      method: 'PUT',
      body: figures,
      schema: ZMarketPeriod,
    }),
  );

export const useDeleteMarketPeriod = () =>
  useMarketMutation((period: string) =>
    apiRequest(`/api/market/periods/${encodeURIComponent(period)}`, { method: 'DELETE' }),
  );

/** A CSV file goes as it is (text/csv), which apiRequest (JSON) does not send. */
async function importCsv(text: string) {
  const headers = new Headers({
    'content-type': 'text/csv',
    accept: 'application/json, application/problem+json',
  });
  const csrf = getCsrfToken();
  if (csrf) headers.set('x-csrf-token', csrf);
  const response = await fetch('/api/market/periods:import', {
    method: 'POST',
    headers,
    body: text,
    credentials: 'same-origin',
  });
  const body = await response.json();
  if (!response.ok) {
    const problem = ZProblem.safeParse(body);
    if (problem.success) throw new ApiError(problem.data);
    throw new Error(`The server answered ${response.status}.`);
  }
  return ZMarketImportResult.parse(body);
}

export const useImportMarketCsv = () => useMarketMutation(importCsv);
