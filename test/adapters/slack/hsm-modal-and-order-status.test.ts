/**
 * The paths of the console the other tests left out: the HSM step modal (the button opens it with
 * `views.open`; its submission records the step or answers with the field's error) and
 * `/mm durum <sipariş no>` (order, payment, production and delivery).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { submitHsmModal } from "../../helpers/hsm-modal.ts";
import { cardApplication, testPrices } from "../../helpers/ra-harness.ts";
import {
  paidHsmOrder,
  pressButton,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";
import { slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm basvuru: the HSM step modal", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidHsmOrder(s, "pos-hsm-modal");
    await s.harness.ra.production.advanceHsm({ orderNo, step: "firm_ready", actor: "agent:U1" });
  });
  afterAll(async () => s?.dispose());

  /** Presses the step button as `user`; returns what Slack received. */
  async function pressStep(step: string, user = "U1", trigger = `trigger-${step}-${user}`) {
    const { res, before } = await pressButton(s, {
      user,
      actionId: "mm_hsm_step",
      value: `${orderNo}:${step}`,
      trigger,
    });
    expect(res.status).toBe(200);
    await s.fake.waitFor(() => s.fake.since(before).length > 0, 5_000); // auth.test is not an answer
    await new Promise((r) => setTimeout(r, 100));
    return s.fake.since(before);
  }

  /** Submits the modal as `user` with the typed value; returns Bolt's acknowledgement body. */
  const submit = (privateMetadata: string, typed: string, user = "U1") =>
    submitHsmModal(s, privateMetadata, typed, user);

  const steps = async () => (await s.harness.ra.orderStatus(orderNo))!.steps.map((x) => x.step);

  it("'Randevu ver' opens a modal with the pressed trigger, the order and step in its metadata", async () => {
    const calls = await pressStep("appointment_set", "U1", "trigger-appointment");
    const opened = calls.find((c) => c.method === "views.open");
    expect(opened?.args.trigger_id).toBe("trigger-appointment");
    const view = opened!.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(view.callback_id).toBe("mm_hsm_step_modal");
    expect(view.private_metadata).toBe(`${orderNo}:appointment_set`);
    expect(JSON.stringify(view.blocks)).toContain("GG.AA.YYYY SS:DD");
    // Opening the modal records nothing yet.
    expect(await steps()).not.toContain("appointment_set");
  });

  it("a submission with a malformed or past date is answered on the field and records nothing", async () => {
    for (const typed of ["yarın öğlen", "01.12.2020 10:00", ""]) {
      const ack = await submit(`${orderNo}:appointment_set`, typed);
      expect(ack.response_action, typed).toBe("errors");
      expect(ack.errors?.mm_hsm_input, typed).toContain("İleri bir randevu tarihi");
    }
    expect(await steps()).not.toContain("appointment_set");
  });

  it("a stranger's submission is refused on the field, audited, and records nothing", async () => {
    const ack = await submit(`${orderNo}:appointment_set`, "02.12.2026 10:30", "U9");
    expect(ack.response_action).toBe("errors");
    expect(ack.errors?.mm_hsm_input).toContain("yetkili");
    expect(s.audit).toContainEqual(
      expect.objectContaining({ actor: "slack:U9", action: "slack_access_refused", subject: "hsm_step" }),
    );
    expect(await steps()).not.toContain("appointment_set");
  });

  it("a valid date (Istanbul time) closes the modal and records the step by the agent; the firm is e-mailed", async () => {
    expect(await submit(`${orderNo}:appointment_set`, "02.12.2026 10:30")).toEqual({});
    const status = (await s.harness.ra.orderStatus(orderNo))!;
    const step = status.steps.find((x) => x.step === "appointment_set");
    expect(step).toBeDefined();
    expect(s.audit).toContainEqual(
      expect.objectContaining({ actor: "agent:U1", action: "hsm_appointment_set", subject: orderNo }),
    );
    const mails = s.harness.outbox.sent.filter((n) => n.template === "hsm_appointment");
    expect(mails).toHaveLength(1);
    expect(String(mails[0]!.params?.date)).toMatch(/10[.:]30/); // typed in Istanbul time, kept so
    // The same submission again is out of order now.
    const again = await submit(`${orderNo}:appointment_set`, "03.12.2026 10:30");
    expect(again.errors?.mm_hsm_input).toContain("sırası değil");
  });

  it("'HSM'ye yüklendi' opens the key-URI modal; a URI that is not pkcs11:/softkey: is refused; a good one issues the certificate", async () => {
    const calls = await pressStep("loaded_on_hsm");
    const view = calls.find((c) => c.method === "views.open")!.args.view as {
      private_metadata: string;
      blocks: unknown[];
    };
    expect(view.private_metadata).toBe(`${orderNo}:loaded_on_hsm`);
    expect(JSON.stringify(view.blocks)).toContain("pkcs11:");
    const bad = await submit(view.private_metadata, "https://hsm.ornek.com.tr/key");
    expect(bad.errors?.mm_hsm_input).toContain("anahtar URI");
    expect(await steps()).not.toContain("loaded_on_hsm");
    expect(await submit(view.private_metadata, "softkey:firm-hsm-1")).toEqual({});
    expect(await steps()).toContain("loaded_on_hsm");
    expect((await s.harness.engine.findByVkn("6180884538")).some((c) => c.kind === "sign")).toBe(true);
    expect(await s.agent.runCommand(`/mm basvuru ${orderNo}`)).toContain("Tutanak imzalandı");
    const grouped = `${orderNo.slice(0, 2)} ${orderNo.slice(2, 6)} ${orderNo.slice(6)}`;
    expect(await s.agent.runCommand(`/mm basvuru ${grouped}`)).toContain("Tutanak imzalandı");
    expect(await s.agent.runCommand(`/mm basvuru ${orderNo} ek`)).toContain("Kullanım");
  });
});

