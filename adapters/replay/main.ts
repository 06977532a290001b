/**
 * `npm run replay -- <file-or-dir>… [--channel web|telegram]`: plays conversation replays
 * (`interfaces.md` §3) against fresh in-process instances; prints one line per failed assertion
 * and last `N passed, N failed`; exits 1 when any failed. A run that cannot start (a path that does
 * not exist) is one line, `replay: <message> [<code>]`, and exit 1, not a stack trace.
 */
import { Command, Option } from "commander";
import { DomainError } from "../../core/errors/domain-error.ts";
import { availableDrivers } from "./drivers.ts";
import { runReplays } from "./replay-runner.ts";
import { startReplaySystem } from "./service-system.ts";

const program = new Command()
  .name("replay")
  .description("plays conversation replays against a fresh in-process instance")
  .argument("<paths...>", "replay files or folders of *.yaml")
  .addOption(new Option("--channel <channel>", "only this customer channel").choices(["web", "telegram"]))
  .action(async (paths: string[], opts: { channel?: "web" | "telegram" }) => {
    const result = await runReplays(paths, {
      channel: opts.channel,
      drivers: availableDrivers(),
      startSystem: startReplaySystem,
      onFailure: (line) => console.log(line),
      onNote: (line) => console.error(`note: ${line}`),
    });
    console.log(`${result.passed} passed, ${result.failed} failed`);
    process.exitCode = result.failed > 0 ? 1 : 0;
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // a coded refusal (a missing path) is the operator's to fix; anything else is a bug, its stack kept
  if (!(error instanceof DomainError)) throw error;
  process.stderr.write(`replay: ${error.message.split("\n")[0]} [${error.code}]\n`);
  process.exitCode = 1;
}
