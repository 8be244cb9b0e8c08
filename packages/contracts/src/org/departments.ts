import { CUSTOMER_DEPARTMENT_LINES, DEPARTMENT_FUNCTIONS } from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZQueryBoolean, ZSort } from '../common/sort.ts';

export const ZDepartmentFunction = z.enum(DEPARTMENT_FUNCTIONS);
export const ZCustomerDepartmentLine = z.enum(CUSTOMER_DEPARTMENT_LINES);

export const ZDepartment = z
  .object({
    id: ZId('dep'),
    name: z.string(),
    function: ZDepartmentFunction,
    customerFacing: z.boolean(),
    customerDepartmentLine: ZCustomerDepartmentLine,
    headId: ZId('usr').nullable(),
    headName: z.string().nullable(),
    peopleCount: z.number().int().meta({ description: 'Active people in the department' }),
    createdAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .meta({ id: 'Department' });

const departmentFields = {
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  function: ZDepartmentFunction,
  customerFacing: z.boolean(),
  customerDepartmentLine: ZCustomerDepartmentLine,
  headId: ZId('usr').nullable(),
};

export const ZCreateDepartmentRequest = z.object({
  ...departmentFields,
  customerDepartmentLine: ZCustomerDepartmentLine.default('none'),
  headId: ZId('usr').nullable().default(null),
});

export const ZUpdateDepartmentRequest = z
  .object({
    ...departmentFields,
    archived: z
      .boolean()
      .meta({ description: 'true archives the department, false brings it back' }),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');

export const ZDepartmentParams = z.object({ departmentId: ZId('dep') });

export const DEPARTMENT_SORTS = ['name', 'createdAt'] as const;

export const ZDepartmentListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
  sort: ZSort(DEPARTMENT_SORTS, 'name'),
  q: z.string().trim().max(200).optional().meta({ description: 'Search in the name' }),
  function: ZDepartmentFunction.optional(),
  customerFacing: ZQueryBoolean.optional(),
  archived: z
    .enum(['exclude', 'include', 'only'])
    .default('exclude')
    .meta({ description: 'Archived departments are left out unless asked for' }),
});

export const ZDepartmentList = ZPage(ZDepartment);

export type TDepartment = z.infer<typeof ZDepartment>;
export type TCreateDepartmentRequest = z.infer<typeof ZCreateDepartmentRequest>;
export type TUpdateDepartmentRequest = z.infer<typeof ZUpdateDepartmentRequest>;
export type TDepartmentListQuery = z.infer<typeof ZDepartmentListQuery>;
