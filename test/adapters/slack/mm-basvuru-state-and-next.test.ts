/**
 * `/mm basvuru` for an HSM order showed a state and a "Sonraki adım" line saying nearly the same
 * thing ("durum: firma hazır, randevu verilecek" over "Sonraki adım: *randevu verildi*", "tutanak
 * imzalandı, fatura gönderilecek" over "*fatura gönderildi*", "durum: tamamlandı" over "HSM iş akışı
 * tamamlandı."), the next step even named in the past tense. Now the head line says where the order
 * stands and the next line what the agent does next, as an action; a completed order shows its state
 * only, as a card order does. An HSM order whose bank payment has not posted, or refunded, offers no
 * step button (core refuses every step then).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { hsmApplication } from "../../helpers/ra-harness.ts";
import {
  paidHsmOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

/** The head line's state and the next-step line of a `/mm basvuru` answer. */
function read(text: string, orderNo: string): { state: string; next: string | undefined; text: string } {
  const head = text.split("\n").find((l) => l.includes(`Sipariş ${orderNo}`)) ?? "";
  const state = /durum: (.*)$/.exec(head)?.[1] ?? "";
  const next = /^Sonraki adım \(R3\.3\.4\): \*(.*)\*$/m.exec(text)?.[1];
  return { state, next, text };
}

/** Words of four letters or more (the content words) of a Turkish line, lower-cased. */
const words = (s: string) => new Set(s.toLocaleLowerCase("tr").match(/\p{L}{4,}/gu) ?? []);

describe("/mm basvuru: one state, one next step, never the same thing twice", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidHsmOrder(s, "pos-state-next");
  });
  afterAll(async () => s?.dispose());

  const basvuru = async () => read(await s.agent.runCommand(`/mm basvuru ${orderNo}`), orderNo);
  const advance = (step: "firm_ready" | "appointment_set" | "loaded_on_hsm" | "service_report_signed") =>
    s.harness.ra.production.advanceHsm({
      orderNo,
      step,
      actor: "agent:U1",
      ...(step === "appointment_set" ? { appointmentAt: new Date("2026-12-15T07:00:00Z") } : {}),
      ...(step === "loaded_on_hsm" ? { hsmTokenUri: "softkey:firm-state-next" } : {}),
      ...(step === "service_report_signed" ? { reportCopies: 2 } : {}),
    });

  it("each step: the state is where the order stands, the next step an action that shares no word with it", async () => {
    const expected: [string | undefined, string, string][] = [
      [undefined, "firmanın HSM hazırlığı bekleniyor", "firma HSM'sini hazırladığını bildirince kaydedin"],
      ["firm_ready", "firma HSM'sini hazırladı", "firmayla kurulum randevusunu belirleyin"],
      [
        "appointment_set",
        "kurulum randevusu 15.12.2026 10:00",
        "kurulumda sertifikayı firmanın HSM'sine yükleyin",
      ],
      [
        "loaded_on_hsm",
        "kurulum yapıldı, sertifika HSM'de",
        "hizmet gerçekleştirme tutanağını iki nüsha imzalatın",
      ],
      ["service_report_signed", "hizmet gerçekleştirme tutanağı imzalandı", "faturayı gönderin"],
    ];
    for (const [step, state, next] of expected) {
      if (step) await advance(step as never);
      const seen = await basvuru();
      expect(seen.state, step).toBe(state);
      expect(seen.next, step).toBe(next);
      // "randevu verilecek" over "randevu verildi", "fatura gönderilecek" over "fatura gönderildi"
      expect(seen.state, step).not.toMatch(/ecek|acak|bekleniyor.*\(|, .*(verilecek|gönderilecek)/u);
      expect(seen.text, step).not.toContain("tutanak imzalandı, fatura gönderilecek");
    }
  });

  it("completed: the state alone, as a card order's view", async () => {
    await s.harness.ra.production.advanceHsm({ orderNo, step: "invoice_sent", actor: "agent:U1" });
    const seen = await basvuru();
    expect(seen.state).toBe("tamamlandı");
    expect(seen.next).toBeUndefined();
    expect(seen.text).not.toContain("iş akışı tamamlandı");
  });

  it("the state and the action of every step differ in their content words", async () => {
    // the same check over the texts themselves, so that a later rewording keeps them apart
    const { createTranslator } = await import("../../../adapters/i18n/translator.ts");
    const translator = await createTranslator();
    for (const lng of ["tr", "en"]) {
      const t = translator.getFixedT(lng, "slack");
      const pairs: [string, string][] = [
        ["instructions_sent", "firm_ready"],
        ["firm_ready", "appointment_set"],
        ["loaded_on_hsm", "service_report_signed"],
        ["service_report_signed", "invoice_sent"],
      ];
      for (const [last, next] of pairs) {
        const state = t(`order.hsm_state_${last}`);
        const action = t(`hsm.next_${next}`);
        expect(action, `${lng} ${next}`).not.toBe(`hsm.next_${next}`);
        const shared = [...words(state)].filter((w) => words(action).has(w) && !/^(firm|hsm)/u.test(w));
        expect(shared, `${lng}: '${state}' / '${action}'`).toEqual([]);
      }
    }
  });

  it("an HSM order whose bank payment has not posted, and a refunded one, offer no step", async () => {
    const { orderNo: bank } = await s.harness.ra.submitApplication(
      hsmApplication({ idNumber: "6180884538" }),
    );
    const due = (await s.harness.ra.orderStatus(bank))!.amountKurus;
    await s.harness.ra.payments.record({
      orderNo: bank,
      channel: "ziraat",
      providerRef: "ZB-1",
      amountKurus: due,
    });
    const pending = await s.agent.command(`/mm basvuru ${bank}`);
    const pendingText = read(await s.agent.runCommand(`/mm basvuru ${bank}`), bank);
    expect(pendingText.next).toBeUndefined();
    expect(pendingText.text).toContain("ödeme yansıdıktan sonra başlar");
    expect(JSON.stringify(pending)).not.toContain("mm_hsm_step");

    await s.harness.ra.payments.refund({ orderNo: bank, reason: "customer_request", actor: "agent:U1" });
    const refunded = read(await s.agent.runCommand(`/mm basvuru ${bank}`), bank);
    expect(refunded.state).toBe("iade edildi");
    expect(refunded.next).toBeUndefined();
    expect(refunded.text).not.toContain("iş akışı tamamlandı");
  });
});
