/**
 * A refunded HSM order is closed (R6.3): the agents' console offers it no step, and core must
 * refuse one too, most of all `loaded_on_hsm`, which issues the certificate. Before, advanceHsm only
 * refused orders whose payment had not posted, so `mm order hsm-step` or a hand-built modal
 * submission recorded steps on a refunded order and could issue its certificate.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { hsmApplication } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

describe.each(testDialects)("HSM steps on a refunded order on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);

  it("are refused with order_refunded, record nothing and issue nothing", async () => {
    const { orderNo, amountKurus } = await h.ra.submitApplication(hsmApplication());
    await h.ra.payments.record({ orderNo, channel: "sanalpos", providerRef: "pos-r", amountKurus });
    await h.ra.production.advanceHsm({ orderNo, step: "firm_ready", actor: "agent:U1" });
    await h.ra.payments.refund({ orderNo, reason: "customer_request", actor: "agent:U1" });
    const id = (await h.deps.applications.byOrderNo(orderNo))!.id;
    const before = (await h.deps.production.steps(id)).map((s) => s.step);
    await expect(
      h.ra.production.advanceHsm({
        orderNo,
        step: "appointment_set",
        actor: "agent:U1",
        appointmentAt: new Date(h.clock.now().getTime() + 86_400_000),
      }),
    ).rejects.toMatchObject({ code: "order_refunded" });
    expect((await h.deps.production.steps(id)).map((s) => s.step)).toEqual(before);
    expect((await h.ra.orderStatus(orderNo))?.status).toBe("refunded");
    expect(await h.engine.findByVkn("3230512384")).toHaveLength(0);
  });
});
