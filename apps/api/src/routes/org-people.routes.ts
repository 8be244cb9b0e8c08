import {
  PEOPLE_CSV_MAX_BYTES,
  ZPeopleImportPreview,
  ZPeopleImportPreviewRequest,
  ZPeopleImportRequest,
  ZPeopleImportResult,
  ZPerson,
  ZPersonFilters,
  ZPersonList,
  ZPersonListQuery,
  ZPersonParams,
  ZUpdatePersonRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as org from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['org'];
// The file travels inside JSON: room for escaping on top of the file's own limit.
const IMPORT_BODY_LIMIT = PEOPLE_CSV_MAX_BYTES + 2 * 1024 * 1024;

export const orgPeopleRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.get(
    '/api/org/people',
    {
      config: { access: 'org.people.read' },
      schema: {
        tags,
        summary: 'List people: filter by department, role, manager, search; sort',
        querystring: ZPersonListQuery,
        response: { 200: ZPersonList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => org.findPeople(context(request.auth), request.query),
  );

  app.get(
    '/api/org/people/export',
    {
      config: { access: 'org.people.read' },
      schema: {
        tags,
        summary: 'The people matching the filters as CSV, in the columns the import reads',
        description: 'Cells starting with = + - @ tab or carriage return get a leading apostrophe.',
        querystring: ZPersonFilters,
        produces: ['text/csv'],
        response: { 200: z.string(), ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request, reply) => {
      const csv = await org.exportPeopleCsv(context(request.auth), request.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="people-${day}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/org/people/:personId',
    {
      config: { access: 'org.people.read' },
      schema: {
        tags,
        summary: 'One person',
        params: ZPersonParams,
        response: { 200: ZPerson, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) => org.getPersonById(context(request.auth), request.params.personId),
  );

  app.patch(
    '/api/org/people/:personId',
    {
      config: { access: 'org.people.write' },
      schema: {
        tags,
        summary: 'Change a person’s title, department, manager, customer-work share or skills',
        description:
          'Department heads may change the people of their own department only. A manager that would close a loop is refused.',
        params: ZPersonParams,
        body: ZUpdatePersonRequest,
        response: { 200: ZPerson, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      org.updatePerson(context(request.auth), request.params.personId, request.body),
  );

  app.post(
    '/api/org/people/import/preview',
    {
      config: { access: 'org.people.import' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Preview a people CSV: who would be created, updated or left alone; every problem by row and column',
        body: ZPeopleImportPreviewRequest,
        response: { 200: ZPeopleImportPreview, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => org.previewPeopleImport(context(request.auth), request.body),
  );

  app.post(
    '/api/org/people/import',
    {
      config: { access: 'org.people.import' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Import a previewed people CSV: all of it in one transaction, or nothing',
        description:
          'Send the same file with the previewHash of its preview. New people cannot sign in until an administrator sets their password.',
        body: ZPeopleImportRequest,
        response: { 200: ZPeopleImportResult, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request) => org.importPeople(context(request.auth), request.body),
  );
};
