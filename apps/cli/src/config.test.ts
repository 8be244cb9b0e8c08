import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('starts safely with nothing set: loopback, port 3000, data in ./.customeric', () => {
    expect(parseConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: resolve('.customeric'),
      embeddedPort: 54329,
      databaseUrl: undefined,
      appPassword: undefined,
      logLevel: 'info',
      trustProxy: false,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ PORT: '', HOST: '' })).toMatchObject({ port: 3000, host: '127.0.0.1' });
  });

  it('rejects PORT=abc naming the variable and the value', () => {
    expect(() => parseConfig({ PORT: 'abc' })).toThrow(/PORT: must be a port number \(got "abc"\)/);
  });

  it('names every bad variable at once', () => {
    const attempt = () =>
      parseConfig({ CUSTOMERIC_PG_PORT: '70000', LOG_LEVEL: 'loud', TRUST_PROXY: 'maybe' });
    expect(attempt).toThrow(/CUSTOMERIC_PG_PORT: must be from 1 to 65535/);
    expect(attempt).toThrow(
      /LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent/,
    );
    expect(attempt).toThrow(/TRUST_PROXY: must be true or false/);
  });

  it('rejects a DATABASE_URL that is not PostgreSQL without echoing its password', () => {
    const attempt = () => parseConfig({ DATABASE_URL: 'mysql://root:hunter2@db/app' });
    expect(attempt).toThrow(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it('reads the rest', () => {
    const config = parseConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://owner:secret@db.internal:5433/customeric',
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      trustProxy: true,
      logLevel: 'warn',
    });
    expect(config.databaseUrl).toBe('postgresql://owner:secret@db.internal:5433/customeric');
  });
});
