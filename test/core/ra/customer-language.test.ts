/**
 * An order's notifications keep the language of the conversation the application was made in, also
 * the ones written later by jobs and operators (payment posted, certificate produced, shipped, the
 * renewal reminders of its subscriber): the language is stored with the application and the
 * subscriber (migration 20261129180000_customer_language) on SQLite and PostgreSQL.
 */
import type { i18n } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotification } from "../../../adapters/db/notification-outbox.ts";
import { PrismaSubscriberContacts } from "../../../adapters/db/subscriber-contacts.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { sendRenewalReminders } from "../../../core/ra/renewal-reminders.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, testPrices } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

const quietLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe.each(testDialects)("the customer's language on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);
  let translator: i18n;
  beforeAll(async () => {
    translator = await createTranslator();
  });

  /** Applies, pays and ships a card order; returns the order number. */
  async function orderThrough(locale: "tr" | "en" | undefined) {
    const { orderNo } = await h.ra.submitApplication(cardApplication(locale ? { locale } : {}));
    await h.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: `pos-${locale}`,
      amountKurus: testPrices.card,
    });
    await h.ra.delivery.ship({ orderNo, trackingNo: "KRG987654", actor: "operator:test" });
    return orderNo;
  }

  const templates = ["application_received", "payment_posted", "certificate_issued", "order_shipped"];

  it("an English application's later notifications are English, stored with the order and the subscriber", async () => {
    const orderNo = await orderThrough("en");
    const sent = h.outbox.sent.filter((n) => templates.includes(n.template));
    expect(sent.map((n) => n.template)).toEqual(templates);
    expect(sent.map((n) => n.locale)).toEqual(["en", "en", "en", "en"]);
    const received = renderNotification(translator, sent[0]!);
    expect(received.body).toContain(`To pay by credit card through the virtual POS: https://`);
    expect(received.body).toContain(`siparis=${orderNo}`);
    const shipped = renderNotification(translator, sent.at(-1)!);
    expect(shipped.subject).toBe(`Your mali mühür card was shipped (${orderNo})`);
    expect(shipped.body).toContain("Tracking number: KRG987654");
    expect((await h.database.db.application.findUniqueOrThrow({ where: { orderNo } })).language).toBe("en");
    expect(
      (await h.database.db.subscriber.findUniqueOrThrow({ where: { idNumber: "3230512384" } })).language,
    ).toBe("en");
    expect((await h.deps.subscribers.get("3230512384"))?.language).toBe("en");
  });

  it("the renewal reminder, written months later by the sweep, is in the subscriber's language", async () => {
    await orderThrough("en");
    const [signing] = (await h.engine.findByVkn("3230512384")).filter((c) => c.kind === "sign");
    const at = new Date(signing!.notAfter.getTime() - 80 * 24 * 60 * 60 * 1000);
    await sendRenewalReminders(
      {
        certificates: h.engine,
        contacts: new PrismaSubscriberContacts(h.database.db),
        outbox: h.outbox,
        reminderLog: { wasEnqueued: async () => false },
        logger: quietLogger,
      },
      at,
    );
    const reminder = h.outbox.sent.find((n) => n.template === "renewal_reminder");
    expect(reminder?.locale).toBe("en");
    const rendered = renderNotification(translator, reminder!);
    expect(rendered.body).toMatch(/expires in 3 months, on \d\d\.\d\d\.\d{4}/);
    expect(rendered.body).not.toMatch(/\bay\b|sonra/);
  });

  it("codes asked without a conversation language (an agent's) follow the application's, then the subscriber's", async () => {
    const { orderNo } = await h.ra.submitApplication(
      cardApplication({ idempotencyKey: "web-en:1", locale: "en" }),
    );
    // the application's contact codes, asked without a language, are in the application's
    await h.ra.sendApplicationContactCodes({ conversationId: "web-en", orderNo });
    const proofs = h.outbox.sent.filter((n) => n.template === "contact_proof_code");
    expect(proofs.map((n) => n.locale)).toEqual(["en", "en"]);
    expect(renderNotification(translator, proofs[1]!).body).toMatch(
      /^Your code to confirm the mobile number/,
    );
    for (const [kind, to] of [
      ["email", "bilgi@ornek.com.tr"],
      ["phone", "+905321234567"],
    ] as const)
      await h.ra.confirmApplicationContact({ conversationId: "web-en", kind, code: h.outbox.lastCode(to) });
    await h.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-agent",
      amountKurus: testPrices.card,
    });
    await h.ra.agents.startVerification({ agentId: "agent-1", subject: "3230512384" });
    const codes = h.outbox.sent.filter((n) => n.template === "otp_code");
    expect(codes.map((n) => n.locale)).toEqual(["en", "en"]);
    // an agent's case: the code is for the caller's own call (agent-case-code-text.test.ts)
    expect(renderNotification(translator, codes[0]!).subject).toBe(
      "Your identity verification code for your call to the Kamu SM call centre",
    );
  });

  it("without a language the order and its notifications are Turkish", async () => {
    const orderNo = await orderThrough(undefined);
    const sent = h.outbox.sent.filter((n) => templates.includes(n.template));
    // absent means Turkish (the stored default reads back absent)
    expect(sent.map((n) => n.locale ?? "tr")).toEqual(["tr", "tr", "tr", "tr"]);
    expect(renderNotification(translator, sent[1]!).subject).toBe(`Ödemeniz alındı (${orderNo})`);
    expect((await h.database.db.application.findUniqueOrThrow({ where: { orderNo } })).language).toBe("tr");
    expect((await h.deps.subscribers.get("3230512384"))?.language).toBeUndefined();
  });
});
