/**
 * `/mm durum <sipariş no>` and `/mm basvuru <sipariş no>` said "durum: üretimde" for an HSM order
 * all through its R3.3.4 workflow, while it was waiting for the firm's preparation, for the
 * installation appointment or for the service report. The head line now says the state by the
 * workflow's last step (adapters/slack/hsm-order-state.ts), in the console's language; a card order
 * and an HSM order not yet posted keep their status.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { orderStateText } from "../../../adapters/slack/hsm-order-state.ts";
import type { OrderStatusView } from "../../../core/ra/registration-authority.ts";
import { testDialects } from "../../helpers/databases.ts";
import { submitHsmModal } from "../../helpers/hsm-modal.ts";
import {
  paidHsmOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm durum and /mm basvuru: an HSM order's state by its workflow's last step", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidHsmOrder(s, "pos-hsm-state");
  });
  afterAll(async () => s?.dispose());

  /** The head line of both commands for the order (the same line in each). */
  async function heads(): Promise<string[]> {
    const out: string[] = [];
    for (const command of [`/mm durum ${orderNo}`, `/mm basvuru ${orderNo}`]) {
      const text = await s.agent.runCommand(command);
      const head = text.split("\n").find((l) => l.includes(`Sipariş ${orderNo}`));
      expect(head, command).toBeDefined();
      out.push(head!);
    }
    return out;
  }

  const advance = (step: "firm_ready" | "loaded_on_hsm" | "service_report_signed" | "invoice_sent") =>
    s.harness.ra.production.advanceHsm({
      orderNo,
      step,
      actor: "agent:U1",
      ...(step === "loaded_on_hsm" ? { hsmTokenUri: "softkey:firm-hsm-state" } : {}),
      ...(step === "service_report_signed" ? { reportCopies: 2 } : {}),
    });

  it("instructions sent: waiting for the firm's preparation, never 'üretimde'", async () => {
    for (const head of await heads()) {
      expect(head).toContain("durum: firmanın HSM hazırlığı bekleniyor");
      expect(head).not.toContain("üretimde");
    }
  });

  it("the firm reported ready: an appointment is to be given", async () => {
    await advance("firm_ready");
    for (const head of await heads()) {
      expect(head).toContain("durum: firma HSM'sini hazırladı");
      expect(head).not.toContain("üretimde");
    }
  });

  it("appointment given: its date in Istanbul time", async () => {
    expect(await submitHsmModal(s, `${orderNo}:appointment_set`, "15.12.2026 10:00")).toEqual({});
    for (const head of await heads()) {
      expect(head).toContain("durum: kurulum randevusu 15.12.2026 10:00");
      expect(head).not.toContain("üretimde");
    }
  });

  it("installation done: the service report is awaited, then the invoice; at last completed", async () => {
    await advance("loaded_on_hsm");
    for (const head of await heads()) {
      expect(head).toContain("durum: kurulum yapıldı, sertifika HSM'de");
      expect(head).not.toContain("üretildi");
    }
    await advance("service_report_signed");
    for (const head of await heads())
      expect(head).toContain("durum: hizmet gerçekleştirme tutanağı imzalandı");
    await advance("invoice_sent");
    for (const head of await heads()) expect(head).toContain("durum: tamamlandı");
  });
});

describe("orderStateText in both console languages", () => {
  const at = new Date("2026-11-25T07:00:00Z");
  const order = (over: Partial<OrderStatusView>): OrderStatusView => ({
    orderNo: "MM2611250001",
    medium: "hsm",
    status: "in_production",
    amountKurus: 100,
    paid: true,
    steps: [],
    ...over,
  });
  const steps = (...names: string[]) => [
    { step: "payment_posted", at },
    ...names.map((step) => ({ step, at })),
  ];

  it("Turkish and English name each step's state; card orders and other statuses keep theirs", async () => {
    const translator = await createTranslator();
    const tr = translator.getFixedT("tr", "slack");
    const en = translator.getFixedT("en", "slack");
    const cases: [Partial<OrderStatusView>, string, string][] = [
      [
        { steps: steps() },
        "ödendi, hazırlık talimatı henüz gönderilmedi",
        "paid, preparation instructions not sent yet",
      ],
      [
        { steps: steps("instructions_sent") },
        "firmanın HSM hazırlığı bekleniyor",
        "waiting for the firm to prepare its HSM",
      ],
      [
        { steps: steps("instructions_sent", "firm_ready") },
        "firma HSM'sini hazırladı",
        "firm's HSM prepared",
      ],
      [
        {
          steps: steps("instructions_sent", "firm_ready", "appointment_set"),
          appointmentAt: new Date("2026-12-15T07:00:00Z"),
        },
        "kurulum randevusu 15.12.2026 10:00",
        "installation appointment on 15.12.2026 10:00",
      ],
      [
        {
          status: "produced",
          steps: steps("instructions_sent", "firm_ready", "appointment_set", "loaded_on_hsm"),
        },
        "kurulum yapıldı, sertifika HSM'de",
        "installed, certificate on the HSM",
      ],
      [
        {
          status: "produced",
          steps: steps(
            "instructions_sent",
            "firm_ready",
            "appointment_set",
            "loaded_on_hsm",
            "service_report_signed",
          ),
        },
        "hizmet gerçekleştirme tutanağı imzalandı",
        "service report signed",
      ],
      [{ medium: "card", steps: steps() }, "üretimde", "in production"],
      [{ status: "paid", steps: [] }, "ödendi", "paid"],
      [{ status: "awaiting_payment", paid: false, steps: [] }, "ödeme bekleniyor", "awaiting payment"],
    ];
    for (const [over, trText, enText] of cases) {
      const o = order(over);
      expect(orderStateText(tr, o), JSON.stringify(over)).toBe(trText);
      expect(orderStateText(en, o), JSON.stringify(over)).toBe(enText);
    }
  });
});
