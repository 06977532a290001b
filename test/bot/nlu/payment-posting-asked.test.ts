/**
 * "We paid by bank transfer yesterday, when will it show?" got the certificate status question (then
 * every later answer asked for a serial), "we transferred the money this morning, when will the
 * payment be reflected?" the refund, "I paid yesterday how long until it shows up" a choice between
 * the certificate and the order. A payment made and when it will be seen asked is the payment's
 * topic (R3.2: bank payments are reflected one business day later), in Turkish as in English; the
 * money asked back or paid twice stays the refund.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { topIntent, understand } from "../../../bot/nlu/understand.ts";
import { setup } from "../harness.ts";

const asked: [string, "tr" | "en"][] = [
  ["we paid by bank transfer yesterday, when will it show?", "en"],
  ["we transferred the money this morning, when will the payment be reflected?", "en"],
  ["I paid yesterday how long until it shows up", "en"],
  ["havale yaptık ne zaman yansır", "tr"],
  ["dün ödedik ne zaman görünür", "tr"],
  ["eft yaptık ne zaman onaylanır", "tr"],
];

describe("when a payment made will be seen", () => {
  it.each(asked)("%j is the payment's topic", (text, locale) => {
    expect(topIntent(understand(foldTurkish(text), locale))).toBe("payment");
  });

  it.each(asked)("%j: a business day later, no serial asked", async (text, locale) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(text);
    expect(reply).toMatch(locale === "tr" ? /bir iş günü sonra/ : /one business day later/);
    expect(reply).not.toMatch(/seri numarasını|serial number/);
  });

  it.each([
    ["ödedik ama ödenmedi yazıyor paramızı iade edin", "tr"],
    ["iki kere ödedik ödenmedi görünüyor", "tr"],
    ["we paid twice and it still shows unpaid", "en"],
  ] as const)("%j is still the refund", (text, locale) => {
    expect(topIntent(understand(foldTurkish(text), locale))).toBe("refund");
  });
});
