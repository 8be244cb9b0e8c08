import {
  type TCreateBusinessCalendarRequest,
  type TUpdateBusinessCalendarRequest,
  ZBusinessCalendar,
  ZBusinessCalendarList,
} from '@customeric/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISE_PATHS } from './paths.ts';
import { PROMISES_QUERY_KEY } from './query-keys.ts';

const CALENDARS_KEY = [...PROMISES_QUERY_KEY, 'calendars'] as const;

export function useCalendars() {
  return useQuery({
    queryKey: CALENDARS_KEY,
    queryFn: ({ signal }) =>
      apiRequest(PROMISE_PATHS.calendars, { schema: ZBusinessCalendarList, signal }),
  });
}

type TSaveCalendarInput =
  | { calendarId: null; request: TCreateBusinessCalendarRequest }
  | { calendarId: string; request: TUpdateBusinessCalendarRequest };

function saveCalendar(input: TSaveCalendarInput) {
  if (input.calendarId === null)
    return apiRequest(PROMISE_PATHS.calendars, {
      method: 'POST',
      body: input.request,
      schema: ZBusinessCalendar,
    });
  return apiRequest(PROMISE_PATHS.calendar(input.calendarId), {
    method: 'PATCH',
    body: input.request,
    schema: ZBusinessCalendar,
  });
}

/** A calendar change moves deadlines of the promises using it: refresh everything promised. */
export function useSaveCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCalendar,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROMISES_QUERY_KEY }),
  });
}

export function useDeleteCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (calendarId: string) =>
      apiRequest(PROMISE_PATHS.calendar(calendarId), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CALENDARS_KEY }),
  });
}
