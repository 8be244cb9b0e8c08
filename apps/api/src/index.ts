export { buildApp, type TBuildAppOptions } from './app.ts';
export { startServer, type TServerHandle } from './server.ts';
