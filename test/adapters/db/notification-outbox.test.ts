import type { i18n } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotification } from "../../../adapters/db/notification-outbox.ts";
import { createTranslator, readLocaleFiles } from "../../../adapters/i18n/translator.ts";
import { callCentreCode } from "../../../core/ra/call-centre-code.ts";

const callCentre = `_${callCentreCode.context}`;

/** Every template the RA enqueues, with the params it passes. */
const templates: Record<string, Record<string, string>> = {
  otp_code: { code: "482913" },
  contact_update_code: { code: "771204", kind: "phone" },
  contact_proof_code: { code: "305118", kind: "email", orderNo: "MM1234567890" },
  contact_changed: { kind: "email", masked: "y***@yeni.com.tr" },
  application_received: {
    orderNo: "MM-2026-000042",
    amount: "1.750,00 TL",
    paymentUrl: "https://sanalpos.kamusm.gov.tr/index.jsf?siparis=MM-2026-000042",
  },
  payment_posted: { orderNo: "MM-2026-000042" },
  certificate_issued: { orderNo: "MM-2026-000042", serial: "3f9a01" },
  order_shipped: { orderNo: "MM-2026-000042", trackingNo: "KRG987654" },
  hsm_instructions: { orderNo: "MM-2026-000043" },
  hsm_appointment: { orderNo: "MM-2026-000043", date: "12.06.2026 10:00" },
  invoice_sent: { orderNo: "MM-2026-000043" },
  certificate_revoked: { serial: "3f9a01", at: "04.05.2026 11:00" },
  renewal_reminder: { period: "1 ay", notAfter: "04.06.2026", title: "ÖRNEK TİCARET A.Ş." },
};

describe("notification templates", () => {
  let translator: i18n;
  beforeAll(async () => {
    translator = await createTranslator();
  });

  it("each template and its subject exist in both locales, and no other template is left without a test", () => {
    const tr = readLocaleFiles().tr?.notifications as Record<string, unknown>;
    const bodies = Object.keys(tr).filter(
      (k) =>
        typeof tr[k] === "string" && !k.endsWith("_subject") && !k.endsWith(callCentre) && k !== "signature",
    );
    expect(bodies.sort()).toEqual(Object.keys(templates).sort());
    for (const key of bodies) expect(tr[`${key}_subject`], key).toBeTypeOf("string");
  });

  it("a code's call-centre text (an agent asks the caller for it) renders in both languages, with its subject", () => {
    const tr = readLocaleFiles().tr?.notifications as Record<string, unknown>;
    const variants = Object.keys(tr).filter((k) => k.endsWith(callCentre) && !k.includes("_subject"));
    expect(variants.sort()).toEqual(["contact_update_code_call_centre", "otp_code_call_centre"]);
    for (const variant of variants) {
      const template = variant.slice(0, -callCentre.length);
      for (const locale of ["tr", "en"] as const)
        for (const channel of ["email", "sms"] as const) {
          const rendered = renderNotification(translator, {
            channel,
            to: channel === "email" ? "a@b.com.tr" : "+905321234567",
            template,
            params: { ...templates[template], ...callCentreCode },
            locale,
          });
          const text = `${rendered.subject ?? ""} ${rendered.body}`;
          expect(text, `${locale} ${variant}`).not.toMatch(/\{\{|\}\}|undefined|notifications:/);
          expect(text).toContain(templates[template]!.code);
          expect(text).toContain("444 5 576");
          if (channel === "email")
            expect(rendered.subject).toBe(
              translator.t(`notifications:${template}_subject_call_centre`, { lng: locale }),
            );
        }
    }
  });

  it.each(Object.entries(templates))(
    "%s renders every placeholder in Turkish and English",
    (template, params) => {
      for (const locale of ["tr", "en"] as const) {
        const mail = renderNotification(translator, {
          channel: "email",
          to: "a@b.com.tr",
          template,
          params,
          locale,
        });
        const sms = renderNotification(translator, {
          channel: "sms",
          to: "+905321234567",
          template,
          params,
          locale,
        });
        for (const text of [mail.subject ?? "", mail.body, sms.body]) {
          expect(text, `${locale} ${template}`).not.toMatch(/\{\{|\}\}|undefined|notifications:/);
        }
        expect(mail.subject).toBeTruthy();
        expect(sms.subject).toBeUndefined();
        for (const [name, value] of Object.entries(params)) {
          if (name !== "kind")
            expect(mail.body + (mail.subject ?? ""), `${locale} ${template} ${name}`).toContain(value);
        }
      }
    },
  );

  it("otp_code carries the 6-digit code, 'kod'/'code', 5 minutes and that staff never ask for it", () => {
    const tr = renderNotification(translator, {
      channel: "sms",
      to: "+905321234567",
      template: "otp_code",
      params: { code: "482913" },
    });
    expect(tr.body).toContain("482913");
    expect(tr.body).toContain("kod");
    expect(tr.body).toContain("5 dakika");
    expect(tr.body).toContain("Kamu SM çalışanları bu kodu hiçbir zaman sizden istemez");
    const en = renderNotification(translator, {
      channel: "email",
      to: "a@b.com",
      template: "otp_code",
      params: { code: "482913" },
      locale: "en",
    });
    expect(en.body).toContain("code");
    expect(en.body).toContain("5 minutes");
    expect(en.body).toContain("Kamu SM staff will never ask you for this code");
  });

  it("contact texts name the kind of contact in the reader's language", () => {
    const code = renderNotification(translator, {
      channel: "email",
      to: "yeni@ornek.com.tr",
      template: "contact_update_code",
      params: { code: "771204", kind: "email" },
    });
    expect(code.body).toContain("bu e-posta adresini");
    expect(code.body).toContain("kod");
    const changed = renderNotification(translator, {
      channel: "sms",
      to: "+905321234567",
      template: "contact_changed",
      params: { kind: "phone", masked: "+90 5** *** ** 67" },
    });
    expect(changed.body).toContain("cep telefonu numaranız güncellendi");
    expect(changed.body).toContain("+90 5** *** ** 67");
  });

  it("R8.2 renewal_reminder contains the period as given and says renewal is a new application (R8.3)", () => {
    const mail = renderNotification(translator, {
      channel: "email",
      to: "a@b.com.tr",
      template: "renewal_reminder",
      params: { period: "1 hafta", notAfter: "11.05.2026", title: "ÖRNEK A.Ş." },
    });
    expect(mail.body).toContain("1 hafta sonra");
    expect(mail.body).toContain("sona eriyor");
    expect(mail.body).toContain("yeni bir başvuru");
  });

  it("certificate_revoked says it is irreversible and to apply again (R7.4)", () => {
    const mail = renderNotification(translator, {
      channel: "email",
      to: "a@b.com.tr",
      template: "certificate_revoked",
      params: { serial: "ab12", at: "04.05.2026 11:00" },
    });
    expect(mail.body).toContain("geri alınamaz");
    expect(mail.body).toContain("yeni bir başvuru");
  });
});
