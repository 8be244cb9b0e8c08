import {
  ZBusinessCalendar,
  ZBusinessCalendarList,
  ZBusinessCalendarParams,
  ZCreateBusinessCalendarRequest,
  ZUpdateBusinessCalendarRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['promises'];

/** Business calendars: what "4 business hours" means (working days, hours, zone, holidays). */
export const promiseCalendarRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.get(
    '/api/business-calendars',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: 'The business calendars, the default first',
        response: { 200: ZBusinessCalendarList, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.findBusinessCalendars(context(request.auth)),
  );

  app.post(
    '/api/business-calendars',
    {
      config: { access: 'promises.calendars.write' },
      schema: {
        tags,
        summary: 'Add a calendar; the first one (or one marked default) is the default',
        body: ZCreateBusinessCalendarRequest,
        response: { 201: ZBusinessCalendar, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await services.createBusinessCalendar(context(request.auth), request.body)),
  );

  app.patch(
    '/api/business-calendars/:calendarId',
    {
      config: { access: 'promises.calendars.write' },
      schema: {
        tags,
        summary: 'Change hours, zone or holidays, or make it the default',
        description:
          'The promises reading the calendar are re-evaluated when what it measures changes.',
        params: ZBusinessCalendarParams,
        body: ZUpdateBusinessCalendarRequest,
        response: { 200: ZBusinessCalendar, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      services.updateBusinessCalendar(
        context(request.auth),
        request.params.calendarId,
        request.body,
      ),
  );

  app.delete(
    '/api/business-calendars/:calendarId',
    {
      config: { access: 'promises.calendars.write' },
      schema: {
        tags,
        summary: 'Delete a calendar that no promise uses and that is not the default',
        params: ZBusinessCalendarParams,
        response: { 204: z.undefined(), ...problemResponses(404, 409, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.deleteBusinessCalendar(context(request.auth), request.params.calendarId);
      return reply.status(204).send();
    },
  );
};
