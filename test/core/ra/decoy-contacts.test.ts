import { describe, expect, it } from "vitest";
import { maskEmailAndDomain, maskPhone } from "../../../core/privacy/mask.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { decoyContact } from "../../../core/ra/decoy-contacts.ts";

const secret = new Uint8Array(32).fill(7);
/** What a named real contact looks like (maskEmailAndDomain / maskPhone over a registered contact). */
const maskedEmailShape = /^[a-z]\*\*\*@[a-z]\*\*\*(\.[a-z]{2,}){1,2}$/;
const maskedPhoneShape = /^\+90 5\*\* \*\*\* \*\* \d\d$/;

describe("decoy contacts of an unknown subject", () => {
  it("are valid contacts, deterministic per subject, masked by the same functions into the same shape as real ones", () => {
    const real = { email: maskEmailAndDomain("bilgi@ornek.com.tr"), phone: maskPhone("+905321234567") };
    expect(real.email).toMatch(maskedEmailShape);
    expect(real.phone).toMatch(maskedPhoneShape);
    const domains = new Set<string>();
    const locals = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const subject = `45405${String(i).padStart(5, "0")}`;
      const decoy = decoyContact(secret, subject);
      expect(decoyContact(secret, subject)).toEqual(decoy);
      // a decoy passes the same validation a registered contact passed
      expect(validateApplicationField("email", decoy.email)).toBe(decoy.email);
      expect(validateApplicationField("phone", decoy.phone)).toBe(decoy.phone);
      expect(maskEmailAndDomain(decoy.email)).toMatch(maskedEmailShape);
      expect(maskPhone(decoy.phone)).toMatch(maskedPhoneShape);
      domains.add(decoy.email.split("@")[1]!);
      locals.add(decoy.email[0]!);
    }
    // not a handful of fixed answers: firm-like and free-mail domains, many first letters
    expect(domains.size).toBeGreaterThan(50);
    expect([...domains].some((d) => d.endsWith(".com.tr"))).toBe(true);
    expect([...domains].some((d) => d === "gmail.com" || d === "hotmail.com")).toBe(true);
    expect(locals.size).toBeGreaterThan(8);
    // another server secret gives other decoys (they cannot be computed from outside)
    expect(decoyContact(new Uint8Array(32).fill(8), "4540536920")).not.toEqual(
      decoyContact(secret, "4540536920"),
    );
  });
  it("can be told with any first letter and common suffix a registered address is told with", () => {
    // only the first letters and the public suffix of a named address show (maskEmailAndDomain), so
    // a letter or suffix no decoy has would prove a VKN is on record
    const letters = [..."abcdefghijklmnoprstuvyz"];
    const suffixes = [
      ".com.tr",
      ".com",
      ".net.tr",
      ".net",
      ".org.tr",
      ".org",
      ".gen.tr",
      ".gov.tr",
      ".bel.tr",
      ".edu.tr",
      ".tr",
    ];
    const locals = new Set<string>();
    const domains = new Set<string>();
    const shownSuffixes = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const masked = maskEmailAndDomain(decoyContact(secret, `45406${String(i).padStart(5, "0")}`).email);
      const [, local, domain, suffix] = /^(.)\*\*\*@(.)\*\*\*(\..+)$/.exec(masked)!;
      locals.add(local!);
      domains.add(domain!);
      shownSuffixes.add(suffix!);
    }
    expect(letters.filter((l) => !locals.has(l))).toEqual([]);
    expect(letters.filter((l) => !domains.has(l))).toEqual([]);
    expect(suffixes.filter((s) => !shownSuffixes.has(s))).toEqual([]);
  });
});
