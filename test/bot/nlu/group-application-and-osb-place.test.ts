/**
 * Two ways an ordinary firm was refused as an R9.1 case ("Bu durumda çevrim içi başvuru yapılamaz"):
 * a group application of firms sharing one HSM (R3.3.3: "hsm ile başvuru yapacağız grup olarak",
 * "group application for our 5 companies with one HSM"), which the classifier took for R9; and a
 * firm located in an organised industrial zone ("OSB içindeki fabrikamız için başvuru", an address
 * "Organize Sanayi Bölgesi 3. Cad No 4 Çorlu"), read as the zone itself applying. The zone applying
 * ("biz bir OSB yönetimiyiz", "OSB'yiz") and R9 types named with the group stay R9.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { isR9Case } from "../../../bot/nlu/r9.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("a group application is an application", () => {
  it.each([
    ["hsm ile başvuru yapacağız grup olarak", "tr"],
    ["grup olarak hsm başvurusu yapacağız", "tr"],
    ["group application for our 5 companies with one HSM", "en"],
  ] as const)("'%s' → apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });

  it.each(["adi ortaklık olarak grup başvurusu", "kollektif şirket grup başvurusu"])("'%s' → r9", (text) => {
    expect(intentOf(text)).toBe("r9");
  });
});

describe("a firm in an OSB is no OSB", () => {
  it.each([
    "OSB içindeki fabrikamız için başvuru",
    "OSB bünyesinde bir firmayız",
    "Organize Sanayi Bölgesi 3. Cad No 4 Çorlu",
    "OSB 12. sokak no 3",
  ])("'%s' is no R9 case", (text) => {
    expect(isR9Case(foldTurkish(text))).toBe(false);
  });

  it.each(["biz bir OSB yönetimiyiz", "OSB'yiz", "Organize Sanayi Bölgesi Müdürlüğü olarak başvuracağız"])(
    "'%s' is R9",
    (text) => {
      expect(isR9Case(foldTurkish(text))).toBe(true);
    },
  );
});
