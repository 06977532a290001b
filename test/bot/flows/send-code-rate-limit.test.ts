/**
 * After "Kısa sürede çok fazla kod istendi" the code question is over: a code received earlier and
 * typed then is told so (bot/dispatch/ended-code.ts), with the "Yeniden dene" button, never taken
 * for a PIN, even when the code question it belonged to ended long before (tester round 15).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

const buttons = (w: Awaited<ReturnType<typeof setup>>) =>
  w.chat.last.flatMap((m) => m.buttons ?? []).map((b) => b.id);

describe("a code typed after the code rate limit", () => {
  it("is told the code question is over, not the PIN warning", async () => {
    const w = await setup();
    await w.addCertificate(firm);
    for (let i = 0; i < 3; i++) {
      await w.chat.say("sertifikamı iptal etmek istiyorum");
      await w.chat.say(firm.vkn);
      await w.chat.say("vazgeç");
    }
    const code = w.lastCodeTo(firm.email)!;
    w.clock.advance(12 * 60 * 1000);
    await w.chat.say("sertifikamı iptal etmek istiyorum");
    expect(await w.chat.say(firm.vkn)).toMatch(/çok fazla kod/);
    const answer = await w.chat.say(code);
    expect(answer).not.toMatch(/PIN|şifre/i);
    expect(answer).toMatch(/artık kullanılamaz/);
    expect(answer).toMatch(/çok fazla kod/);
    expect(buttons(w)).toEqual(["i:revoke"]);
  });
});
