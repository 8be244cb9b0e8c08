import { type TCreateUserRequest, type TUser, ZCreateUserRequest } from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import { createUser } from '@customeric/services';
import type { Command } from 'commander';
import { buildCliActor, getOrgIdBySlug } from '../administration.ts';
import { CliError, describeZodError } from '../cli-error.ts';
import { parseConfig } from '../config.ts';
import { withCliDatabase } from '../database.ts';
import type { TOutput } from '../output.ts';
import { isInteractive, readHiddenLine, readStdin } from '../prompt.ts';

export interface TUserCreateInput {
  org: string;
  email: string;
  name: string;
  role: string;
  executive?: boolean;
  department?: string;
  password: string;
}

/** Validates like the API does, with the same schema. */
function parseNewUser(input: TUserCreateInput): TCreateUserRequest {
  const request = ZCreateUserRequest.safeParse({
    email: input.email,
    name: input.name,
    role: input.role,
    password: input.password,
    isExecutive: input.executive ?? false,
    ...(input.department ? { departmentId: input.department } : {}),
  });
  if (!request.success) throw new CliError(describeZodError(request.error, 'new user'));
  return request.data;
}

/** Creates the user in the organisation named by its slug; the audit log records it. */
export async function createUserInOrganization(
  database: TDatabase,
  input: TUserCreateInput,
): Promise<TUser> {
  const request = parseNewUser(input);
  const orgId = await getOrgIdBySlug(database, input.org);
  return createUser({ database, actor: buildCliActor(orgId) }, request);
}

async function readPassword(fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) return readStdin();
  if (!isInteractive()) {
    throw new CliError(
      'Give the password on standard input with --password-stdin (it is never taken as a flag).',
    );
  }
  const password = await readHiddenLine('Password (at least 12 characters): ');
  if ((await readHiddenLine('Repeat the password: ')) !== password) {
    throw new CliError('The two passwords differ; nothing was created.');
  }
  return password;
}

interface TUserCreateOptions extends Omit<TUserCreateInput, 'password'> {
  passwordStdin?: boolean;
}

export function registerUserCommand(program: Command, output: TOutput): void {
  const user = program.command('user').description('Manage the users of an organisation');
  user
    .command('create')
    .description('Create a user in an organisation and print their id')
    .requiredOption('--org <slug>', 'the organisation, by its slug (the demo is "acme")')
    .requiredOption('--email <email>', 'e-mail address, used to sign in')
    .requiredOption('--name <name>', 'full name')
    .requiredOption(
      '--role <role>',
      'admin, ceo, cco, value_chain_manager, department_head, executive, employee or board',
    )
    .option('--executive', 'the user belongs to the executive team')
    .option('--department <id>', 'id of the department the user works in (dep_…)')
    .option('--password-stdin', 'read the password from standard input instead of prompting')
    .addHelpText(
      'after',
      `
The password is prompted for without echo, or read from standard input; never give it as a flag.

Examples:
  $ customeric user create --org acme --email jo@acme.example --name "Jo Park" --role cco --executive
  $ printf '%s' "$PASSWORD" | customeric user create --org acme --email ops@acme.example \\
      --name "Ops Bot" --role employee --password-stdin`,
    )
    .action(async (options: TUserCreateOptions) => {
      const config = parseConfig();
      const input = { ...options, password: await readPassword(options.passwordStdin) };
      parseNewUser(input); // before starting a database, so a typo fails at once
      const created = await withCliDatabase(
        config,
        output,
        (cli) => createUserInOrganization(cli.database, input),
        { quiet: true },
      );
      output.err(`Created ${created.role} ${created.name} <${created.email}> in ${options.org}.`);
      output.out(created.id);
    });
}
