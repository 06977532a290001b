/**
 * `npm run nlu:eval [-- --dir <folder>] [-- --verbose]`: measures intent recognition on the
 * held-out messages (`test/fixtures/nlu-heldout/<lng>.yaml`), the bot's recogniser against
 * today's rules (the baseline), per locale: accuracy per intent, the misroutes as a compact
 * confusion list, and as the last line `N passed, N failed` (messages, the bot's recogniser).
 * Exits 1 below the 95 % target or when a message would start revocation without asking for it;
 * exits 2 on an unknown option or argument (one line, `[bad_arguments]`) or a missing file.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  accuracy,
  botRecogniser,
  type EvaluationReport,
  evaluate,
  loadLabelledMessages,
  rulesRecogniser,
} from "../bot/nlu/evaluation.ts";
import type { NluLocale } from "../bot/nlu/training-data.ts";

const target = 0.95;

/** Refuses the command line with one line and exit 2 (as a missing file is). */
function refuse(reason: string): never {
  console.error(`nlu:eval: ${reason} (options: --dir <folder>, --verbose) [bad_arguments]`);
  process.exit(2);
}

/** `--dir <folder>` and `--verbose`; anything else is refused, not ignored. */
function parseArguments(args: string[]): { dir: string; verbose: boolean } {
  let dir = join("test", "fixtures", "nlu-heldout");
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const shown = arg.length > 64 ? `${arg.slice(0, 64)}…` : arg;
    if (arg === "--verbose") verbose = true;
    else if (arg === "--dir") {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) refuse("--dir needs a folder");
      dir = value;
    } else if (arg.startsWith("-")) refuse(`unknown option '${shown}'`);
    else refuse(`unexpected argument '${shown}'`);
  }
  return { dir, verbose };
}

const { dir, verbose } = parseArguments(process.argv.slice(2));

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

let passed = 0;
let failed = 0;
let falseRevocations = 0;
let total = 0;
for (const locale of ["tr", "en"] as NluLocale[]) {
  const file = join(dir, `${locale}.yaml`);
  if (!existsSync(file)) {
    console.error(`nlu:eval: ${file} not found`);
    process.exit(2);
  }
  const messages = loadLabelledMessages(file);
  const cpu = process.cpuUsage();
  const bot: EvaluationReport = evaluate(messages, locale, botRecogniser);
  const used = process.cpuUsage(cpu);
  const rules = evaluate(messages, locale, rulesRecogniser);
  console.log(
    `\n${locale}: ${bot.total} messages | top-1 ${percent(accuracy(bot))} | rules (baseline) ${percent(accuracy(rules))} | asked ${bot.asked} | false revocations ${bot.falseRevocations.length} (rules ${rules.falseRevocations.length}) | ${((used.user + used.system) / 1000).toFixed(0)} ms CPU incl. training`,
  );
  console.log("accuracy per intent (bot | rules):");
  for (const [intent, row] of [...bot.perIntent].sort((a, b) => a[0].localeCompare(b[0]))) {
    const r = rules.perIntent.get(intent)!;
    console.log(
      `  ${intent.padEnd(20)} ${String(row.correct).padStart(3)}/${String(row.total).padEnd(3)} ${percent(row.correct / row.total).padStart(8)} | ${percent(r.correct / r.total).padStart(8)}`,
    );
  }
  console.log("confusion (expected → got: count), misroutes only:");
  const rows = [...bot.confusion].sort((a, b) => b[1] - a[1]);
  console.log(rows.length ? `  ${rows.map(([k, n]) => `${k}: ${n}`).join("; ")}` : "  none");
  if (verbose)
    for (const m of bot.misses)
      console.log(`  ✗ [${m.message.intent} → ${m.got ?? "none"}] ${m.message.text}`);
  for (const m of bot.falseRevocations) console.log(`  ! starts revocation: [${m.intent}] ${m.text}`);
  passed += bot.passed;
  failed += bot.total - bot.passed;
  total += bot.total;
  falseRevocations += bot.falseRevocations.length;
}
if (total === 0 || passed / total < target || falseRevocations > 0) process.exitCode = 1;
console.log(`${passed} passed, ${failed} failed`);
