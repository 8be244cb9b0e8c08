export * from './access/permissions.ts';
export * from './access/roles.ts';
export * from './random/seeded-random.ts';
