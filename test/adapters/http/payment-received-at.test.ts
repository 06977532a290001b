/**
 * Tester: `POST /api/payments` took a receivedAt of 2020-01-01 for an order created today (200, postsAt
 * 2020). A payment received before the order existed (beyond 5 minutes of clock skew) is refused with a
 * coded 400 and records nothing; one a little before, within the skew, is taken.
 */
import { describe, expect, it } from "vitest";
import { usePaymentDoor } from "../../helpers/payment-door.ts";
import { cardApplication, testPrices } from "../../helpers/ra-harness.ts";

describe("POST /api/payments: receivedAt before the order", () => {
  const { h, post } = usePaymentDoor();

  it("2020-01-01 for an order created now is 400 invalid_received_at and records nothing", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const res = await post({
      orderNo,
      channel: "vakifbank",
      providerRef: "vb-old-1",
      amountKurus: testPrices.card,
      receivedAt: "2020-01-01T10:00:00Z",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid_received_at", message: expect.any(String) } });
    expect((await h.ra.orderStatus(orderNo))?.status).toBe("awaiting_payment");
  });

  it("ten minutes before the order is refused, two minutes before (clock skew) is taken", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const created = h.deps.clock.now().getTime();
    const notice = { orderNo, channel: "vakifbank", amountKurus: testPrices.card };
    const early = await post({
      ...notice,
      providerRef: "vb-old-2",
      receivedAt: new Date(created - 10 * 60_000).toISOString(),
    });
    expect(early.status).toBe(400);
    const skewed = await post({
      ...notice,
      providerRef: "vb-old-3",
      receivedAt: new Date(created - 2 * 60_000).toISOString(),
    });
    expect(skewed.status).toBe(200);
  });
});
