import { z } from 'zod';

/** About 20,000 people; larger organisations import in parts. */
export const PEOPLE_CSV_MAX_BYTES = 4 * 1024 * 1024;

/** The columns a people CSV may have; email and name are required. */
export const PEOPLE_CSV_COLUMNS = [
  'email',
  'name',
  'title',
  'department',
  'manager_email',
  'role',
  'executive',
  'customer_work_share',
  'skills',
] as const;

export const PEOPLE_CSV_REQUIRED_COLUMNS = ['email', 'name'] as const;

/** An e-mail cell of the file (the services check cells with it, one by one). */
export const ZPersonEmail = z.email('must be an e-mail address').max(254);

export const ZPeopleImportPreviewRequest = z.object({
  csv: z.string().min(1, 'is empty').max(PEOPLE_CSV_MAX_BYTES, 'is larger than 4 MB'),
});

export const ZPeopleImportRequest = ZPeopleImportPreviewRequest.extend({
  previewHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be the previewHash of a preview')
    .meta({
      description: 'From the preview: the import writes exactly what was previewed or nothing',
    }),
});

export const ZPeopleImportAction = z.enum(['create', 'update', 'unchanged', 'error']);

export const ZPeopleImportIssue = z.object({
  row: z.number().int().meta({ description: 'Line in the file; the header is row 1' }),
  column: z.string().nullable(),
  message: z.string(),
});

export const ZPeopleImportRow = z.object({
  row: z.number().int(),
  email: z.string(),
  name: z.string(),
  action: ZPeopleImportAction,
  changes: z
    .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
    .meta({ description: 'For updates: each changed field from → to' }),
});

export const ZPeopleImportPreview = z
  .object({
    previewHash: z.string(),
    columns: z.array(z.string()),
    ignoredColumns: z
      .array(z.string())
      .meta({ description: 'Headings Customeric does not know; their cells are not read' }),
    summary: z.object({
      create: z.number().int(),
      update: z.number().int(),
      unchanged: z.number().int(),
      errors: z.number().int(),
    }),
    rows: z.array(ZPeopleImportRow),
    issues: z.array(ZPeopleImportIssue),
  })
  .meta({ id: 'PeopleImportPreview' });

export const ZPeopleImportResult = z
  .object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })
  .meta({ id: 'PeopleImportResult' });

export type TPeopleImportPreviewRequest = z.infer<typeof ZPeopleImportPreviewRequest>;
export type TPeopleImportRequest = z.infer<typeof ZPeopleImportRequest>;
export type TPeopleImportAction = z.infer<typeof ZPeopleImportAction>;
export type TPeopleImportIssue = z.infer<typeof ZPeopleImportIssue>;
export type TPeopleImportRow = z.infer<typeof ZPeopleImportRow>;
export type TPeopleImportPreview = z.infer<typeof ZPeopleImportPreview>;
export type TPeopleImportResult = z.infer<typeof ZPeopleImportResult>;
