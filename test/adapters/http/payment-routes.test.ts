import { describe, expect, it } from "vitest";
import { usePaymentDoor } from "../../helpers/payment-door.ts";
import { cardApplication, testPrices } from "../../helpers/ra-harness.ts";

describe("POST /api/payments (R3.2 payment provider notices)", () => {
  const { h, post } = usePaymentDoor();

  it("records a virtual POS payment, answers a repeated notice the same, refuses a second payment with 409", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const notice = { orderNo, channel: "sanalpos", providerRef: "pos-http-1", amountKurus: testPrices.card };
    const first = await post(notice);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ orderNo, posted: true, created: true });
    expect(await (await post(notice)).json()).toMatchObject({ created: false });
    const second = await post({ ...notice, providerRef: "pos-http-2" });
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ error: { code: "already_paid", message: expect.any(String) } });
    expect((await h.ra.orderStatus(orderNo))?.status).toBe("produced");
  });

  it("refuses a wrong token (401), bad JSON (400), an unknown order (404) and a wrong amount (400), recording nothing", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    expect((await post({ orderNo }, "wrong")).status).toBe(401);
    const garbage = await post("{not json");
    expect(garbage.status).toBe(400);
    expect(await garbage.text()).not.toMatch(/at .*\.ts/);
    expect(
      (await post({ orderNo: "MM0000000000", channel: "ziraat", providerRef: "zb-http", amountKurus: 1 }))
        .status,
    ).toBe(404);
    const wrong = await post({ orderNo, channel: "ziraat", providerRef: "zb-http", amountKurus: 1 });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("amount_mismatch");
    // the right values in the wrong JSON types are refused, not coerced
    const typed = [
      [{ amountKurus: String(testPrices.card) }, "invalid_amount"],
      [{ amountKurus: [testPrices.card] }, "invalid_amount"],
      [{ providerRef: 12345678 }, "invalid_provider_ref"],
      [{ orderNo: Number(orderNo.slice(2)) }, "invalid_order_no"],
    ] as const;
    for (const [override, code] of typed) {
      const res = await post({
        orderNo,
        channel: "sanalpos",
        providerRef: "pos-types",
        amountKurus: testPrices.card,
        ...override,
      });
      expect(res.status, JSON.stringify(override)).toBeGreaterThanOrEqual(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
    expect(await h.database.db.payment.count()).toBe(0);
  });
});
