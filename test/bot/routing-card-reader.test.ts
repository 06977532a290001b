/**
 * Tester (hostile): "kart okuyucu kayboldu", "lost our card reader" started the revocation (the
 * classifier's "revoke" with the loss word as its cue), and "kart okuyucumuz bozuldu" got the
 * error checks of R10.1. A card READER is a device the firm buys again: the seal is on the card,
 * still safe, so no revocation; the answer says any USB smart card reader works (info.card_reader).
 * The card lost or stolen together with its reader is still revoked (R7.2, R7.4).
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../bot/nlu/fold.ts";
import { topIntent, understand } from "../../bot/nlu/understand.ts";
import { setup } from "./harness.ts";

const readerTrouble: [string, "tr" | "en"][] = [
  ["kart okuyucu kayboldu", "tr"],
  ["kart okuyucumuz kayboldu ne yapmalıyız", "tr"],
  ["kart okuyucumuzu kaybettik", "tr"],
  ["okuyucuyu kaybettim", "tr"],
  ["akıllı kart okuyucusu kayıp", "tr"],
  ["kart okuyucumuz calindi", "tr"],
  ["kart okuyucumuz bozuldu", "tr"],
  ["kart okuyucu kırıldı", "tr"],
  ["okuyucu arızalı, yenisini almamız gerekiyor mu", "tr"],
  ["kart okuyucu kayboldu ama kart bizde", "tr"],
  ["kartımızın okuyucusu bozuldu", "tr"],
  ["kart okuyucumuzu kaybettik, sertifikayı iptal etmemiz gerekir mi", "tr"],
  ["lost our card reader, do we need to revoke the certificate?", "en"],
  ["lost our card reader", "en"],
  ["we lost the card reader", "en"],
  ["the smart card reader was stolen", "en"],
  ["my card reader is broken", "en"],
  ["our reader got damaged, what now", "en"],
];

const sealLost: [string, "tr" | "en"][] = [
  ["kartımız ve kart okuyucumuz çalındı", "tr"],
  ["kart okuyucu ve kartı kaybettik", "tr"],
  ["hırsızlık oldu kart okuyucu ve kart yok", "tr"],
  ["we lost the card and the card reader", "en"],
  ["our card reader and the seal card were stolen", "en"],
];

describe("a card reader lost or broken is no lost seal", () => {
  it.each(readerTrouble)("%j is not understood as a revocation", (text, locale) => {
    expect(topIntent(understand(foldTurkish(text), locale))).not.toBe("revoke");
  });

  it.each(sealLost)("%j: the card lost with it is still the revocation", (text, locale) => {
    expect(topIntent(understand(foldTurkish(text), locale))).toBe("revoke");
  });

  it.each(readerTrouble)("%j: the reader's answer, no revocation", async (text, locale) => {
    const w = await setup({ locale });
    const reply = await w.chat.say(text);
    expect(reply).not.toMatch(/kimliğinizi doğrulamamız gerekiyor|verify your identity|Sertifikamı İptal Et/);
    expect(reply).toMatch(locale === "tr" ? /USB akıllı kart okuyucu/ : /USB smart card reader/);
    expect(reply).toMatch(locale === "tr" ? /iptal gerekmez/ : /no need to revoke/);
  });

  it.each(sealLost)("%j: the revocation starts", async (text, locale) => {
    const w = await setup({ locale });
    const reply = await w.chat.say(text);
    expect(reply).toMatch(/kimliğinizi doğrulamamız gerekiyor|verify your identity/);
  });

  it("inside the application, a lost reader is answered in passing and the question asked again", async () => {
    const w = await setup();
    await w.chat.say("başvuru yapmak istiyorum");
    const question = w.chat.last.at(-1)?.text ?? "";
    const reply = await w.chat.say("bu arada kart okuyucumuz kayboldu");
    expect(reply).toMatch(/USB akıllı kart okuyucu/);
    expect(reply).not.toMatch(/kimliğinizi doğrulamamız gerekiyor/);
    expect(reply).toContain(question.split("\n").at(-1));
  });
});
