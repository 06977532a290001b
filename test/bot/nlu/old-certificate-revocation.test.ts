/**
 * "Eski kartımızı iptal ettirmemiz gerekiyor mu yenisi gelince", "eski mühürü iptal ettirmek zorunda
 * mıyız", "do we have to revoke the old certificate when the new one arrives?" started the revocation
 * (identity verification for a revocation nobody asked for) or got "anlayamadım" or the status.
 * Renewal is a new application (R8.3) and revocation is for a lost or stolen card, GİB's request or
 * misuse (R7.2): the old certificate needs no revocation, it simply runs out (info.old_certificate,
 * answered by the renewal topic). An old card lost or stolen, or a plain request to revoke it, is
 * still the revocation.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { topIntent, understand } from "../../../bot/nlu/understand.ts";
import { setup } from "../harness.ts";

const asked: [string, "tr" | "en"][] = [
  ["eski kartimizi iptal ettirmemiz gerekiyor mu yenisi gelince", "tr"],
  ["yeni kart gelince eskisini iptal etmemiz gerekir mi", "tr"],
  ["yenileme yapinca eski sertifikayi iptal etmek lazim mi", "tr"],
  ["süresi dolan sertifikayı iptal ettirmeli miyiz", "tr"],
  ["eski mühürü iptal ettirmek zorunda mıyız", "tr"],
  ["yeni mühür aldık, eskisini iptal mi edelim", "tr"],
  ["Yenilediğimizde önceki sertifikanın iptali şart mı?", "tr"],
  ["eski muhru iptal etmek gerekiyomu", "tr"],
  ["do we have to revoke the old certificate when the new one arrives?", "en"],
  ["should we revoke our old seal after renewal", "en"],
  ["does the previous certificate need to be revoked once we renew?", "en"],
];

const revocation: [string, "tr" | "en"][] = [
  ["eski kartımız kayboldu iptal etmemiz gerekir mi", "tr"],
  ["eski kartımızı iptal etmek istiyoruz", "tr"],
  ["yeni kart gelmeden eskisi çalındı, iptal edin", "tr"],
  ["our old card was stolen, do we need to revoke it?", "en"],
];

describe("whether the old certificate must be revoked at renewal", () => {
  it.each(asked)("%j is no revocation", (text, locale) => {
    expect(topIntent(understand(foldTurkish(text), locale))).not.toBe("revoke");
  });

  it.each(asked)("%j: no revocation is needed, none started", async (text, locale) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(text);
    expect(reply).not.toMatch(
      /kimliğinizi doğrulamamız gerekiyor|verify your identity|seri numarasını|serial number/,
    );
    expect(reply).toMatch(locale === "tr" ? /iptal ettirmeniz gerekmez/ : /no need to revoke/);
  });

  it.each(revocation)("%j: still the revocation", (text, locale) => {
    expect(topIntent(understand(foldTurkish(text), locale))).toBe("revoke");
  });
});
