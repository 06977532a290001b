/**
 * The HSM appointment date itself (console tester, round 21): `/mm basvuru` showed only when the
 * step was recorded, and the audit entry hsm_appointment_set had no details. The step line shows the
 * agreed date (adapters/slack/hsm-step-line.ts) and the audit entry carries it (an instant, no
 * personal data).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { stepLine } from "../../../adapters/slack/hsm-step-line.ts";
import { testDialects } from "../../helpers/databases.ts";
import { submitHsmModal } from "../../helpers/hsm-modal.ts";
import {
  paidHsmOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("the HSM appointment date, shown and audited", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidHsmOrder(s, "pos-hsm-shown");
    await s.harness.ra.production.advanceHsm({ orderNo, step: "firm_ready", actor: "agent:U1" });
    expect(await submitHsmModal(s, `${orderNo}:appointment_set`, "15.12.2026 10:00")).toEqual({});
  });
  afterAll(async () => s?.dispose());

  it("the audit entry hsm_appointment_set carries the agreed instant", () => {
    expect(s.audit).toContainEqual({
      actor: "agent:U1",
      action: "hsm_appointment_set",
      subject: orderNo,
      details: { appointmentAt: "2026-12-15T07:00:00.000Z" },
    });
    // the other steps' entries stay without details
    const ready = s.audit.find((e) => e.action === "hsm_firm_ready");
    expect(ready?.details).toBeUndefined();
  });

  it("the step line shows the appointment date and when it was recorded; other steps as before", async () => {
    const t = (await createTranslator()).getFixedT("tr", "slack");
    const order = (await s.harness.ra.orderStatus(orderNo))!;
    const lines = order.steps.map((x) => stepLine(t, x, order));
    expect(lines).toContain("• randevu verildi: 15.12.2026 10:00 — kaydedildi 25.11.2026 10:00");
    expect(lines).toContain("• firma hazır olduğunu bildirdi — 25.11.2026 10:00");
    const en = (await createTranslator()).getFixedT("en", "slack");
    expect(order.steps.map((x) => stepLine(en, x, order)).join("\n")).toContain(
      ": 15.12.2026 10:00 — recorded 25.11.2026 10:00",
    );
  });

  it("/mm basvuru and /mm durum show the agreed date in the order's step list", async () => {
    for (const command of [`/mm basvuru ${orderNo}`, `/mm durum ${orderNo}`])
      expect(await s.agent.runCommand(command)).toContain("randevu verildi: 15.12.2026 10:00 — kaydedildi");
  });
});
