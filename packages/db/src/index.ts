export * from './connection.ts';
export * from './embedded.ts';
export * from './ids.ts';
export * from './migrate.ts';
export * from './prepare.ts';
export * from './roles.ts';
export * as schema from './schema/index.ts';
export * from './tenant.ts';
export * from './tenant-tables.ts';
