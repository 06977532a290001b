/**
 * The renewal itself asked at the end, after the end date or someone else's seal was told
 * ("süresi ne zaman bitiyor bilmiyoruz, yenilememiz gerekiyor mu", "muhasebecisi olduğum firmanın
 * mührü bitiyor, yenilemeyi ben yapabilir miyim", "is it time to renew"): renewal (R8), not the
 * status or a new application. The renewal's price or a contact change is not this class.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the renewal asked at the end", () => {
  it.each([
    ["sertifikamız hangi tarihte bitiyor bilmiyorum, yenilemek gerekiyor mu", "tr"],
    ["danışmanı olduğum şirketin mühürü bitmek üzere, yenileme işlemini ben yapabilir miyim", "tr"],
    ["mühürü 2023 başında almıştık, yenileme vakti geldi mi", "tr"],
    ["we bought the seal in 2023, is it time to renew it", "en"],
    ["I manage the seal of a client whose certificate ends soon, may I renew it for them", "en"],
  ] as const)("%s (%s) → renewal", (text, locale) => {
    expect(intentOf(text, locale)).toBe("renewal");
  });

  it.each([
    ["süresi doluyor, yenileme ücreti ne kadar", "tr", "prices"],
    ["sertifikamız hangi tarihe kadar geçerli", "tr", "cert_status"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
