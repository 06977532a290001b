/**
 * The operator CLI: `npm run mm -- <command>`. Every command reads the same configuration as
 * `npm start` (MM_DATA_DIR, DATABASE_URL, MM_CA_KEY …), prints progress on stderr and results on
 * stdout, and fails with one clear English line ending in its error code and exit code 1, never a
 * stack trace (error-line.ts), the command parser's own errors included. The commands
 * live in adapters/cli/commands/, one file per group, and reach storage through the repositories,
 * the engine and the RA only.
 */
import { Command, CommanderError } from "commander";
import { auditCommand } from "./commands/audit-commands.ts";
import { backupCommand } from "./commands/backup-command.ts";
import { caCommand } from "./commands/ca-commands.ts";
import { crlCommand, revokeCommand, statusCommand } from "./commands/certificate-commands.ts";
import { hsmCommand } from "./commands/hsm-check.ts";
import { issueCommand } from "./commands/issue-command.ts";
import { jobsCommand, orderCommand, paymentCommand, revocationCommand } from "./commands/ra-commands.ts";
import { errorLine } from "./error-line.ts";

const program = new Command("mm").description("Mali Mühür Asistanı operator CLI").exitOverride();
for (const command of [
  caCommand(),
  issueCommand(),
  revokeCommand(),
  statusCommand(),
  crlCommand(),
  auditCommand(),
  backupCommand(),
  hsmCommand(),
  orderCommand(),
  paymentCommand(),
  revocationCommand(),
  jobsCommand(),
])
  program.addCommand(command);

/**
 * Every command, group and subcommand throws its parser errors (unknown command or option, missing
 * argument) instead of printing commander's `error: …` and exiting: main prints them as its own line.
 */
function throwParserErrors(command: Command): void {
  command.exitOverride().configureOutput({ outputError: () => {} });
  for (const sub of command.commands) throwParserErrors(sub);
}
throwParserErrors(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // --help (exit 0), and the help a group without its subcommand prints (exit 1), are already written
  if (error instanceof CommanderError && error.code.startsWith("commander.help"))
    process.exit(error.exitCode);
  if (error instanceof CommanderError && error.code === "commander.version") process.exit(error.exitCode);
  process.stderr.write(`${errorLine(error, process.argv.slice(2))}\n`);
  process.exit(1);
}
