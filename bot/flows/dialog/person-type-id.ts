/**
 * A VKN or TCKN given where the applicant's type is asked ("vergi no 9876543217", "firma adına
 * başvuru, vkn 3230512384", "TC kimlik numaram 45678912316"): a valid 10-digit VKN is a tüzel
 * kişi's, a valid 11-digit TCKN a gerçek kişi's (R3.1, `interfaces.md` §4 questions 1–2); the number
 * is that question's answer too. Only the one number of the message, valid by its own check.
 */
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { idNumberIn } from "../../nlu/numbers-in-text.ts";

/** The applicant's type an identity number tells, and the number as its question stores it. */
export interface PersonTypeOfId {
  personType: "tuzel" | "gercek";
  idNumber: string;
}

/** The type and number a message's one valid VKN or TCKN tells, or undefined. */
export function personTypeOfIdNumber(
  raw: string,
  options: { testMode: boolean },
): PersonTypeOfId | undefined {
  const reading = idNumberIn(raw);
  if (reading.kind !== "one") return undefined;
  const digits = reading.digits;
  const field = digits.length === 10 ? "vkn" : digits.length === 11 ? "tckn" : undefined;
  if (!field) return undefined;
  try {
    const idNumber = validateApplicationField(field, digits, options);
    return { personType: field === "vkn" ? "tuzel" : "gercek", idNumber };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return undefined;
  }
}

/**
 * A company's legal form or the word company named at the type question ("limited şirket", "ltd
 * şti", "anonim", "a.ş.", "şirketiz ltd", "a company"): a tüzel kişi (R3.1). The caller reads a sole
 * proprietorship ("şahıs şirketi", a gerçek kişi) and R9 first. Folded text.
 */
export const companyFormNamed = (folded: string): boolean =>
  /\b(?:ltd|limited|anonim|a s|sti|sirket\w*|firma\w*|kollektif|komandit|company|corporation|corp|inc|llc|gmbh)\b/.test(
    folded,
  );
