import { describe, expect, it } from "vitest";
import { ConflictError } from "../../../core/errors/domain-error.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, hsmApplication, testPrices } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

describe.each(testDialects)("payments and production on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);

  it("R3.2/R3.3.1: a virtual POS payment posts at once and the card is produced: two certificates, subscriber registered", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const paid = await h.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-1",
      amountKurus: testPrices.card,
    });
    expect(paid.posted).toBe(true);
    const status = await h.ra.orderStatus(orderNo);
    expect(status?.status).toBe("produced");
    expect(status?.steps.map((s) => s.step)).toEqual(["payment_posted", "certificate_issued"]);
    expect(status?.delivery?.status).toBe("preparing");
    const certificates = await h.engine.findByVkn("3230512384");
    expect(certificates.map((c) => c.kind).sort()).toEqual(["encr", "sign"]);
    expect(certificates[0]?.subjectCn).toBe("ÖRNEK BİLİŞİM ANONİM ŞİRKETİ");
    expect(await h.deps.subscribers.get("3230512384")).toMatchObject({ email: "bilgi@ornek.com.tr" });
    expect(h.outbox.to("bilgi@ornek.com.tr", "certificate_issued")).toHaveLength(1);
  });

  it("R3.2: a bank payment posts one business day later, by a scheduled job; production waits for it", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const paid = await h.ra.payments.record({
      orderNo,
      channel: "ziraat",
      providerRef: "zb-1",
      amountKurus: testPrices.card,
    });
    expect(paid.posted).toBe(false);
    expect(paid.postsAt.toISOString()).toBe("2026-11-26T06:00:00.000Z");
    const pending = await h.ra.orderStatus(orderNo);
    expect(pending).toMatchObject({ status: "paid", paid: true });
    expect(pending?.paymentPostsAt?.toISOString()).toBe("2026-11-26T06:00:00.000Z");
    expect(await h.engine.findByVkn("3230512384")).toHaveLength(0);
    const job = h.jobs.jobs.find((j) => j.kind === "payment_post");
    expect(job?.runAt.toISOString()).toBe("2026-11-26T06:00:00.000Z");
    h.clock.set(job!.runAt);
    await h.ra.jobHandlers().payment_post!(job!.payload);
    await h.ra.jobHandlers().payment_post!(job!.payload); // a repeated run changes nothing
    expect((await h.ra.orderStatus(orderNo))?.status).toBe("produced");
    expect(await h.engine.findByVkn("3230512384")).toHaveLength(2);
    expect(h.outbox.to("bilgi@ornek.com.tr", "payment_posted")).toHaveLength(1);
  });

  it("R3.2: a repeated provider callback records nothing new; a second payment for the order is refused", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const notice = {
      orderNo,
      channel: "vakifbank" as const,
      providerRef: "vb-1",
      amountKurus: testPrices.card,
    };
    const first = await h.ra.payments.record(notice);
    const again = await h.ra.payments.record(notice);
    expect(again).toMatchObject({ paymentId: first.paymentId, created: false });
    await expect(h.ra.payments.record({ ...notice, providerRef: "vb-2" })).rejects.toMatchObject({
      code: "already_paid",
    });
    expect(await h.database.db.payment.count()).toBe(1);
  });

  it("R3.2: a wrong amount, an unknown order or channel is refused and records nothing", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    await expect(
      h.ra.payments.record({ orderNo, channel: "sanalpos", providerRef: "pos-001", amountKurus: 100 }),
    ).rejects.toMatchObject({ code: "amount_mismatch" });
    await expect(
      h.ra.payments.record({
        orderNo: "MM0000000000",
        channel: "sanalpos",
        providerRef: "pos-002",
        amountKurus: 100,
      }),
    ).rejects.toMatchObject({ code: "unknown_order" });
    await expect(
      h.ra.payments.record({
        orderNo,
        channel: "paypal" as never,
        providerRef: "pos-003",
        amountKurus: testPrices.card,
      }),
    ).rejects.toMatchObject({ code: "invalid_payment_channel" });
    expect(await h.database.db.payment.count()).toBe(0);
  });

  it("R3.2: a payment received in the future (past a clock skew of minutes) is refused and locks nothing", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const now = h.clock.now().getTime();
    for (const receivedAt of [new Date("2099-01-01T00:00:00Z"), new Date(now + 10 * 60_000)]) {
      await expect(
        h.ra.payments.record({
          orderNo,
          channel: "sanalpos",
          providerRef: `pos-future-${receivedAt.getTime()}`,
          amountKurus: testPrices.card,
          receivedAt,
        }),
      ).rejects.toMatchObject({ code: "invalid_received_at" });
    }
    expect(await h.database.db.payment.count()).toBe(0);
    // a bank's clock a little ahead of ours is no reason to refuse: the real notice still posts
    const paid = await h.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-real",
      amountKurus: testPrices.card,
      receivedAt: new Date(now + 60_000),
    });
    expect(paid.created).toBe(true);
  });

  it("R6.3: no refund for a produced certificate except for a CA error; before production a refund is allowed", async () => {
    const produced = await h.ra.submitApplication(cardApplication());
    await h.ra.payments.record({
      orderNo: produced.orderNo,
      channel: "sanalpos",
      providerRef: "pos-9",
      amountKurus: testPrices.card,
    });
    await expect(
      h.ra.payments.refund({ orderNo: produced.orderNo, reason: "customer_request", actor: "agent:U1" }),
    ).rejects.toMatchObject({ code: "refund_not_allowed" });
    const refunded = await h.ra.payments.refund({
      orderNo: produced.orderNo,
      reason: "ca_error",
      actor: "agent:U1",
    });
    expect(refunded.refundReason).toBe("ca_error");
    await expect(
      h.ra.payments.refund({ orderNo: produced.orderNo, reason: "ca_error", actor: "agent:U1" }),
    ).rejects.toBeInstanceOf(ConflictError);
    const waiting = await h.ra.submitApplication(cardApplication({ idNumber: "4540536920" }));
    await h.ra.payments.record({
      orderNo: waiting.orderNo,
      channel: "ziraat",
      providerRef: "zb-9",
      amountKurus: testPrices.card,
    });
    await h.ra.payments.refund({ orderNo: waiting.orderNo, reason: "customer_request", actor: "agent:U1" });
    expect((await h.ra.orderStatus(waiting.orderNo))?.status).toBe("refunded");
  });

  it("R3.3.4: the HSM workflow runs in the seed's order, each step with actor and time; the certificate is made on the firm's HSM", async () => {
    const { orderNo, amountKurus } = await h.ra.submitApplication(hsmApplication());
    await h.ra.payments.record({ orderNo, channel: "sanalpos", providerRef: "pos-h", amountKurus });
    expect(h.outbox.to("bilgi@ornek.com.tr", "hsm_instructions")).toHaveLength(1);
    await expect(
      h.ra.production.advanceHsm({
        orderNo,
        step: "appointment_set",
        actor: "agent:U1",
        appointmentAt: new Date("2026-12-01T07:00:00Z"),
      }),
    ).rejects.toMatchObject({ code: "step_out_of_order" });
    await h.ra.production.advanceHsm({ orderNo, step: "firm_ready", actor: "agent:U1" });
    await expect(
      h.ra.production.advanceHsm({
        orderNo,
        step: "appointment_set",
        actor: "agent:U1",
        appointmentAt: new Date("2026-01-01T07:00:00Z"),
      }),
    ).rejects.toMatchObject({ code: "invalid_appointment" });
    await h.ra.production.advanceHsm({
      orderNo,
      step: "appointment_set",
      actor: "agent:U1",
      appointmentAt: new Date("2026-12-01T07:00:00Z"),
    });
    h.clock.set("2026-12-01T08:00:00Z");
    await h.ra.production.advanceHsm({
      orderNo,
      step: "loaded_on_hsm",
      actor: "agent:U2",
      hsmTokenUri: "softkey:hsm-firm-1",
    });
    expect(await h.engine.findByVkn("3230512384")).toHaveLength(2);
    await expect(
      h.ra.production.advanceHsm({
        orderNo,
        step: "service_report_signed",
        actor: "agent:U2",
        reportCopies: 1,
      }),
    ).rejects.toMatchObject({ code: "report_needs_two_copies" });
    await h.ra.production.advanceHsm({
      orderNo,
      step: "service_report_signed",
      actor: "agent:U2",
      reportCopies: 2,
    });
    const last = await h.ra.production.advanceHsm({ orderNo, step: "invoice_sent", actor: "agent:U1" });
    expect(last.status).toBe("completed");
    const steps = await h.deps.production.steps((await h.deps.applications.byOrderNo(orderNo))!.id);
    expect(steps.map((s) => s.step)).toEqual([
      "payment_posted",
      "instructions_sent",
      "firm_ready",
      "appointment_set",
      "loaded_on_hsm",
      "service_report_signed",
      "invoice_sent",
    ]);
    expect(steps.find((s) => s.step === "loaded_on_hsm")).toMatchObject({
      actor: "agent:U2",
      at: new Date("2026-12-01T08:00:00Z"),
    });
    expect(h.outbox.to("bilgi@ornek.com.tr", "invoice_sent")).toHaveLength(1);
  });

  it("R3.3: no HSM step, least of all the issuance, is recorded before the payment has posted (tester, session 16)", async () => {
    const { orderNo, amountKurus } = await h.ra.submitApplication(hsmApplication());
    const step = (s: "instructions_sent" | "firm_ready" | "loaded_on_hsm") =>
      h.ra.production.advanceHsm({ orderNo, step: s, actor: "cli", hsmTokenUri: "softkey:hsm-unpaid" });
    await expect(step("instructions_sent")).rejects.toMatchObject({ code: "not_paid" });
    await expect(step("loaded_on_hsm")).rejects.toMatchObject({ code: "not_paid" });
    // a bank notice is in, but the money posts the next business day: still not
    await h.ra.payments.record({ orderNo, channel: "ziraat", providerRef: "zr-unpaid", amountKurus });
    await expect(step("firm_ready")).rejects.toMatchObject({ code: "not_paid" });
    expect(await h.engine.findByVkn("3230512384")).toHaveLength(0);
    const order = await h.ra.orderStatus(orderNo);
    expect(order?.steps.map((s) => s.step)).not.toContain("firm_ready");
    expect(order?.steps.map((s) => s.step)).not.toContain("loaded_on_hsm");
  });

  it("R3.3.1/R3.3.2: a card ships with tracking; a proxy needs a notarised power of attorney, a petition the imza sirküleri", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    await expect(h.ra.delivery.ship({ orderNo, trackingNo: "TR123456", actor: "ops" })).rejects.toMatchObject(
      { code: "not_ready_to_ship" },
    );
    await h.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-d",
      amountKurus: testPrices.card,
    });
    await h.ra.delivery.ship({ orderNo, trackingNo: "TR123456", actor: "ops" });
    expect((await h.ra.orderStatus(orderNo))?.delivery).toEqual({
      status: "shipped",
      trackingNo: "TR123456",
    });
    await expect(
      h.ra.delivery.deliver({
        orderNo,
        recipientKind: "proxy",
        recipientName: "Veli Vekil",
        documents: [],
        actor: "courier",
      }),
    ).rejects.toMatchObject({ code: "missing_documents" });
    await expect(
      h.ra.delivery.deliver({
        orderNo,
        recipientKind: "petition",
        recipientName: "Can Çalışan",
        documents: ["delivery_petition", "imza_sirkuleri"],
        actor: "courier",
      }),
    ).rejects.toMatchObject({ code: "petition_writer_not_in_imza_sirkuleri" });
    const done = await h.ra.delivery.deliver({
      orderNo,
      recipientKind: "petition",
      recipientName: "Can Çalışan",
      documents: ["delivery_petition", "imza_sirkuleri"],
      petitionWriterInImzaSirkuleri: true,
      actor: "courier",
    });
    expect(done).toMatchObject({ status: "delivered", recipientKind: "petition" });
    expect((await h.ra.orderStatus(orderNo))?.status).toBe("delivered");
  });
});

