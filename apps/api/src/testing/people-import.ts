import { createDepartment, updateDepartment } from '@customeric/services';
import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';

/** The departments the people-import tests refer to: two active ones and an archived one. */
export async function insertImportDepartments(test: TTestDatabase, org: TTestOrganization) {
  const context = { database: test.database, actor: org.actor };
  const base = { customerFacing: true, customerDepartmentLine: 'none', headId: null } as const;
  await createDepartment(context, { ...base, name: 'Sales', function: 'sales' });
  await createDepartment(context, { ...base, name: 'Customer Service', function: 'service' });
  const old = await createDepartment(context, { ...base, name: 'Old Ops', function: 'other' });
  await updateDepartment(context, old.id, { archived: true });
}

/** The two steps of a people import, as the admin sends them. */
export function importRequests(app: () => FastifyInstance, admin: () => TSignedIn) {
  return {
    preview: (csv: string) =>
      app().inject({
        method: 'POST',
        url: '/api/org/people/import/preview',
        headers: admin().headers,
        payload: { csv },
      }),
    confirm: (csv: string, previewHash: string) =>
      app().inject({
        method: 'POST',
        url: '/api/org/people/import',
        headers: admin().headers,
        payload: { csv, previewHash },
      }),
  };
}
