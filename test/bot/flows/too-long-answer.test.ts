/**
 * Tester (session 16): a 257-character unvan got the R5.2 "VKN or unvan changed" answer (the
 * classifier's guess for a long text) instead of its reason, so the customer retyped the same
 * text. A text longer than the field allows is an answer and gets the length reason.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

describe("an answer longer than its field allows", () => {
  it("a 257-character unvan is told the limit, and the unvan question is asked again", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel", "3230512384"]);
    const words = "ÖRNEK BİLİŞİM TEKNOLOJİLERİ DANIŞMANLIK ".repeat(5);
    const title = `${words}${"X".repeat(257 - words.length - " ANONİM ŞİRKETİ".length)} ANONİM ŞİRKETİ`;
    expect(title).toHaveLength(257);
    const answer = await chat.say(title);
    expect(answer).not.toMatch(/değiştiyse/);
    expect(answer).toMatch(/256/);
    expect(answer).toMatch(/unvan/i);
  });
});
