/**
 * The seal's end told as a fact, near or just passed ("sertifikamın süresi bitiyor, ne yapmalıyım",
 * "geçerliliği ay sonunda sona eriyor", "my certificate is about to expire", "it runs out next
 * month, do we apply again"): that is the renewal (R8), not the status check it was taken for.
 * Asking when it ends or whether it has ended stays the status (R10.1).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the end of the seal told, not asked", () => {
  it.each([
    ["mühürümüzün geçerliliği ay sonunda sona eriyor", "tr"],
    ["sertifikanın süresi bitmek üzere ne yapacağız", "tr"],
    ["mali mühürün süresi geçiyor, şimdi ne yapmamız gerekiyor", "tr"],
    ["muhurun suresi bitiyo napcaz", "tr"],
    ["our e-seal is expiring soon", "en"],
    ["the certificate will expire in two weeks, what should we do", "en"],
    ["our seal runs out in december, do we have to apply again", "en"],
  ] as const)("%s (%s) → renewal", (text, locale) => {
    expect(intentOf(text, locale)).toBe("renewal");
  });

  it.each([
    ["sertifikamızın süresi ne zaman doluyor", "tr", "cert_status"],
    ["mühürümüz hangi tarihe kadar geçerli", "tr", "cert_status"],
    ["when does our certificate expire", "en", "cert_status"],
    ["süresi doluyor, yenileme ücreti ne kadar", "tr", "prices"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
