/**
 * Outside tester 21's routing defects of first messages (replays D01, D06, D15, D17, D09), each a
 * class of input:
 * - "I want an e-seal for my company" got the invoice text, "I'd like to get an e-seal" only "Did you
 *   mean": the product wished for is the application (R3.1);
 * - R5.2 ("a new seal if the VKN or unvan changed") answered a VKN, unvan or identity merely named:
 *   "apply as a company, our VKN is …", "kimlik doğrulama yapmak istiyorum", "biz limited şirketiz";
 *   R5.2 is a CHANGE;
 * - "kartımızı çaldırdık, hâlâ kullanılabilir mi" got the before-applying notes: a lost or stolen
 *   card's seal stays valid until revoked, revoke first (R7.4).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../helpers/intent-of.ts";
import { firmA } from "../helpers/two-firms.ts";
import { setup } from "./harness.ts";

describe("D01: a wish to have the e-seal is the application", () => {
  it.each([
    "hi, I want an e-seal for my company",
    "I'd like to get an e-seal",
    "I want an electronic seal",
    "Hello, we would like to get an electronic seal for our company.",
    "I need an e-seal",
    "Can I get an e-seal?",
    "how can we obtain a company seal",
    "buy an e-seal",
    "hi i need a e seal pls",
    "want to buy e-seal for my firm",
  ])("'%s' (en) is apply", (text) => {
    expect(intentOf(text, "en")).toBe("apply");
  });

  it.each([
    "mühür sipariş etmek istiyorum",
    "firmamıza e-mühür almak istiyoruz",
    "merhaba mali muhur almak istiyorum",
  ])("'%s' is apply", (text) => {
    expect(intentOf(text)).toBe("apply");
  });

  it.each([
    ["what is an e-seal", "about"],
    ["I want to renew my e-seal", "renewal"],
    ["I want an e-seal, how much does it cost", "prices"],
    ["is the invoice for my company in the envelope", "invoice"],
    ["is my e-seal valid", "cert_status"],
  ] as const)("'%s' (en) keeps its topic %s", (text, intent) => {
    expect(intentOf(text, "en")).toBe(intent);
  });

  it("the application starts with the applicant type, no invoice text", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("hi, I want an e-seal for my company");
    expect(answer).toMatch(/legal person/);
    expect(answer).not.toMatch(/invoice/);
  });
});

describe("D17, D15, D09: a VKN, unvan or identity named is no VKN/unvan change (R5.2)", () => {
  it.each([
    ["we'd like to apply as a company, our VKN is 3230512384", "en"],
    ["we are a limited company", "en"],
    ["biz limited şirketiz", "tr"],
    ["bilmiyorum ki hangisi oluyor biz limited sirketiz", "tr"],
    ["anonim şirketiz", "tr"],
    ["firma olarak basvuru yapicaz vkn 3230512384", "tr"],
  ] as const)("'%s' (%s) is apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });

  it.each([
    ["kimlik dogrulama yapmak istiyorum", "tr"],
    ["kimliğimi doğrulamak istiyorum", "tr"],
    ["kimlik doğrulaması nasıl yapılır", "tr"],
    ["identity verification please", "en"],
  ] as const)("'%s' (%s) is the verification (cert_status by VKN)", (text, locale) => {
    expect(intentOf(text, locale)).toBe("cert_status");
  });

  it.each([
    ["unvanımız değişti", "tr"],
    ["VKN'miz değişti", "tr"],
    ["şirket birleşti, yeni vergi no", "tr"],
    ["limited şirketten anonim şirkete geçtik", "tr"],
    ["şirket türümüz ltd'den anonime döndü", "tr"],
    ["our company name changed", "en"],
    ["we got a new tax number", "en"],
  ] as const)("a change told stays R5.2: '%s' (%s)", (text, locale) => {
    expect(intentOf(text, locale)).toBe("vkn_title_change");
  });

  it("'we'd like to apply as a company, our VKN is …' starts a tüzel application", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("we'd like to apply as a company, our VKN is 3230512384");
    expect(answer).not.toMatch(/changed/);
  });

  it("'biz limited şirketiz' at the menu starts a tüzel kişi's application (R3.1)", async () => {
    const { chat } = await setup();
    const answer = await chat.say("biz limited şirketiz");
    expect(answer).not.toMatch(/unvanı değiştiyse/);
    expect(answer).toMatch(/KVKK/);
    expect(answer).toMatch(/VKN/);
  });

  it("'kimlik dogrulama yapmak istiyorum' asks the VKN, which then gets a code", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    const answer = await ctx.chat.say("kimlik dogrulama yapmak istiyorum");
    expect(answer).not.toMatch(/unvanı değiştiyse/);
    expect(answer).toMatch(/VKN/);
    await ctx.chat.say(firmA.vkn);
    expect(ctx.world.lastCodeTo(firmA.email)).toBeDefined();
  });
});

describe("D06: a stolen or lost card and 'still usable?' is the revocation (R7.4)", () => {
  it.each([
    ["iki hafta once kartimizi caldirdik, hala kullanilabilir mi?", "tr"],
    ["kartımız çalındı hala geçerli mi", "tr"],
    ["kartı kaybettik başkası kullanabilir mi", "tr"],
    ["kart çalındı, hırsız imza atabilir mi", "tr"],
    ["kartimizi kaybettik hala aktif mi", "tr"],
    ["our card was stolen two weeks ago, can it still be used?", "en"],
    ["the card got stolen, is it still valid", "en"],
  ] as const)("'%s' (%s) is revoke", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke");
  });

  it.each([
    ["kargo kayboldu kart hala geçerli mi", "delivery"],
    ["pinimi kaybettim kart kullanilabilir mi", "pin_locked"],
  ] as const)("'%s' is no revocation (%s)", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it("the answer says the seal stays valid until revoked, then starts the revocation", async () => {
    const { chat } = await setup();
    const answer = await chat.say("iki hafta once kartimizi caldirdik, hala kullanilabilir mi?");
    expect(answer).not.toMatch(/Başvurmadan önce bilmeniz gerekenler/);
    expect(answer).toMatch(/iptal edilene kadar geçerli/);
  });
});
