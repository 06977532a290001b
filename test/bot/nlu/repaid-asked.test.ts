/**
 * Whether money will be paid back, asked by a verb that is only said of money ("geri ödenecek mi",
 * "hesabımıza geri yatırılır mı", "will it be paid back"), after a story of a cancelled application
 * or a charge: refund (R6.3), even with the money named further back. "Geri alınır mı" (also said of
 * a revocation) is not this class.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("paid back?", () => {
  it.each([
    ["siparişi iptal ettirdik fakat kartımızdan tutar çekildi, bu geri ödenecek mi", "tr"],
    ["başvurudan vazgeçtik, çekilen ücret hesabımıza geri yatırılır mı", "tr"],
    ["we cancelled the order but the card was charged, will that be paid back", "en"],
  ] as const)("%s (%s) → refund", (text, locale) => {
    expect(intentOf(text, locale)).toBe("refund");
  });

  it("a revocation asked back stays revoke_undo", () => {
    expect(intentOf("yanlışlıkla iptal ettik, geri alınır mı", "tr")).toBe("revoke_undo");
  });
});
