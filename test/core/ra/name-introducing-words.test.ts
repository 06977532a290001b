/**
 * "ben imza yetkilisiyim" (and other answers of words that only introduce a name: "yetkili benim",
 * "I am the signatory", "imza yetkilimiz") was refused only by the chat (app.name_missing); core's
 * name check accepted it, so any other way into the RA stored it as the signatory's name, the
 * certificate's subject. Core now refuses it with `name_is_sentence` on every field that holds a
 * person's name; real names, also ones made of Turkish words, are still accepted.
 */
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { introducesNoName } from "../../../core/ra/introducing-words.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, hsmApplication } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

function codeOf(field: "personName" | "signerName" | "techName", answer: string): string | undefined {
  try {
    validateApplicationField(field, answer);
    return undefined;
  } catch (error) {
    if (error instanceof ValidationError) return error.code;
    throw error;
  }
}

const introductions = [
  "ben imza yetkilisiyim",
  "Ben İmza Yetkilisiyim",
  "yetkili benim",
  "imza yetkilimiz",
  "teknik sorumlu benim",
  "sahibiyim ben",
  "müdürüyüm",
  "I am the signatory",
  "my name",
  "ad soyad",
];

describe("a name of introducing words only", () => {
  it.each(introductions)("%j is introducing words only", (answer) => {
    expect(introducesNoName(answer)).toBe(true);
  });

  it.each(
    introductions.flatMap((answer) =>
      (["personName", "signerName", "techName"] as const).map((f) => [f, answer]),
    ),
  )("%s %j is refused by core", (field, answer) => {
    // a field label at its start ("yetkili", "ad soyad") is dropped first: what is left is no name either
    expect(["name_is_sentence", "invalid_name"]).toContain(codeOf(field as "signerName", answer));
  });

  it.each(["Ayşe Yılmaz", "Ben Levi", "Emin Sahin", "Mehmet Emin Kaya", "Can Çalışan", "Adem Soyer"])(
    "the real name %j is accepted",
    (name) => {
      expect(introducesNoName(name)).toBe(false);
      expect(codeOf("signerName", name)).toBeUndefined();
    },
  );
});

describe.each(testDialects)("an application with such a name on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);

  it("is refused, naming the field, and nothing is stored", async () => {
    await expect(
      h.ra.submitApplication(cardApplication({ signerName: "ben imza yetkilisiyim" })),
    ).rejects.toMatchObject({ code: "name_is_sentence", field: "signerName" });
    await expect(
      h.ra.submitApplication(
        hsmApplication({
          hsm: { ...hsmApplication().hsm!, techName: "ben imza yetkilisiyim" },
        }),
      ),
    ).rejects.toMatchObject({ code: "name_is_sentence" });
    expect(h.outbox.to("bilgi@ornek.com.tr", "application_received")).toHaveLength(0);
  });
});
