/**
 * Tester (session 17): "kendi adıma" was stored as the applicant's name and issued as
 * CN=KENDİ ADIMA; "aynı kişi", "henüz bilmiyorum" and "ben olayım" passed as names too. A sentence
 * is refused as a name; real names, also those that are Turkish words, are still accepted.
 */
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";

function codeOf(field: "personName" | "signerName" | "techName", answer: string): string | undefined {
  try {
    validateApplicationField(field, answer);
    return undefined;
  } catch (error) {
    if (error instanceof ValidationError) return error.code;
    throw error;
  }
}

describe("a name that is a sentence", () => {
  it.each([
    ["personName", "kendi adıma"],
    ["signerName", "aynı kişi"],
    ["signerName", "henüz bilmiyorum"],
    ["signerName", "Bilmiyorum henüz"],
    ["techName", "ben olayım"],
    ["techName", "teknik kişi ben olayım"],
    ["signerName", "firmanın müdürü"],
    ["signerName", "daha belli değil"],
    ["signerName", "muhasebecimiz bakacak"],
    ["signerName", "ben imzalayacağım"],
    ["signerName", "not known yet"],
    ["signerName", "the same person"],
  ] as const)("%s %j is refused as a sentence", (field, answer) => {
    expect(codeOf(field, answer)).toBe("name_is_sentence");
  });

  it.each([
    "Ayşe Yılmaz",
    "Mehmet Emin Kaya",
    "Nedim Sadık Öztürk",
    "Bilgi Aydın",
    "Ben Levi",
    "Can Çalışan",
    "Kadim Şen",
    "Ahmet Sancak",
    "Yiğit Olcay",
    "Ayşe Nur Var",
    "Mehmet İ. Yılmaz",
  ])("the real name %j is accepted", (name) => {
    expect(codeOf("signerName", name)).toBeUndefined();
  });
});
