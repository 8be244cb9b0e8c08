import { z } from 'zod';

export const ZHealth = z.object({ status: z.literal('ok'), version: z.string() });
export const ZReady = z.object({ status: z.literal('ready'), database: z.literal('up') });
