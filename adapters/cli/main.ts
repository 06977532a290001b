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

/**
 * The line ending the usage `mm` prints on stderr when it was given no command to run: none at all
 * (`mm`), a group without its subcommand (`mm order`), or help asked for a command that does not
 * exist (`mm help nope`).
 */
function missingCommandLine(args: readonly string[]): string {
  const words = args.filter((a) => !a.startsWith("-"));
  if (words.length === 0) return "mm: no command given: see the usage above [bad_arguments]";
  const group = program.commands.find((c) => c.name() === words[0]);
  if (group && words.length === 1)
    return `mm: no ${group.name()} command given: see the usage above [bad_arguments]`;
  return "mm: no such command: see the usage above [unknown_command]";
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // --help (exit 0), and the usage a missing command prints on stderr (exit 1), are already written;
  // a missing command is bad input like any other, so it ends with its coded line
  if (error instanceof CommanderError && error.code.startsWith("commander.help")) {
    if (error.exitCode !== 0) process.stderr.write(`${missingCommandLine(process.argv.slice(2))}\n`);
    process.exit(error.exitCode);
  }
  if (error instanceof CommanderError && error.code === "commander.version") process.exit(error.exitCode);
  process.stderr.write(`${errorLine(error, process.argv.slice(2))}\n`);
  process.exit(1);
}
