import { describe, expect, it } from "vitest";
import { maskEmail, maskEmailAndDomain } from "../../../core/privacy/mask.ts";

/** The one form a named e-mail takes: a letter, `***@`, a letter, `***`, the public suffix. */
const namedShape = /^\S\*\*\*@\S\*\*\*(\.[\p{L}\p{N}-]+)+$/u;

describe("maskEmailAndDomain: the e-mail a customer or agent is told, its domain masked too", () => {
  it("keeps the first letter of the local part and of the registrable label, and the public suffix", () => {
    expect(maskEmailAndDomain("ilker@firma.com.tr")).toBe("i***@f***.com.tr");
    expect(maskEmailAndDomain("ali@ornek.com")).toBe("a***@o***.com");
    expect(maskEmailAndDomain("xavier@gib.gov.tr")).toBe("x***@g***.gov.tr");
    expect(maskEmailAndDomain("bilgi@okul.k12.tr")).toBe("b***@o***.k12.tr");
    expect(maskEmailAndDomain("info@firma.av.tr")).toBe("i***@f***.av.tr");
    expect(maskEmailAndDomain("info@firma.tr")).toBe("i***@f***.tr");
    expect(maskEmailAndDomain("jo@company.co.uk")).toBe("j***@c***.co.uk");
    expect(maskEmailAndDomain("ayse@gmail.com")).toBe("a***@g***.com");
  });

  it("folds subdomains into the one masked label, named by the registrable label's first letter", () => {
    expect(maskEmailAndDomain("ilker@mail.firma.com.tr")).toBe("i***@f***.com.tr");
    expect(maskEmailAndDomain("ilker@a.b.firma.com")).toBe("i***@f***.com");
    // the same address with and without a subdomain is told alike
    expect(maskEmailAndDomain("bilgi@posta.ornek.net.tr")).toBe(maskEmailAndDomain("bilgi@ornek.net.tr"));
  });

  it("never shows more than one letter of a short local part or label", () => {
    expect(maskEmailAndDomain("al@ab.com.tr")).toBe("a***@a***.com.tr");
    expect(maskEmailAndDomain("a@b.com")).toBe("a***@b***.com");
    expect(maskEmailAndDomain("al@ab.com.tr")).not.toContain("al@");
  });

  it("writes upper case in lower case, so a registered contact and a decoy are told in one form", () => {
    expect(maskEmailAndDomain("Ilker@FIRMA.COM.TR")).toBe("i***@f***.com.tr");
    expect(maskEmailAndDomain("İlker@Firma.Com.Tr")).toBe("i***@f***.com.tr");
  });

  it("reads an internationalised domain (IDN) as its letters, whether written in Unicode or punycode", () => {
    expect(maskEmailAndDomain("çağrı@örnek.com.tr")).toBe("ç***@ö***.com.tr");
    expect(maskEmailAndDomain("bilgi@xn--rnek-4qa.com.tr")).toBe("b***@ö***.com.tr");
    expect(maskEmailAndDomain("bilgi@ŞİRKET.COM.TR")).toBe("b***@ş***.com.tr");
  });

  it("gives every address the same shape and never the registrable name itself", () => {
    const addresses: [address: string, name: string][] = [
      ["ilker@firma.com.tr", "firma"],
      ["a@bc.co", "bc"],
      ["muhasebe@posta.ulusgida.com.tr", "ulusgida"],
      ["Bilgi@Ornek.Net.Tr", "ornek"],
      ["x@kurum.gov.tr", "kurum"],
      ["destek@xn--rnek-4qa.com", "örnek"],
      ["info@firma.tr.", "firma"],
      ["ab@unknown.zz.tr", "unknown"],
    ];
    for (const [address, name] of addresses) {
      const masked = maskEmailAndDomain(address);
      expect(masked).toMatch(namedShape);
      expect(masked).not.toContain(name);
      expect(masked).not.toContain("posta");
    }
  });

  it("masks what is no address wholly, as maskEmail does", () => {
    expect(maskEmailAndDomain("")).toBe("***");
    expect(maskEmailAndDomain("@firma.com.tr")).toBe("***");
    expect(maskEmailAndDomain("ilker@")).toBe("***");
  });

  it("leaves maskEmail, which the logs use, as it was", () => {
    expect(maskEmail("bilgi@ornek.com.tr")).toBe("b***@ornek.com.tr");
  });
});
