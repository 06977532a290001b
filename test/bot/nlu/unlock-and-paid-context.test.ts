/**
 * Neighbours of the paid-twice, broken-card and unlock classes: a payment told as context before an
 * order-status question stays order_status; a card feared damaged while still on its way stays
 * delivery; the online unlock asked by where to go is pin_locked (R4.2), not our address; a payment
 * retried after a failure that went through both times is refund (R6.3).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("paid, damaged, unlock: the neighbours", () => {
  it.each([
    ["ödeme yaptık siparişimiz ne durumda", "tr", "order_status"],
    ["kart kargoda kırılmış olabilir mi, paket nerede", "tr", "delivery"],
    ["kilidi açmak için hangi adrese gideceğiz", "tr", "pin_locked"],
    ["hata aldık tekrar ödedik, ikisi de geçmiş", "tr", "refund"],
    ["the payment failed so we paid again, both went through", "en", "refund"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
