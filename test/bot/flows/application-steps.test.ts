/**
 * The application dialog's table (bot/flows/application-steps.ts): its order is `interfaces.md` §4,
 * and the order of questions, "geri", the reprompts, the summary and its correction targets all
 * follow from it, in the table and in the dialog.
 */
import { describe, expect, it } from "vitest";
import type { ApplicationData } from "../../../bot/flows/application-data.ts";
import {
  type ApplicationStep,
  applicationSteps,
  applicationStepTable,
  correctionTargets,
  nextStep,
  previousStep,
  summaryLines,
} from "../../../bot/flows/application-steps.ts";
import { botTexts, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const base: ApplicationData = {
  personType: "tuzel",
  idNumber: "3230512384",
  title: "Örnek Bilişim A.Ş.",
  signerName: "Ayşe Yılmaz",
  signerTckn: "10000000146",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};
const card: ApplicationData = { ...base, medium: "card", deliveryAddress: "Atatürk Cad. No: 1 Ankara" };
const hsm: ApplicationData = {
  ...base,
  medium: "hsm",
  hsmKind: "bireysel",
  hsmAddress: "OSB 1. Cad. No: 10 Bursa",
  techName: "Deniz Ak",
  techPhone: "+905442223344",
};
const group: ApplicationData = {
  ...hsm,
  hsmKind: "grup",
  group: [{ vkn: "6180884538", title: "Büyük Lojistik A.Ş.", barcode: "BRK-1" }],
};

/** The steps asked in order from question 1 to the summary (the group loop taken once). */
function walk(d: ApplicationData): ApplicationStep[] {
  const path: ApplicationStep[] = ["personType"];
  let step: ApplicationStep = "personType";
  while (step !== "summary") {
    step = step === "groupBarcode" ? "hsmAddress" : nextStep(step, d);
    path.push(step);
  }
  return path;
}

const common = ["personType", "idNumber", "title", "signerName", "signerTckn", "email", "phone", "medium"];

describe("application step table", () => {
  it("is in the order of interfaces.md §4", () => {
    expect(applicationSteps).toEqual([
      ...common,
      "deliveryAddress",
      "hsmKind",
      "groupVkn",
      "groupTitle",
      "groupBarcode",
      "hsmAddress",
      "techName",
      "techPhone",
      "summary",
      "correct",
    ]);
  });

  it("asks, per medium and HSM kind, only the questions that apply", () => {
    expect(walk(card)).toEqual([...common, "deliveryAddress", "summary"]);
    expect(walk(hsm)).toEqual([...common, "hsmKind", "hsmAddress", "techName", "techPhone", "summary"]);
    expect(walk(group)).toEqual([
      ...common,
      "hsmKind",
      "groupVkn",
      "groupTitle",
      "groupBarcode",
      "hsmAddress",
      "techName",
      "techPhone",
      "summary",
    ]);
    // each further firm until "bitti"
    expect(nextStep("groupBarcode", group)).toBe("groupVkn");
  });

  it("goes back along the same path ('geri' undoes 'next' outside the group loop)", () => {
    for (const d of [card, hsm]) {
      const path = walk(d);
      for (let i = 1; i < path.length; i++) expect(previousStep(path[i]!, { ...d })).toBe(path[i - 1]);
      expect(previousStep("personType", d)).toBeUndefined();
    }
    expect(previousStep("correct", card)).toBe("summary");
  });

  it("goes back through the group: the address to the next firm's VKN, that to the last firm's barcode, reopened", () => {
    const d: ApplicationData = structuredClone(group);
    expect(previousStep("hsmAddress", d)).toBe("groupVkn");
    expect(previousStep("groupVkn", d)).toBe("groupBarcode");
    expect(d.group).toEqual([]);
    expect(d.firm).toEqual({ vkn: "6180884538", title: "Büyük Lojistik A.Ş." });
    expect(previousStep("groupBarcode", d)).toBe("groupTitle");
    expect(previousStep("groupTitle", d)).toBe("groupVkn");
    expect(d.firm).toBeUndefined();
    expect(previousStep("groupVkn", d)).toBe("hsmKind");
  });

  it("offers to correct, in dialog order, the fields of the summary", () => {
    const ids = (d: ApplicationData) => correctionTargets(d).map((t) => t.correction.id);
    expect(ids(card)).toEqual([...common, "deliveryAddress"]);
    expect(ids(group)).toEqual([...common, "group", "hsmAddress", "techName", "techPhone"]);
    const groupTarget = correctionTargets(group).find((t) => t.correction.id === "group")!;
    expect(groupTarget.step).toBe("hsmKind");
  });

  it("has a question text for every asked step and a summary line for every answered field, in tr and en", async () => {
    const texts = await botTexts();
    for (const locale of ["tr", "en"] as const) {
      const t = (key: string, params?: Record<string, string | number>) => texts(locale, key, params);
      for (const d of [card, group, { ...card, personType: "gercek" as const }]) {
        for (const spec of applicationStepTable) {
          const question = spec.question?.(d);
          if (question)
            expect(t(question.key, question.params), `${locale} ${question.key}`).not.toBe(question.key);
        }
        const lines = summaryLines(t, d);
        expect(lines.join("\n")).not.toMatch(/app\.field|app\.person|app\.medium|app\.hsmKind/);
      }
      expect(summaryLines(t, card)).toHaveLength(9);
      expect(summaryLines(t, group)).toHaveLength(13);
    }
  });
});

describe("application dialog from the table", () => {
  it("'geri' from the address after 'bitti' asks for the next firm's VKN, then reopens the last firm", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...tuzelCardAnswers.slice(0, 8), "HSM", "grup", "6180884538", "Büyük Lojistik A.Ş."]);
    expect(await chat.say("BRK-2026-001")).toContain("2. firmanın");
    expect(await chat.say("bitti")).toContain("adres");
    expect(await chat.say("geri")).toContain("2. firmanın");
    expect(await chat.say("geri")).toContain("barkod");
    expect(await chat.say("BRK-2026-002")).toContain("2. firmanın");
  });

  it("a correction named by its most specific words: 'teknik kişi telefon' and 'hsm adresi'", async () => {
    const { chat } = await setup();
    await sayAll(chat, [
      ...tuzelCardAnswers.slice(0, 8),
      "HSM",
      "bireysel",
      "OSB 1. Cad. No: 10 Bursa",
      "Deniz Ak",
      "05442223344",
    ]);
    await chat.say("hayır");
    expect(await chat.say("teknik kişi telefon")).toMatch(/teknik kişinin cep telefonu/i);
    expect(await chat.say("05443334455")).toContain("onaylıyor musunuz");
    await chat.say("hayır");
    expect(await chat.say("hsm adresi")).toMatch(/HSM.*adres/);
  });
});
