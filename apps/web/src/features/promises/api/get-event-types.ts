import { ZEventMappingList, ZEventPage } from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISES_QUERY_KEY } from './query-keys.ts';

/** `invoice.issued` → also offer `invoice.*`, the prefix form a rule may use. */
function withPrefixes(types: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const type of types) {
    all.add(type);
    const dot = type.lastIndexOf('.');
    if (dot > 0 && !type.endsWith('*')) all.add(`${type.slice(0, dot)}.*`);
  }
  return [...all].sort();
}

/*
 * Suggestions for the event type inputs: the types of the latest events and the patterns of the
 * mapping rules. The API has no list of every type seen, so a rare type may be missing; the
 * input accepts any type all the same.
 */
async function getEventTypes(signal: AbortSignal): Promise<string[]> {
  const [events, mappings] = await Promise.all([
    apiRequest('/api/events', { query: { limit: 200 }, schema: ZEventPage, signal }),
    apiRequest('/api/event-mappings', { query: { limit: 200 }, schema: ZEventMappingList, signal }),
  ]);
  return withPrefixes([
    ...events.items.map((event) => event.type),
    ...mappings.items.map((mapping) => mapping.typePattern),
  ]);
}

export function useEventTypeSuggestions() {
  return useQuery({
    queryKey: [...PROMISES_QUERY_KEY, 'event-types'],
    queryFn: ({ signal }) => getEventTypes(signal),
    staleTime: 5 * 60_000,
  });
}
