import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { BotMessage } from "../../bot/channel-port.ts";
import { DomainError } from "../../core/errors/domain-error.ts";
import { checkTextAssertions } from "./assertions.ts";
import type { ChannelDriver, ChannelSession, CustomerChannel, PreparedChannel } from "./channel-driver.ts";
import { addIsoDuration } from "./duration.ts";
import { foldForComparison } from "./fold.ts";
import { type Replay, type ReplayTurn, readReplayFile } from "./replay-format.ts";
import type { DeliveredNotification, ReplaySystem, ReplaySystemFactory } from "./replay-system.ts";

/** How the runner plays replays. */
export interface ReplayRunOptions {
  /** Only this channel (`--channel`); default: every channel each file allows. */
  channel?: CustomerChannel;
  /** The channel drivers available; a channel without a driver cannot be played yet. */
  drivers: ChannelDriver[];
  /** Starts a fresh system per replay. */
  startSystem: ReplaySystemFactory;
  /** Called with each failure line as it is found (the CLI prints them). */
  onFailure?: (line: string) => void;
  /** Called with notes that are not failures (e.g. a channel skipped). */
  onNote?: (line: string) => void;
  /** Base for the file names in the output. */
  cwd?: string;
}

/** The outcome of a run; `passed + failed` counts replays (one file on one channel). */
export interface ReplayRunResult {
  passed: number;
  failed: number;
  failures: string[];
}

const AGENT_REPLY_WAIT_MS = 2_000;
const SETTLE_WAIT_MS = 60;

/**
 * Expands files and folders (their `*.yaml`/`*.yml`, sorted) into replay files; a path that does not
 * exist is a `DomainError` `[replay_path_missing]` naming it, before anything is played.
 */
export function collectReplayFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new DomainError("replay_path_missing", `no such file or folder: ${path}`);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (/\.ya?ml$/.test(name)) out.push(join(path, name));
      }
    } else out.push(path);
  }
  return out;
}

/** Plays every replay of the files on its channels; never throws for a failing replay. */
export async function runReplays(paths: string[], options: ReplayRunOptions): Promise<ReplayRunResult> {
  const result: ReplayRunResult = { passed: 0, failed: 0, failures: [] };
  const fail = (line: string) => {
    result.failures.push(line);
    options.onFailure?.(line);
  };
  for (const file of collectReplayFiles(paths)) {
    const name = relative(options.cwd ?? process.cwd(), file) || basename(file);
    let replay: Replay;
    try {
      replay = readReplayFile(file);
    } catch (error) {
      fail((error as Error).message.replace(file, name));
      result.failed++;
      continue;
    }
    const wanted: CustomerChannel[] =
      options.channel !== undefined
        ? [options.channel]
        : replay.channel === "any"
          ? ["web", "telegram"]
          : [replay.channel];
    for (const channel of wanted) {
      const driver = options.drivers.find((d) => d.channel === channel);
      const allowed = replay.channel === "any" || replay.channel === channel;
      if (!allowed) {
        options.onNote?.(`${name}: not played on ${channel} (the file is for ${replay.channel} only)`);
        continue;
      }
      if (!driver) {
        if (replay.channel === "any" && options.channel === undefined) {
          options.onNote?.(`${name} [${channel}]: channel not yet available, not played`);
          continue;
        }
        fail(`${name} [${channel}]: the ${channel} channel is not yet available`);
        result.failed++;
        continue;
      }
      const failures = await playReplay(replay, driver, options.startSystem);
      for (const f of failures) fail(`${name} [${channel}] ${f}`);
      if (failures.length === 0) result.passed++;
      else result.failed++;
    }
  }
  return result;
}

