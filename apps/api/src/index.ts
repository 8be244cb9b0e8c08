export { buildApp, type TBuildAppOptions } from './app.ts';
export { JOB_DEFINITIONS } from './jobs.ts';
export type { TApiRoute } from './lib/route-access.ts';
export { startServer, type TServerHandle } from './server.ts';