describe("/mm durum <sipariş no>", () => {
  let s: SlackConsoleStack;
  let paid: string;
  let unpaid: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    paid = (await s.harness.ra.submitApplication(cardApplication())).orderNo;
    await s.harness.ra.payments.record({
      orderNo: paid,
      channel: "sanalpos",
      providerRef: "pos-durum",
      amountKurus: testPrices.card,
    });
    unpaid = (
      await s.harness.ra.submitApplication(
        cardApplication({ idNumber: "6180884538", email: "it@lojistik.com.tr" }),
      )
    ).orderNo;
  });
  afterAll(async () => s?.dispose());

  it("a paid card order: the head with medium and status, payment received, its steps; audited with the order number", async () => {
    const text = await s.agent.runCommand(`/mm durum ${paid}`);
    expect(text).toContain(`Sipariş ${paid}`);
    expect(text).toContain("akıllı kart");
    expect(text).toContain("Ödeme: alındı.");
    expect(text).not.toContain("3230512384");
    expect(s.audit).toContainEqual(
      expect.objectContaining({ actor: "agent:U1", action: "agent_status_lookup", subject: paid }),
    );
  });

  it("an unpaid order shows the amount due; the number is read case-insensitively", async () => {
    const text = await s.agent.runCommand(`/mm durum ${unpaid.toLowerCase()}`);
    expect(text).toContain(`Sipariş ${unpaid}`);
    expect(text).toContain("ödeme bekleniyor");
    // written as the customer is told it, "1.750,00 TL", never "1750.00 TL" (console tester, round 21)
    expect(text).toMatch(/Ödeme: bekleniyor \(\d{1,3}(?:\.\d{3})*,\d{2} TL\)/);
    expect(text).not.toContain(`${(testPrices.card / 100).toFixed(2)} TL`);
  });

  it("durum <VKN> shows its certificates and its latest orders; a VKN with only an unpaid order shows that order", async () => {
    const firm = await s.agent.runCommand("/mm durum 3230512384");
    expect(firm).toContain("geçerli");
    expect(firm).toContain(`Sipariş ${paid}`);
    const waiting = await s.agent.runCommand("/mm durum 6180884538");
    expect(waiting).toContain("henüz üretilmiş bir sertifika yok");
    expect(waiting).toContain(`Sipariş ${unpaid}`);
    expect(waiting).toContain("ödeme bekleniyor");
    expect(waiting).not.toContain("6180884538");
  });

  it("an unknown order number is said so; a stranger gets nothing of it", async () => {
    expect(await s.agent.runCommand("/mm durum MM0000000000")).toContain(
      "MM0000000000 numaralı sipariş bulunamadı",
    );
    const before = s.fake.calls.length;
    const refused = await s.agent.runCommand(`/mm durum ${paid}`, "U9");
    expect(refused).toContain("yetkili");
    expect(refused).not.toContain(paid);
    expect(slackMessageText(s.fake.since(before).at(-1)!.args)).not.toContain("Ödeme");
  });
});
