/**
 * An HSM step modal submitted when its step was no longer next (another agent or an operator
 * recorded steps meanwhile) was answered "Bu adım sırası değil; sonraki adım: firm_ready." — the
 * step's internal code. The agent now reads the next step as what to do, as `/mm basvuru` names it,
 * and "yok, HSM iş akışı tamamlandı" once the workflow is complete.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { submitHsmModal } from "../../helpers/hsm-modal.ts";
import {
  paidHsmOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("HSM step out of order: the next step in words", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidHsmOrder(s, "pos-out-of-order");
  });
  afterAll(async () => s?.dispose());

  it("the firm's readiness is next: named as the action, never firm_ready", async () => {
    const ack = await submitHsmModal(s, `${orderNo}:loaded_on_hsm`, "softkey:firm-out-of-order");
    expect(ack.response_action).toBe("errors");
    expect(ack.errors?.mm_hsm_input).toContain(
      "sonraki adım: firma HSM'sini hazırladığını bildirince kaydedin",
    );
    expect(ack.errors?.mm_hsm_input).not.toMatch(/firm_ready|_/);
  });

  it("the workflow complete: 'yok, HSM iş akışı tamamlandı'", async () => {
    const advance = (step: string, extra: Record<string, unknown> = {}) =>
      s.harness.ra.production.advanceHsm({ orderNo, step: step as never, actor: "agent:U1", ...extra });
    await advance("firm_ready");
    await advance("appointment_set", { appointmentAt: new Date("2026-12-15T07:00:00Z") });
    await advance("loaded_on_hsm", { hsmTokenUri: "softkey:firm-out-of-order" });
    await advance("service_report_signed", { reportCopies: 2 });
    await advance("invoice_sent");
    const ack = await submitHsmModal(s, `${orderNo}:appointment_set`, "20.12.2026 10:00");
    expect(ack.errors?.mm_hsm_input).toContain("sonraki adım: yok, HSM iş akışı tamamlandı");
    expect(ack.errors?.mm_hsm_input).not.toContain("none");
  });
});
