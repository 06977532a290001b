import { describe, expect, it } from "vitest";
import { ConflictError, ValidationError } from "../../../core/errors/domain-error.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, hsmApplication, testPrices } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

describe.each(testDialects)("applications on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);

  it("R3.1/R3.2/R6.1: a tüzel card application gets an order number, the configured price and the payment channels", async () => {
    const answer = await h.ra.submitApplication(cardApplication());
    expect(answer.orderNo).toMatch(/^MM\d{10}$/);
    expect(answer.amountKurus).toBe(testPrices.card);
    expect(answer.paymentChannels.map((c) => c.id)).toEqual(["sanalpos", "vakifbank", "ziraat"]);
    expect(answer.paymentChannels.find((c) => c.id === "vakifbank")?.postingDelayBusinessDays).toBe(1);
    const stored = await h.deps.applications.byOrderNo(answer.orderNo);
    expect(stored).toMatchObject({
      phone: "+905321234567",
      status: "awaiting_payment",
      idNumber: "3230512384",
    });
    // R3.2: the e-mail carries the order's own virtual POS link, as the chat's last answer does
    const [received] = h.outbox.to("bilgi@ornek.com.tr", "application_received");
    expect(received?.params).toMatchObject({
      orderNo: answer.orderNo,
      paymentUrl: `https://sanalpos.kamusm.gov.tr/index.jsf?siparis=${answer.orderNo}`,
    });
    expect(h.outbox.to("bilgi@ornek.com.tr", "application_received")).toHaveLength(1);
    const status = await h.ra.orderStatus(answer.orderNo.toLowerCase());
    expect(status).toMatchObject({ status: "awaiting_payment", paid: false, medium: "card" });
  });

  it("R3.1: a gerçek kişi applies with a TCKN and a name", async () => {
    const answer = await h.ra.submitApplication(
      cardApplication({ personType: "gercek", idNumber: "17291716060", title: "Ali Veli Kaya" }),
    );
    expect((await h.deps.applications.byOrderNo(answer.orderNo))?.personType).toBe("gercek");
    await expect(
      h.ra.submitApplication(
        cardApplication({ personType: "gercek", idNumber: "3230512384", title: "Ali Veli" }),
      ),
    ).rejects.toMatchObject({ code: "invalid_tckn_format", field: "idNumber" });
  });

  it("R3.3.3/R2.4: an HSM group application stores every firm, the HSM address and the technical contact; the price adds the on-site fee", async () => {
    const answer = await h.ra.submitApplication(hsmApplication());
    expect(answer.amountKurus).toBe(testPrices.hsm + testPrices.hsmOnSiteFee);
    const stored = await h.deps.applications.byOrderNo(answer.orderNo);
    expect(stored?.hsmGroup).toEqual([
      { vkn: "4540536920", title: "Örnek Lojistik A.Ş.", barcode: "BRK-12345" },
    ]);
    expect(stored?.techPhone).toBe("+905337654321");
    await expect(
      h.ra.submitApplication(
        hsmApplication({
          hsm: {
            group: [{ vkn: "4540536921", title: "X Ltd", barcode: "B1234" }],
            address: "Kocaeli OSB 1. Cad. 5",
            techName: "Mehmet Demir",
            techPhone: "05337654321",
          },
        }),
      ),
    ).rejects.toMatchObject({ code: "invalid_vkn", field: "hsm.group.0.vkn" });
  });

  it("R3.1: the same idempotency key returns the same order and stores one record; a different application under it is refused", async () => {
    const input = cardApplication();
    const [a, b] = await Promise.all([h.ra.submitApplication(input), h.ra.submitApplication(input)]);
    expect(a.orderNo).toBe(b.orderNo);
    expect(await h.database.db.application.count()).toBe(1);
    expect(h.outbox.to("bilgi@ornek.com.tr", "application_received")).toHaveLength(1);
    await expect(h.ra.submitApplication({ ...input, idNumber: "4540536920" })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("bad input gets a coded error naming the field and stores nothing", async () => {
    const cases: [Partial<Parameters<typeof cardApplication>[0]>, string, string][] = [
      [{ idNumber: "4540536921" }, "idNumber", "invalid_vkn"],
      [{ email: "not-an-address" }, "email", "invalid_email"],
      [{ phone: "123" }, "phone", "invalid_phone"],
      [{ signerTckn: "17291716050" }, "signerTckn", "invalid_tckn"],
      [{ deliveryAddress: undefined }, "deliveryAddress", "required"],
      [{ medium: "disk" as never }, "medium", "invalid_medium"],
      [{ title: "x".repeat(300) }, "title", "invalid_title"],
      [{ title: "ÖRNEK A.Ş. vkn 3230512384" }, "title", "title_has_contact_data"],
      [{ title: "ÖRNEK LTD tel 0532 123 45 67" }, "title", "title_has_contact_data"],
      [{ title: "ÖRNEK A.Ş. bilgi@ornek.com.tr" }, "title", "title_has_contact_data"],
    ];
    for (const [override, field, code] of cases) {
      const error = await h.ra.submitApplication(cardApplication(override)).catch((e) => e);
      expect(error, `${field}`).toBeInstanceOf(ValidationError);
      expect({ field: error.field, code: error.code }).toEqual({ field, code });
    }
    expect(await h.database.db.application.count()).toBe(0);
  });

  it("R9.1: an ordinary partnership or a cooperative is sent to GİB's postal application", async () => {
    const error = await h.ra
      .submitApplication(cardApplication({ legalForm: "adi_ortaklik" }))
      .catch((e) => e);
    expect(error).toMatchObject({ code: "postal_application_required" });
    expect(String(error.details.address)).toContain("Dışkapı/ANKARA");
    expect(await h.database.db.application.count()).toBe(0);
  });

  it("a taken order number is replaced by a fresh one, never a failed application", async () => {
    let zeros = 2;
    const real = h.deps.random;
    h.deps.random = { bytes: (n) => (zeros-- > 0 ? new Uint8Array(n) : real.bytes(n)) };
    const first = await h.ra.submitApplication(cardApplication());
    zeros = 1;
    const second = await h.ra.submitApplication(cardApplication({ idNumber: "4540536920" }));
    expect(first.orderNo).toBe("MM0000000000");
    expect(second.orderNo).not.toBe(first.orderNo);
    expect(await h.database.db.application.count()).toBe(2);
  });

  it("R6.1: prices come from configuration", () => {
    expect(h.ra.prices()).toEqual(testPrices);
  });
});
