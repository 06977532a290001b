/**
 * Hostile tester (third round), unicode normalisation: Turkish letters written decomposed (NFD: "s"
 * and a combining cedilla for "ş", as some macOS and copy-paste paths send them) counted twice
 * against the channel caps, which count code points: 600 "ş" (1 200 code points) were refused by the
 * web chat as over 1 000 characters, and 1 500 by Telegram's 2 000; the engine read such a text only
 * in part. The caps and the engine's cut count characters in their composed form (NFC), as a person
 * counts them; a combining mark that composes with nothing still counts (zalgo text stays bounded).
 */
import { describe, expect, it } from "vitest";
import { parseChatMessage } from "../../adapters/web/chat-message-body.ts";
import { longerThan } from "../../core/text/longer-than.ts";
import { firstCharacters } from "../../core/text/message-cap.ts";
import { setup } from "../bot/harness.ts";

const nfd = (text: string) => text.normalize("NFD");

describe("decomposed Turkish letters and the length caps", () => {
  it("the web chat takes 1 000 Turkish letters written decomposed, refuses 1 001", () => {
    const letters = "şğüöçİ".repeat(167).slice(0, 1000);
    expect(nfd(letters).length).toBeGreaterThan(1000);
    expect(parseChatMessage({ text: nfd(letters) })).toEqual({ text: nfd(letters) });
    expect(() => parseChatMessage({ text: nfd(`${letters}ş`) })).toThrow(/at most 1000 characters/);
  });

  it("counts a combining mark that composes with nothing", () => {
    expect(longerThan(`a${"\u0301\u0302\u0303".repeat(400)}`, 1000)).toBe(true);
    expect(longerThan(nfd("ş".repeat(1000)), 1000)).toBe(false);
  });

  it("the engine's cut keeps 2 000 characters of decomposed letters whole", () => {
    const text = nfd("ş".repeat(2000));
    expect(firstCharacters(text, 2000)).toBe("ş".repeat(2000));
  });

  it("the words after 1 500 decomposed letters are read", async () => {
    const { chat } = await setup();
    await chat.say(`${nfd("şğü ".repeat(375))} başvuru yapmak istiyorum`);
    expect(chat.buttons()).toContain("Tüzel kişi");
  });
});
