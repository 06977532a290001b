import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { createRaHarness, type RaHarness } from "../../helpers/ra-harness.ts";

/**
 * The e-mail the verification names (`interfaces.md` §4): a known VKN's registered address and an
 * unknown VKN's decoy are told in one form, the domain masked but for its first letter and public
 * suffix, so that knowing a firm's domain does not tell whether it is on record. Masking does not
 * depend on the database: SQLite only.
 */
const namedEmail = /^\p{Ll}\*\*\*@\p{Ll}\*\*\*\.[a-z0-9]+(\.[a-z]{2})?$/u;
const namedPhone = /^\+90 5\*\* \*\*\* \*\* \d\d$/;

/** Firms on record, with domains of several shapes (a subdomain, upper case, a public body). */
const firms = [
  {
    idNumber: "3230512384",
    title: "ÖRNEK BİLİŞİM A.Ş.",
    email: "bilgi@ornek.com.tr",
    phone: "+905321234567",
  },
  {
    idNumber: "6180884538",
    title: "ULUS GIDA A.Ş.",
    email: "info@posta.ulusgida.com.tr",
    phone: "+905551112233",
  },
  { idNumber: "4540536920", title: "KURUM", email: "Muhasebe@Kurum.gov.tr", phone: "+905429876543" },
  { idNumber: "1234567890", title: "ŞAHIS", email: "ayse.yilmaz@gmail.com", phone: "+905051234567" },
];
/** VKNs nobody holds: their answers name decoys. */
const unknown = ["9990000011", "9990000029", "9990000037", "9990000045", "9990000053", "9990000061"];

/** The name left of the public suffix, for `not.toContain`. */
function registrableName(address: string): string {
  const labels = address.toLowerCase().split("@")[1]!.split(".");
  const suffixLength = labels.at(-1) === "tr" && labels.length > 2 ? 2 : 1;
  return labels.at(-1 - suffixLength)!;
}

describe.each(testDialects.filter((d) => d.name === "sqlite"))(
  "the e-mail a verification names, known or unknown VKN, on $name",
  (dialect) => {
    let h: RaHarness;
    beforeEach(async () => {
      h = await createRaHarness(dialect);
      for (const firm of firms) await h.ra.registerSubscriber(firm);
    });
    afterEach(async () => h.dispose());

    it("has one shape for a registered contact and a decoy, and never shows the domain's name", async () => {
      let n = 0;
      for (const firm of firms) {
        const sent = await h.ra.startVerification({ conversationId: `web-k${n++}`, subject: firm.idNumber });
        expect(sent.maskedEmail).toMatch(namedEmail);
        expect(sent.maskedPhone).toMatch(namedPhone);
        expect(sent.maskedEmail).not.toContain(registrableName(firm.email));
        expect(sent.maskedEmail.split("@")[1]![0]).toBe(registrableName(firm.email)[0]);
      }
      for (const vkn of unknown) {
        const sent = await h.ra.startVerification({ conversationId: `web-u${n++}`, subject: vkn });
        expect(sent.maskedEmail).toMatch(namedEmail);
        expect(sent.maskedPhone).toMatch(namedPhone);
        const decoy = h.outbox.withheld.filter((w) => w.channel === "email").at(-1)!.to;
        expect(sent.maskedEmail).not.toContain(registrableName(decoy));
        expect(sent.maskedEmail.split("@")[1]![0]).toBe(registrableName(decoy)[0]);
      }
    });

    it("an agent's kimlik names the registered e-mail in the same form", async () => {
      const sent = await h.ra.agents.startVerification({ agentId: "U1", subject: "3230512384" });
      expect(sent).toEqual({ maskedEmail: "b***@o***.com.tr", maskedPhone: "+90 5** *** ** 67" });
    });
  },
);
