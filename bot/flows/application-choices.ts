/** The buttons of the application dialog's choice questions, with the typed words that pick them. */
import type { Choice } from "../choice.ts";

/** Question 1: tüzel or gerçek kişi. */
export const personChoices: Choice<"tuzel" | "gercek">[] = [
  {
    id: "tuzel",
    labelKey: "app.person.tuzel",
    synonyms: [
      "tuzel",
      "tuzel kisi",
      "tuzel kisiyim",
      "sirket",
      "sirketim",
      "firma",
      "legal",
      "legal person",
      "legal entity",
      "company",
      "anonim",
      "limited",
    ],
  },
  {
    id: "gercek",
    labelKey: "app.person.gercek",
    synonyms: [
      "gercek",
      "gercek kisi",
      "gercek kisiyim",
      "sahis",
      "sahis firmasi",
      "real",
      "real person",
      "natural person",
      "individual",
      "sole trader",
    ],
  },
];

/** Question 8: smart card or HSM. */
export const mediumChoices: Choice<"card" | "hsm">[] = [
  {
    id: "card",
    labelKey: "app.medium.card",
    synonyms: ["kart", "akilli kart", "akilli", "smart card", "card", "smartcard"],
  },
  {
    id: "hsm",
    labelKey: "app.medium.hsm",
    synonyms: ["hsm", "donanim guvenlik modulu", "hardware security module"],
  },
];

/** Question 9 (HSM): bireysel or grup. */
export const hsmKindChoices: Choice<"bireysel" | "grup">[] = [
  {
    id: "bireysel",
    labelKey: "app.hsmKind.bireysel",
    synonyms: ["bireysel", "tek", "tekil", "individual", "single", "sadece biz"],
  },
  { id: "grup", labelKey: "app.hsmKind.grup", synonyms: ["grup", "group", "grup basvurusu"] },
];

/** "bitti": no further group firm. */
export const doneChoice: Choice<"bitti">[] = [
  {
    id: "bitti",
    labelKey: "app.done",
    synonyms: [
      "bitti",
      "tamam",
      "tamamdir",
      "yok",
      "baska yok",
      "hayir",
      "done",
      "finished",
      "no more",
      "that is all",
    ],
  },
];

/** "evet"/"hayır" to the summary. */
export const yesNoChoices: Choice[] = [
  { id: "yes", labelKey: "common.yes" },
  { id: "no", labelKey: "common.no" },
];
