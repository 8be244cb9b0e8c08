import type { TTestServer } from './test-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    customericTestServer: TTestServer;
  }
}
