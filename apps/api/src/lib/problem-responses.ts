import { ZProblem } from '@customeric/contracts';

type TStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 428 | 429;

/** The problem responses a route documents, besides the 500 and 503 every route may give. */
export function problemResponses(...statuses: TStatus[]) {
  const base = { 500: ZProblem, 503: ZProblem } as Record<number, typeof ZProblem>;
  for (const status of statuses) base[status] = ZProblem;
  return base;
}

export const GUARDED = [401, 403] as const;
