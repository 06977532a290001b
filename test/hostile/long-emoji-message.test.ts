/**
 * Hostile tester (third round): the engine cut a message at 2 000 UTF-16 code units, so a message of
 * emoji (two units each) was read only in part: Telegram let 4 096 characters through, and the words
 * after the first 1 000 emoji were never read. The engine now reads 2 000 characters counted as a
 * person counts them (code points, core/text/message-cap.ts), as the channels count their caps.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../bot/harness.ts";

const emoji = (count: number) => "😀".repeat(count);

describe("a long message of emoji", () => {
  it.each([
    ["after 1 100 emoji", `${emoji(1100)} başvuru yapmak istiyorum`],
    ["after 1 990 emoji, without Turkish letters", `${emoji(1990)} basvuru`],
    ["after mixed emoji and letters", `${"👍 tamam ".repeat(240)}başvuru yapmak istiyorum`],
  ])("the words %s are read", async (_what, text) => {
    const { chat } = await setup();
    await chat.say(text);
    expect(chat.buttons()).toContain("Tüzel kişi");
  });

  it("the words after 1 100 emoji are read in English too", async () => {
    const { chat } = await setup({ locale: "en" });
    await chat.say(`${emoji(1100)} I want to apply`);
    expect(chat.buttons()).toContain("Legal person");
  });
});
