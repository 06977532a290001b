/**
 * What becomes of documents already signed with a certificate being revoked, asked at the revocation's
 * VKN question ("what happens to invoices we already signed?") or on its own: before, it got the
 * refund's text (R6.3), which answers nothing asked. The domain brief is silent on it, so the bot says
 * it cannot answer that and names the call centre; inside the revocation the same question is asked
 * again and nothing is revoked.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

describe("signed documents asked at the revocation's VKN question: honest answer, same question", () => {
  it.each([
    ["en", "I lost our seal card", "what happens to invoices we already signed?", "VKN"],
    ["en", "our e-seal card was stolen", "are the documents we sealed still valid?", "VKN"],
    ["tr", "kartımızı kaybettik", "daha önce imzaladığımız faturalar ne olacak?", "VKN"],
    ["tr", "kartimiz calindi", "muhurledigimiz e-defterler gecersiz mi olur", "VKN"],
  ] as const)("%s: %s → %s", async (locale, opening, question, asked) => {
    const { chat, world } = await setup({ locale });
    await world.addCertificate(firm);
    await chat.say(opening);
    const reply = await chat.say(question);
    expect(reply).toMatch(/444 5 576/);
    expect(reply).toMatch(/kesin bir bilgi veremiyorum|cannot tell you for certain/);
    expect(reply).not.toMatch(/iade edilmez|is refunded/);
    expect(reply).toContain(asked);
    // the dialog goes on: the VKN is taken next
    expect(await chat.say(firm.vkn)).toMatch(/kod|code/i);
    expect(world.outbox.sent.some((n) => n.template === "revoked")).toBe(false);
  });
});

describe("signed documents asked on their own: the same honest answer, no revocation", () => {
  it.each([
    ["en", "if we revoke the seal, what happens to the invoices we signed before?"],
    ["tr", "iptal edersek eski faturalarımız geçersiz mi olur"],
    ["tr", "imzalanmis belgeler ne olacak"],
  ] as const)("%s: %s", async (locale, question) => {
    const { chat, world } = await setup({ locale });
    const reply = await chat.say(question);
    expect(reply).toMatch(/kesin bir bilgi veremiyorum|cannot tell you for certain/);
    expect(reply).not.toMatch(/kimliğinizi doğrulamamız|verify your identity/);
    expect(world.outbox.sent.some((n) => n.template === "revoked")).toBe(false);
  });
});
