/**
 * The operator CLI: `npm run mm -- <command>`. Every command reads the same configuration as
 * `npm start` (MM_DATA_DIR, DATABASE_URL, MM_CA_KEY …), prints progress on stderr and results on
 * stdout, and fails with one clear English line and exit code 1, never a stack trace. The commands
 * live in adapters/cli/commands/, one file per group, and reach storage through the repositories,
 * the engine and the RA only.
 */
import { Command, CommanderError } from "commander";
import { DomainError } from "../../core/errors/domain-error.ts";
import { ConfigurationError } from "../config/environment.ts";
import { auditCommand } from "./commands/audit-commands.ts";
import { backupCommand } from "./commands/backup-command.ts";
import { caCommand } from "./commands/ca-commands.ts";
import { crlCommand, revokeCommand, statusCommand } from "./commands/certificate-commands.ts";
import { hsmCommand } from "./commands/hsm-check.ts";
import { issueCommand } from "./commands/issue-command.ts";
import { jobsCommand, orderCommand, paymentCommand, revocationCommand } from "./commands/ra-commands.ts";

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

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  const message =
    error instanceof ConfigurationError || error instanceof DomainError || error instanceof Error
      ? error.message
      : String(error);
  const code = error instanceof DomainError ? ` [${error.code}]` : "";
  process.stderr.write(`mm: ${message.split("\n")[0]}${code}\n`);
  process.exit(1);
}
