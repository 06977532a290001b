/**
 * Plays the customer turns of every replay in test/replays/ against the engine over the fake RA,
 * checking the `bot:` assertions with the replay runner's own folding. Agent, wait, notification
 * and certificate checks need the whole service and are left to `npm run replay`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTextAssertions } from "../../adapters/replay/assertions.ts";
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
    const { chat, ra, engine, ref, clock } = await setup({ locale: replay.locale });
    if (replay.now) clock.set(replay.now);
    for (const c of replay.given?.certificates ?? []) ra.addCertificate(c);
    const failures: string[] = [];
    let offered: BotMessage[] = [];
    for (const [index, turn] of replay.turns.entries()) {
      let messages: BotMessage[];
      if ("user" in turn) {
        const lastCode = [...ra.deliveries].reverse().find((d) => /\d{6}/.test(d.text));
        const text = turn.user.replace("{{otp}}", lastCode ? /\d{6}/.exec(lastCode.text)![0] : "000000");
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
      } else continue;
      if (messages.some((m) => m.buttons?.length)) offered = messages;
      chat.last = messages;
      for (const f of checkTextAssertions(messages, turn.bot ?? [])) failures.push(`turn ${index + 1}: ${f}`);
    }
    expect(failures).toEqual([]);
  });
});
