/**
 * A side question typed at the revocation's reason question ("yeni kart kaç para?", "how much will
 * the new card cost?", "fatura kartla birlikte mi geliyor?"): before, it was taken for a reason the chat cannot
 * revoke for ("Burada yalnızca kayıp veya çalıntı nedeniyle iptal yapılabilir…"), and the price was
 * never told. It is answered in passing, and the reason asked again; nothing is revoked.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

describe("a side question at the reason question: answered, the reason asked again", () => {
  it.each([
    ["tr", "kartımızı kaybettik", "yeni kart kaç para?", "Akıllı kart:", "İptal nedeni nedir?"],
    [
      "tr",
      "kartımızı kaybettik",
      "fatura kartla birlikte mi geliyor?",
      "aynı zarfın içinde",
      "İptal nedeni nedir?",
    ],
    [
      "en",
      "I lost the seal card",
      "how much will the new card cost?",
      "Smart card:",
      "reason for revocation",
    ],
  ] as const)("%s: %s", async (locale, opening, question, answer, reasonAsked) => {
    const { chat, world } = await setup({ locale });
    await world.addCertificate(firm);
    await chat.say(opening);
    await chat.say(firm.vkn);
    await chat.say(world.lastCodeTo(firm.email)!);
    const reply = await chat.say(question);
    expect(reply).toContain(answer);
    expect(reply).toContain(reasonAsked);
    expect(reply).not.toMatch(/yalnızca kayıp veya çalıntı|only be revoked because/);
    expect(world.outbox.sent.some((n) => n.template === "revoked")).toBe(false);
  });
});
