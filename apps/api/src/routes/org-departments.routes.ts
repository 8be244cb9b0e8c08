import {
  ZCreateDepartmentRequest,
  ZDepartment,
  ZDepartmentList,
  ZDepartmentListQuery,
  ZDepartmentParams,
  ZUpdateDepartmentRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as org from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['org'];

export const orgDepartmentRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.get(
    '/api/org/departments',
    {
      config: { access: 'org.departments.read' },
      schema: {
        tags,
        summary: 'List departments; archived ones only when asked for',
        querystring: ZDepartmentListQuery,
        response: { 200: ZDepartmentList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => org.findDepartments(context(request.auth), request.query),
  );

  app.post(
    '/api/org/departments',
    {
      config: { access: 'org.departments.write' },
      schema: {
        tags,
        summary: 'Create a department',
        body: ZCreateDepartmentRequest,
        response: { 201: ZDepartment, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await org.createDepartment(context(request.auth), request.body)),
  );

  app.get(
    '/api/org/departments/:departmentId',
    {
      config: { access: 'org.departments.read' },
      schema: {
        tags,
        summary: 'One department',
        params: ZDepartmentParams,
        response: { 200: ZDepartment, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) => org.getDepartmentById(context(request.auth), request.params.departmentId),
  );

  app.patch(
    '/api/org/departments/:departmentId',
    {
      config: { access: 'org.departments.write' },
      schema: {
        tags,
        summary: 'Change, archive or restore a department',
        description:
          'Archiving is refused while active people work in the department or it owns stages of a value chain.',
        params: ZDepartmentParams,
        body: ZUpdateDepartmentRequest,
        response: { 200: ZDepartment, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      org.updateDepartment(context(request.auth), request.params.departmentId, request.body),
  );
};