describe.each(testDialects)("renewal on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);

  it("R8.1/R8.3: renewal is a new application; once paid the new certificate is produced at once, valid from that moment for 3 years", async () => {
    const first = await h.ra.submitApplication(cardApplication());
    await h.ra.payments.record({
      orderNo: first.orderNo,
      channel: "sanalpos",
      providerRef: "pos-r1",
      amountKurus: testPrices.card,
    });
    const old = (await h.engine.findByVkn("3230512384")).find((c) => c.kind === "sign")!;
    await expect(
      h.ra.submitApplication(cardApplication({ idNumber: "4540536920", renewalOf: old.serial })),
    ).rejects.toMatchObject({ code: "invalid_renewal" });
    h.clock.set("2029-10-01T07:00:00Z");
    const renewal = await h.ra.submitApplication(cardApplication({ renewalOf: old.serial }));
    await h.ra.payments.record({
      orderNo: renewal.orderNo,
      channel: "sanalpos",
      providerRef: "pos-r2",
      amountKurus: testPrices.card,
    });
    const renewed = (await h.engine.findByVkn("3230512384")).filter(
      (c) => c.kind === "sign" && c.serial !== old.serial,
    );
    expect(renewed).toHaveLength(1);
    expect(renewed[0]?.notBefore.toISOString()).toBe("2029-10-01T07:00:00.000Z");
    expect(renewed[0]?.notAfter.toISOString()).toBe("2032-10-01T07:00:00.000Z");
    expect((await h.deps.applications.byOrderNo(renewal.orderNo))?.renewalOf).toBe(old.serial);
  });
});

