#!/usr/bin/env node
// The CLI is TypeScript run as is: register tsx's loader in this process, then load it.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
