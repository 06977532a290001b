/**
 * An application or order already made, and its progress asked ("iki hafta önce başvurduk bir
 * gelişme var mı", "başvurum işleme alındı mı", "we applied, any news", "has our order been
 * approved"): order_status, not applying or what comes before it. Applying again or cancelling is
 * not this class.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("applied, and any news", () => {
  it.each([
    ["geçen ay başvurmuştuk, bir haber var mı", "tr"],
    ["başvurumuz işleme konuldu mu", "tr"],
    ["başvuru yaptık süreç nasıl ilerliyor", "tr"],
    ["üç gün önce başvurduk herhangi bir gelişme var mı", "tr"],
    ["başvurumuz onaylandı mı acaba", "tr"],
    ["siparişimiz işleme alınmış mı", "tr"],
    ["başvuru yaptık hala dönüş yok, ne oldu", "tr"],
    ["we submitted the application on monday, any progress", "en"],
    ["has our order been approved yet", "en"],
  ] as const)("%s (%s) → order_status", (text, locale) => {
    expect(intentOf(text, locale)).toBe("order_status");
  });

  it.each([
    ["başvurdum ama vazgeçtim, iptal edin", "tr", "cancel_application"],
    ["başvuru yapmak istiyorum", "tr", "apply"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
