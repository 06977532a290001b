/**
 * Hostile tester: "b\u0000aşvuru" was not understood, while a zero-width space in the same place is
 * removed and the word read. A control character (C0 but tab and line breaks, DEL, C1) inside a
 * word is no part of what is read: the message is understood as typed without it. A field's answer
 * keeps it and is still refused (test/bot/flows/field-invisible-characters.test.ts).
 */
import { describe, expect, it } from "vitest";
import { setup } from "./harness.ts";

const controls = ["\u0000", "\u0001", "\u0007", "\u0008", "\u001b", "\u001f", "\u007f", "\u0090"];

/** The reply to `typed` in a fresh conversation, with its buttons. */
async function replyTo(typed: string, locale: "tr" | "en"): Promise<string> {
  const { chat } = await setup({ locale });
  const reply = await chat.say(typed);
  return `${reply}\n${chat.buttons().join("|")}`;
}

describe("a control character inside a word is not read", () => {
  it.each<[string, string, "tr" | "en"]>([
    ["b", "aşvuru", "tr"],
    ["başvuru yap", "mak istiyorum", "tr"],
    ["kartımı kaybe", "ttim", "tr"],
    ["fiy", "at ne kadar", "tr"],
    ["I want to ap", "ply", "en"],
    ["how much does it co", "st", "en"],
  ])("%j + control + %j", async (before, after, locale) => {
    const plain = await replyTo(`${before}${after}`, locale);
    for (const control of controls) {
      expect(await replyTo(`${before}${control}${after}`, locale), JSON.stringify(control)).toBe(plain);
    }
  });

  it("as a zero-width space in the same place is", async () => {
    expect(await replyTo("b\u0000aşvuru", "tr")).toBe(await replyTo("b\u200Başvuru", "tr"));
  });
});
