import { describe, expect, it } from "vitest";
import {
  callbackDataOf,
  parseCallbackData,
  renderMessages,
  splitText,
  TELEGRAM_TEXT_LIMIT,
} from "../../../adapters/telegram/render.ts";

describe("Telegram rendering", () => {
  it("splits a 10 000-character text into pieces of at most 4096 that join back to it", () => {
    const text = "kelime ".repeat(1_500);
    const pieces = splitText(text);
    expect(pieces.length).toBe(3);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(pieces.join("")).toBe(text);
  });

  it("never splits a surrogate pair", () => {
    const text = `${"a".repeat(4095)}😀${"b".repeat(10)}`;
    const pieces = splitText(text);
    expect(pieces[0]!.length).toBe(4095);
    expect(pieces.join("")).toBe(text);
  });

  it("keeps the keyboard on the last piece and round-trips callback data", () => {
    const out = renderMessages(
      [{ text: "x".repeat(5000), buttons: [{ id: "i:agent", label: "Temsilci" }] }],
      7,
    );
    expect(out).toHaveLength(2);
    expect(out[0]!.keyboard).toBeUndefined();
    expect(out[1]!.keyboard).toEqual({
      inline_keyboard: [[{ text: "Temsilci", callback_data: "7|i:agent" }]],
    });
    expect(parseCallbackData("7|i:agent")).toEqual({ generation: 7, buttonId: "i:agent" });
    expect(parseCallbackData("i:agent")).toBeUndefined();
  });

  it("leaves out a button whose id does not fit in Telegram's 64 bytes of callback data", () => {
    expect(callbackDataOf(1, "ş".repeat(40))).toBeUndefined();
    const out = renderMessages([{ text: "a", buttons: [{ id: "ş".repeat(40), label: "uzun" }] }], 1);
    expect(out).toEqual([{ text: "a" }]);
  });
});
