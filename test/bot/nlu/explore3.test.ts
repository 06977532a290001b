/**
 * Routing defects found in the third outside exploration: a status question naming revocation,
 * a VKN given as the firm's identifier in a contact change, a contact change naming the new
 * address, renewal timing, a card still on its way, and English typed in a Turkish conversation.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import type { NluLocale } from "../../../bot/nlu/training-data.ts";
import { topIntent, understand } from "../../../bot/nlu/understand.ts";

const intentOf = (text: string, locale: NluLocale) => {
  const u = understand(foldTurkish(text), locale);
  return u.kind === "intent" ? u.intent : `(${u.kind} ${topIntent(u) ?? ""})`;
};

describe("a question whether the seal is revoked asks for its status", () => {
  it.each([
    "is our seal revoked? VKN 1234567890",
    "is our seal revoked?",
    "has our certificate been revoked?",
    "is my e-seal cancelled",
    "can you check if our seal is revoked",
    "are our certificates revoked",
  ])("'%s' → cert_status", (text) => {
    expect(intentOf(text, "en")).toBe("cert_status");
  });

  it.each(["our card was stolen, revoke it", "I want to revoke our seal"])(
    "'%s' still asks for revocation",
    (text) => {
      expect(topIntent(understand(foldTurkish(text), "en"))).toBe("revoke");
    },
  );

  it("a request inside a yes/no question is no status question", () => {
    expect(understand(foldTurkish("is it possible to have our seal revoked"), "en")).not.toMatchObject({
      source: "rule",
    });
  });
});

describe("a VKN named as the firm's identifier is no VKN change", () => {
  it.each([
    ["e-postamı yeni@deneme.com.tr olarak değiştirin, VKN 1234567890", "tr"],
    ["VKN 1234567890 telefon numaramızı güncellemek istiyoruz", "tr"],
    ["please update our phone number, VKN 1234567890", "en"],
  ] as const)("'%s' → contact_update", (text, locale) => {
    expect(intentOf(text, locale)).toBe("contact_update");
  });

  it.each([
    ["VKN'miz değişti ne yapmalıyız", "tr"],
    ["unvanımız değişti, VKN 1234567890", "tr"],
    ["our tax number changed", "en"],
  ] as const)("'%s' still is a VKN/unvan change", (text, locale) => {
    expect(intentOf(text, locale)).toBe("vkn_title_change");
  });
});

describe("a contact change naming the new value", () => {
  it.each([
    ["I want to change the e-mail on our certificate to new@firm.com", "en"],
    ["please change our email to info@newfirm.com", "en"],
    ["e-posta adresimizi muhasebe@firma.com.tr olarak güncelleyin", "tr"],
  ] as const)("'%s' → contact_update", (text, locale) => {
    expect(intentOf(text, locale)).toBe("contact_update");
  });
});

describe("renewal timing and a card still on its way", () => {
  it.each(["when do we need to renew?", "when do I have to renew the seal", "when must we renew"])(
    "'%s' → renewal",
    (text) => {
      expect(intentOf(text, "en")).toBe("renewal");
    },
  );

  it.each([
    "I applied last week, when will my card arrive?",
    "when will the card arrive",
    "when will I get my card",
  ])("'%s' is no 'card received' question", (text) => {
    expect(["order_status", "delivery", "production"]).toContain(intentOf(text, "en"));
  });
});

describe("English typed in a Turkish conversation", () => {
  it.each([
    ["I'd like to update our e-mail address", "contact_update"],
    ["How do I renew my e-seal?", "renewal"],
    ["how much does the smart card cost", "prices"],
  ])("'%s' → %s", (text, intent) => {
    expect(intentOf(text, "tr")).toBe(intent);
  });

  it("Turkish typed in an English conversation is understood too", () => {
    expect(intentOf("e-posta adresimizi güncellemek istiyoruz", "en")).toBe("contact_update");
  });
});

describe("the code that unblocks the PIN is the PUK", () => {
  it.each([
    ["where is the unblock code for the pin", "en"],
    ["pin bloke oldu, blokeyi açacak kodu arıyorum", "tr"],
  ] as const)("'%s' → puk", (text, locale) => {
    expect(intentOf(text, locale)).toBe("puk");
  });
});
