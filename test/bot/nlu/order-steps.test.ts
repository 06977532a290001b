/** Order status shows translated step and delivery names, never raw codes ("appointment_set", "shipped"). */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("order status texts", () => {
  it.each([
    ["tr", "randevu verildi", "Kargoda."],
    ["en", "appointment set", "With the courier."],
  ] as const)("%s: names the last step and the delivery in words", async (locale, step, delivery) => {
    const { chat, ra } = await setup({ locale });
    ra.orders.set("MM1234567890", {
      input: {} as never,
      view: {
        orderNo: "MM1234567890",
        medium: "hsm",
        status: "in_production",
        amountKurus: 1_200_000,
        paid: true,
        steps: [
          { step: "instructions_sent", at: new Date("2026-11-20T09:00:00Z") },
          { step: "appointment_set", at: new Date("2026-11-21T09:00:00Z") },
        ],
        delivery: { status: "shipped", trackingNo: "TR123" },
      },
    });
    // the order number inside the question is looked up at once
    const answer = await chat.say(
      locale === "tr" ? "MM1234567890 siparişim ne durumda" : "status of order MM1234567890",
    );
    expect(answer).toContain(step);
    expect(answer).toContain(delivery);
    expect(answer).not.toMatch(/appointment_set|instructions_sent|\bshipped\b/);
  });
});
