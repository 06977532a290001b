/**
 * What a customer tells at the card-or-HSM question (R2.2/R2.3): a count of branches or people is
 * no volume (bug-hsm-tavsiye-sube-kisi), the "one" of "which one" is no number (bug-en-which-one).
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { numbersIn } from "../../../bot/nlu/numbers.ts";
import { signingNeedsOf } from "../../../bot/nlu/signing-needs.ts";

const needs = (text: string) => signingNeedsOf(foldTurkish(text));

describe("signing needs at the card/HSM question", () => {
  it.each([
    ["4 şubemiz var, hepsi e-fatura düzenliyor", { branches: true, severalSigners: false }],
    ["iki şubemiz daha fatura kesiyor", { branches: true }],
    ["6 kullanıcı ayrı bilgisayarlardan imza atacak", { severalSigners: true }],
    ["üç muhasebeci imzalayacak", { severalSigners: true }],
    ["we have 4 branches that invoice", { branches: true }],
    ["three people sign on different computers", { severalSigners: true }],
  ])("'%s' counts branches or signers, not a volume", (text, expected) => {
    const read = needs(text);
    expect(read.perMinute).toBeUndefined();
    expect(read).toMatchObject(expected);
  });

  it.each([
    ["which one?", true],
    ["which one should we pick", true],
    ["hangi birini almalıyım", true],
    ["bir öneri verir misiniz", true],
  ])("'%s' names no volume", (text, asksWhich) => {
    const read = needs(text);
    expect(read.perMinute).toBeUndefined();
    expect(read.describesSetup).toBe(false);
    expect(read.asksWhich).toBe(asksWhich);
  });

  it.each([
    ["dakikada 200 fatura", 200],
    ["dakikada iki yüz fatura kesiyoruz", 200],
    ["saatte 6000 e-fatura", 100],
    ["we sign two hundred invoices per minute", 200],
    ["dakikada bir fatura", 1],
    ["150", 150],
    ["3 şubemiz var, dakikada 50 fatura", 50],
  ])("'%s' is %d per minute", (text, perMinute) => {
    expect(needs(text).perMinute).toBe(perMinute);
  });

  it("keeps one signer on one computer, and no branches, apart from the HSM reasons", () => {
    expect(needs("5 kişiyiz ama tek bilgisayardan imzalıyoruz")).toMatchObject({
      severalSigners: false,
      describesSetup: true,
    });
    expect(needs("şubemiz yok")).toMatchObject({ branches: false, describesSetup: true });
  });

  it("finds every number with the words it spans", () => {
    expect(numbersIn(foldTurkish("3 şube ve iki yüz elli fatura"))).toEqual([
      { value: 3, start: 0, end: 1, singleWord: false },
      { value: 250, start: 3, end: 6, singleWord: false },
    ]);
  });
});
