/**
 * Plays the customer turns of every replay in test/replays/ against the engine over the real RA in memory,
 * checking the `bot:` assertions with the replay runner's own folding. An agent's "/mm devral" and
 * "/mm bitir" take and close the recorded hand-off; agent, wait, notification and certificate
 * checks need the whole service and are left to `npm run replay`.
 */

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTextAssertions } from "../../adapters/replay/assertions.ts";
import { addIsoDuration } from "../../adapters/replay/duration.ts";
import { foldForComparison } from "../../adapters/replay/fold.ts";
import { readReplayFile } from "../../adapters/replay/replay-format.ts";
import type { BotMessage } from "../../bot/channel-port.ts";
import { setup } from "./harness.ts";

const dir = join(import.meta.dirname, "..", "replays");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

describe("replay corpus on the engine", () => {
  it("has the corpus", () => expect(files.length).toBeGreaterThanOrEqual(24));

  it.each(files)("%s", async (file) => {
    const replay = readReplayFile(join(dir, file));
    const { chat, world, engine, ref, clock, handoff } = await setup({ locale: replay.locale });
    if (replay.now) clock.set(replay.now);
    for (const c of replay.given?.certificates ?? []) await world.addCertificate(c);
    const failures: string[] = [];
    let offered: BotMessage[] = [];
    for (const [index, turn] of replay.turns.entries()) {
      let messages: BotMessage[];
      if ("user" in turn) {
        const lastCode = world.outbox.sent.filter((n) => n.params?.code).at(-1)?.params?.code;
        const text = turn.user.replace("{{otp}}", lastCode ? String(lastCode) : "000000");
        messages = await engine.handle(ref, { type: "text", text });
      } else if ("press" in turn) {
        const button = offered
          .flatMap((m) => m.buttons ?? [])
          .find((b) => foldForComparison(b.label) === foldForComparison(turn.press));
        if (!button) {
          failures.push(`turn ${index + 1}: no button ${turn.press}`);
          break;
        }
        messages = await engine.handle(ref, { type: "button", id: button.id });
      } else if ("wait" in turn) {
        // the clock moves on (due jobs are the full runner's business: npm run replay)
        clock.set(addIsoDuration(clock.now(), turn.wait));
        continue;
      } else {
        // an agent's command changes the hand-off as the desk would: taken, then closed
        if ("agent" in turn && /^\/mm devral\b/.test(turn.agent)) handoff.taken.add(ref.id);
        if ("agent" in turn && /^\/mm bitir\b/.test(turn.agent)) handoff.open.delete(ref.id);
        continue;
      }
      if (messages.some((m) => m.buttons?.length)) offered = messages;
      chat.last = messages;
      for (const f of checkTextAssertions(messages, turn.bot ?? [])) failures.push(`turn ${index + 1}: ${f}`);
    }
    expect(failures).toEqual([]);
  });
});
