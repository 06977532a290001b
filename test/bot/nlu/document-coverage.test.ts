/**
 * Whether the one seal serves another e-document, asked ("does the e-seal work for e-archive too",
 * "can I use the seal for e-archive", "is the e-seal valid for e-ledger as well", "mühür e-defter
 * için de geçerli mi") got the delivery answer, the certificate status (a serial number asked for),
 * the invoice answer or "did you mean … revoke?". One certificate serves e-Fatura, e-Defter and
 * e-Arşiv alike (R1.1, R2.1): the before-applying answer says so. An error while signing, a status
 * asked with "still", a loss and an application wished stay their topics.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { setup } from "../harness.ts";

const coverage: [string, "tr" | "en"][] = [
  ["does the e-seal work for e-archive too", "en"],
  ["can I use the seal for e-archive", "en"],
  ["is the e-seal valid for e-ledger as well", "en"],
  ["can we use the same certificate for e-waybill", "en"],
  ["is it usable for e-archive invoices", "en"],
  ["will it work with e-invoice", "en"],
  ["mühür e-defter için de geçerli mi", "tr"],
  ["e-arşivde de çalışır mı", "tr"],
  ["e irsaliyede de kullanabilir miyiz", "tr"],
  ["ayni muhru e-arsiv icin de kullanabilir miyiz", "tr"],
];

const otherTopics: [string, "tr" | "en", string][] = [
  ["e-fatura imzalarken hata alıyorum", "tr", "troubleshoot"],
  ["e-fatura için mali mühür almamız gerekiyormuş, başvuruyu buradan yapabilir miyiz", "tr", "apply"],
  ["e-fatura kestiğimiz kart kayboldu", "tr", "revoke"],
  ["our seal doesn't work for e-invoice anymore, error 0x6983", "en", "troubleshoot"],
  ["e-defterde mühür ne için kullanılır", "tr", "about"],
  ["e-irsaliyede de mali mühür kullanılıyor mu", "tr", "about"],
];

describe("one seal for every e-document (R1.1, R2.1)", () => {
  it.each(coverage)("%j → before_apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("before_apply");
  });

  it.each(coverage)("%j: the answer says one certificate serves them all", async (text, locale) => {
    const { chat } = await setup({ locale });
    const answer = await chat.say(text);
    expect(answer).toMatch(locale === "tr" ? /tek sertifika/ : /one certificate serves/);
    expect(answer).not.toMatch(/seri numarasını|serial number|Şunu mu demek|Did you mean|kargo|courier/);
  });

  it.each([
    ["e-irsaliye için de geçerli mi bu", "tr", "e-İrsaliye"],
    ["can we use the seal for e-waybill too?", "en", "e-İrsaliye"],
  ] as const)("%j: the e-waybill asked is named in the answer (R1.1)", async (text, locale, named) => {
    const { chat } = await setup({ locale });
    expect(await chat.say(text)).toContain(named);
  });

  it.each(otherTopics)("%j stays %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
