export * from './api-keys.ts';
export * from './audit-log.ts';
export * from './departments.ts';
export * from './organizations.ts';
export * from './sessions.ts';
export * from './users.ts';