describe.each(testDialects)("R3.3.1 production retries on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);

  it("a card token failure keeps the payment and the order; the produce_card job produces it later", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const engine = h.deps.certificates;
    h.deps.certificates = {
      ...engine,
      findBySerial: (s) => engine.findBySerial(s),
      findByVkn: (v) => engine.findByVkn(v),
      issueForOrder: async () => {
        throw new Error("token_missing: the card token is not present");
      },
    } as typeof engine;
    const paid = await h.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-fail",
      amountKurus: testPrices.card,
    });
    expect(paid.posted).toBe(true);
    expect((await h.ra.orderStatus(orderNo))?.status).toBe("in_production");
    h.deps.certificates = engine;
    const job = h.jobs.jobs.find((j) => j.kind === "produce_card")!;
    await h.ra.jobHandlers().produce_card!(job.payload);
    expect((await h.ra.orderStatus(orderNo))?.status).toBe("produced");
    expect(await engine.findByVkn("3230512384")).toHaveLength(2);
  });
});

describe.each(testDialects)("R3.3.1 production after a crash on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);

  it("a run interrupted after the step was written is completed by the job without a second step or mail", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const real = h.deps.production;
    let crash = true;
    h.deps.production = {
      ...real,
      steps: (id) => real.steps(id),
      addStep: (step) => real.addStep(step),
      delivery: (id) => real.delivery(id),
      saveDelivery: async (d) => {
        if (crash) throw new Error("process killed");
        return real.saveDelivery(d);
      },
    };
    await h.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-crash",
      amountKurus: testPrices.card,
    });
    expect((await h.ra.orderStatus(orderNo))?.status).toBe("in_production");
    crash = false;
    const job = h.jobs.jobs.find((j) => j.kind === "produce_card")!;
    await h.ra.jobHandlers().produce_card!(job.payload);
    await h.ra.jobHandlers().produce_card!(job.payload);
    const status = await h.ra.orderStatus(orderNo);
    expect(status?.status).toBe("produced");
    expect(status?.steps.filter((s) => s.step === "certificate_issued")).toHaveLength(1);
    expect(status?.delivery?.status).toBe("preparing");
    expect(h.outbox.to("bilgi@ornek.com.tr", "certificate_issued")).toHaveLength(1);
    expect(await h.engine.findByVkn("3230512384")).toHaveLength(2);
  });
});

describe.each(testDialects)("certificate profile from configuration on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);

  it("R3.3.1: with the QSeal profile configured, the card's signing certificate carries the QSeal statements", async () => {
    h.deps.config.profile = "qseal";
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    await h.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-qseal",
      amountKurus: testPrices.card,
    });
    const signing = (await h.engine.findByVkn("3230512384")).find((c) => c.kind === "sign")!;
    expect(signing.profile).toBe("qseal");
    const row = await h.database.db.certificate.findUnique({ where: { serial: signing.serial } });
    // id-pe-qcStatements (1.3.6.1.5.5.7.1.3) and QcType eseal (0.4.0.1862.1.6.2) in the DER.
    const der = Buffer.from(row!.certDer!);
    expect(der.includes(Buffer.from("2b06010505070103", "hex"))).toBe(true);
    expect(der.includes(Buffer.from("04008e46010602", "hex"))).toBe(true);
  });
});