/** Plays one replay on one channel from a fresh system; returns the failure descriptions. */
export async function playReplay(
  replay: Replay,
  driver: ChannelDriver,
  startSystem: ReplaySystemFactory,
): Promise<string[]> {
  const failures: string[] = [];
  const now = replay.now ? new Date(replay.now) : undefined;
  let prepared: PreparedChannel | undefined;
  let system: ReplaySystem | undefined;
  let session: ChannelSession | undefined;
  let turnNo = 0;
  try {
    prepared = await driver.prepare?.();
    system = await startSystem({ now, locale: replay.locale, env: prepared?.env });
    const start = system.clock.now();
    for (const given of replay.given?.certificates ?? []) {
      const notBefore = given.notBefore
        ? new Date(given.notBefore)
        : given.status === "expired"
          ? new Date(Date.UTC(start.getUTCFullYear() - 5, start.getUTCMonth(), start.getUTCDate()))
          : start;
      await system.seedCertificate({ ...given, notBefore });
    }
    let seen = (await system.delivered()).length;
    session = await driver.open(system, replay.locale);
    let offered: BotMessage[] = session.greeting;
    for (const turn of replay.turns) {
      turnNo++;
      const at = `turn ${turnNo}`;
      const step = await performTurn(turn, system, session, offered);
      if ("error" in step) {
        failures.push(`${at}: ${step.error}`);
        break;
      }
      if (step.messages.some((m) => m.buttons?.length)) offered = step.messages;
      // "{{otp}}" in an assertion is the last one-time code delivered so far ("not_contains: '{{otp}}'")
      const otp = lastOneTimeCode(await system.delivered());
      if (turn.bot)
        failures.push(...checkTextAssertions(step.messages, turn.bot, "bot", otp).map((f) => `${at}: ${f}`));
      if (turn.slack) {
        failures.push(
          ...checkTextAssertions([{ text: step.slack ?? "" }], turn.slack, "slack", otp).map(
            (f) => `${at}: ${f}`,
          ),
        );
      }
      if (turn.notified) {
        const all = await system.delivered();
        const fresh = all.slice(seen);
        seen = all.length;
        for (const expected of turn.notified) {
          if (
            !fresh.some(
              (n) => sameRecipient(n.recipient, expected.to) && notificationContains(n, expected.contains),
            )
          ) {
            failures.push(
              `${at}: expected a notification to ${expected.to} containing ${JSON.stringify(expected.contains)}, came ${describeNotifications(fresh)}`,
            );
          }
        }
      } else {
        seen = (await system.delivered()).length;
      }
      if (turn.certificate) {
        const problem = await checkCertificate(system, turn.certificate);
        if (problem) failures.push(`${at}: ${problem}`);
      }
    }
  } catch (error) {
    failures.push(`${turnNo === 0 ? "setup" : `turn ${turnNo}`}: ${(error as Error).message.split("\n")[0]}`);
  } finally {
    await session?.close().catch(() => {});
    await system?.close().catch(() => {});
    await prepared?.close().catch(() => {});
  }
  return failures;
}

type TurnOutcome = { messages: BotMessage[]; slack?: string } | { error: string };

