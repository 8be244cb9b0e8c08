import { API_KEY_SCOPES } from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

export const ZApiKeyScope = z.enum(API_KEY_SCOPES as [string, ...string[]]);

export const ZApiKey = z
  .object({
    id: ZId('key'),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the key, to recognise it' }),
    scopes: z.array(ZApiKeyScope),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });

export const ZCreateApiKeyRequest = z.object({
  name: z.string().trim().min(1, 'is required').max(100),
  scopes: z.array(ZApiKeyScope).min(1, 'give at least one scope'),
});

export const ZCreateApiKeyResponse = z.object({
  apiKey: ZApiKey,
  secret: z.string().meta({ description: 'Shown once; send as Authorization: Bearer <secret>' }),
});

export const ZApiKeyParams = z.object({ keyId: ZId('key') });
export const ZApiKeyList = ZPage(ZApiKey);

export type TApiKey = z.infer<typeof ZApiKey>;
export type TCreateApiKeyRequest = z.infer<typeof ZCreateApiKeyRequest>;
export type TCreateApiKeyResponse = z.infer<typeof ZCreateApiKeyResponse>;
