import {
  type TCreateApiKeyRequest,
  type TCreateApiKeyResponse,
  ZCreateApiKeyRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import { API_KEY_SCOPES } from '@customeric/domain';
import { createApiKey } from '@customeric/services';
import type { Command } from 'commander';
import { buildCliActor, getOrgIdBySlug } from '../administration.ts';
import { CliError, describeZodError } from '../cli-error.ts';
import { parseConfig } from '../config.ts';
import { withCliDatabase } from '../database.ts';
import type { TOutput } from '../output.ts';

export interface TKeyCreateInput {
  org: string;
  name: string;
  scopes: string[];
}

function checkScopes(scopes: string[]): void {
  const valid: readonly string[] = API_KEY_SCOPES;
  const unknown = scopes.filter((scope) => !valid.includes(scope));
  if (scopes.length === 0)
    throw new CliError(`Give at least one --scope. Valid scopes: ${valid.join(', ')}.`);
  if (unknown.length > 0) {
    throw new CliError(
      `Not a valid API key scope: ${unknown.join(', ')}. Valid scopes: ${valid.join(', ')}.`,
    );
  }
}

/** Validates like the API does, naming the valid scopes when one is not. */
function parseNewKey(input: TKeyCreateInput): TCreateApiKeyRequest {
  // "--scope a,b" and "--scope a --scope b" both work.
  const scopes = input.scopes
    .flatMap((scope) => scope.split(','))
    .map((scope) => scope.trim())
    .filter(Boolean);
  checkScopes(scopes);
  const request = ZCreateApiKeyRequest.safeParse({ name: input.name, scopes });
  if (!request.success) throw new CliError(describeZodError(request.error, 'API key'));
  return request.data;
}

/** Creates a scoped API key in the organisation named by its slug; the secret is in the result, once. */
export async function createKeyInOrganization(
  database: TDatabase,
  input: TKeyCreateInput,
): Promise<TCreateApiKeyResponse> {
  const request = parseNewKey(input);
  const orgId = await getOrgIdBySlug(database, input.org);
  return createApiKey({ database, actor: buildCliActor(orgId) }, request);
}

export function registerKeyCommand(program: Command, output: TOutput): void {
  const key = program.command('key').description('Manage the API keys of an organisation');
  key
    .command('create')
    .description('Create an API key and print it (once) on standard output')
    .requiredOption('--org <slug>', 'the organisation, by its slug (the demo is "acme")')
    .requiredOption('--name <name>', 'what the key is for, e.g. "CRM sync"')
    .requiredOption('--scope <scope...>', `one or more of: ${API_KEY_SCOPES.join(', ')}`)
    .addHelpText(
      'after',
      `
Examples:
  $ customeric key create --org acme --name "CRM sync" --scope access.users.read
  $ KEY=$(customeric key create --org acme --name reports --scope access.organization.read,access.audit.read)`,
    )
    .action(async (options: { org: string; name: string; scope: string[] }) => {
      const config = parseConfig();
      const input = { org: options.org, name: options.name, scopes: options.scope };
      parseNewKey(input); // before starting a database, so a typo fails at once
      const created = await withCliDatabase(
        config,
        output,
        (cli) => createKeyInOrganization(cli.database, input),
        { quiet: true },
      );
      output.out(created.secret);
      output.err(
        `Created the API key "${created.apiKey.name}" (${created.apiKey.id}) with ${created.apiKey.scopes.join(', ')}.\n` +
          'It is shown only this once: store it now. Send it as the header  Authorization: Bearer <key>',
      );
    });
}