async function performTurn(
  turn: ReplayTurn,
  system: ReplaySystem,
  session: ChannelSession,
  offered: BotMessage[],
): Promise<TurnOutcome> {
  let messages: BotMessage[] = [];
  let slack: string | undefined;
  let waitMs = 0;
  if ("user" in turn) {
    let text = turn.user;
    if (text.includes("{{otp}}")) {
      const otp = lastOneTimeCode(await system.delivered());
      if (!otp) return { error: "{{otp}} used but no one-time code was delivered in this replay" };
      text = text.replaceAll("{{otp}}", otp);
    }
    messages = await session.sendText(text);
  } else if ("press" in turn) {
    const labels = offered.flatMap((m) => m.buttons ?? []);
    const wanted = foldForComparison(turn.press);
    const button =
      labels.find((b) => foldForComparison(b.label) === wanted) ??
      labels.find((b) => foldForComparison(b.label).includes(wanted));
    if (!button) {
      return {
        error: `expected a button ${JSON.stringify(turn.press)}, offered ${JSON.stringify(labels.map((b) => b.label))}`,
      };
    }
    messages = await session.pressButton(button.id);
  } else if ("agent" in turn) {
    let text = turn.agent;
    if (text.includes("{{otp}}")) {
      const otp = lastOneTimeCode(await system.delivered());
      if (!otp) return { error: "{{otp}} used but no one-time code was delivered in this replay" };
      text = text.replaceAll("{{otp}}", otp);
    }
    if (text.includes("{{ticket}}")) {
      const ticket = system.agentConsole.latestTicket(session.conversationId);
      if (!ticket)
        return { error: "{{ticket}} used but no hand-off of this conversation was posted to Slack" };
      text = text.replaceAll("{{ticket}}", ticket);
    }
    system.agentConsole.takeSlack();
    slack = await system.agentConsole.runCommand(text, turn.as);
    // devral/bitir push a notice to the customer: wait for it when the turn asserts one.
    waitMs = turn.bot ? AGENT_REPLY_WAIT_MS : SETTLE_WAIT_MS;
  } else if ("agent_reply" in turn) {
    await system.agentConsole.reply(session.conversationId, turn.agent_reply);
    waitMs = AGENT_REPLY_WAIT_MS;
  } else {
    system.clock.set(addIsoDuration(system.clock.now(), turn.wait));
    await system.runDueJobs();
    waitMs = SETTLE_WAIT_MS;
  }
  const pushed = await session.takePushed(waitMs);
  // Posts to the support channel or threads during the turn (a hand-off's summary, the customer's messages).
  const posted = system.agentConsole.takeSlack();
  return { messages: [...messages, ...pushed], slack: [slack, posted].filter(Boolean).join("\n") };
}

/** The last one-time code delivered: a 6-digit number in the newest notification that carries one. */
export function lastOneTimeCode(delivered: DeliveredNotification[]): string | undefined {
  for (let i = delivered.length - 1; i >= 0; i--) {
    const n = delivered[i]!;
    const text = `${n.subject ?? ""}\n${n.body}`;
    if (!/kod|code/i.test(text)) continue;
    const match = /(?<![\d-])\d{6}(?!\d)/.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

function sameRecipient(actual: string, expected: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s()-]/g, "");
  return norm(actual) === norm(expected);
}

function notificationContains(n: DeliveredNotification, text: string): boolean {
  return foldForComparison(`${n.subject ?? ""}\n${n.body}`).includes(foldForComparison(text));
}

function describeNotifications(list: DeliveredNotification[]): string {
  if (list.length === 0) return "no notification since the previous turn";
  return list
    .map(
      (n) =>
        `${n.recipient}: ${JSON.stringify(`${n.subject ? `${n.subject} — ` : ""}${n.body}`.replace(/\s+/g, " ").slice(0, 160))}`,
    )
    .join("; ");
}

const reasonAliases: Record<string, string> = {
  kayip: "keyCompromise",
  calinti: "keyCompromise",
  gib: "privilegeWithdrawn",
  misuse: "privilegeWithdrawn",
};

async function checkCertificate(
  system: ReplaySystem,
  check: { vkn?: string; serial?: string; status: string; reason?: string },
): Promise<string | undefined> {
  const which = check.vkn ? `vkn ${check.vkn}` : `serial ${check.serial}`;
  const certs = await system.certificatesOf({ vkn: check.vkn, serial: check.serial });
  const cert = certs.find((c) => c.kind === "sign") ?? certs[0];
  if (!cert) return `expected certificate ${which} ${check.status}, came no certificate`;
  if (cert.status !== check.status)
    return `expected certificate ${which} ${check.status}, came ${cert.status}`;
  if (check.reason) {
    const wanted = reasonAliases[foldForComparison(check.reason)] ?? check.reason;
    if (cert.revocationReason !== wanted) {
      return `expected certificate ${which} reason ${wanted}, came ${cert.revocationReason ?? "none"}`;
    }
  }
  return undefined;
}
