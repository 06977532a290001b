/**
 * Validation and normalisation of every field of the application dialog (`interfaces.md` §4).
 * The bot validates each answer as it is given; `submitApplication` validates the whole input again,
 * so no channel can store an invalid application.
 */

import { ValidationError } from "../errors/domain-error.ts";
import type { ErrorCode } from "../errors/error-codes.ts";
import { emailFromAnswer } from "../identity/email.ts";
import { normaliseTurkishMobile } from "../identity/phone.ts";
import { isValidTckn, testModeTckns } from "../identity/tckn.ts";
import { typedIdDigits } from "../identity/typed-number.ts";
import { isValidVkn, testModeVkns } from "../identity/vkn.ts";
import { digitsInWords } from "../text/digits-in-words.ts";
import { foldForLabel } from "../text/labelled-answer.ts";
import { addressShape } from "./address-shape.ts";
import type { ApplicationField } from "./application-field.ts";
import { withoutFieldLabel } from "./field-labels.ts";
import { isFillerAnswer } from "./filler-answer.ts";
import { refuseInvisibleCharacters } from "./invisible-characters.ts";
import { withLegalFormSpelled } from "./legal-form.ts";
import { isMediumAnswer } from "./medium-answer.ts";
import { nameIsSentence } from "./name-sentence.ts";

export type { ApplicationField } from "./application-field.ts";

/** Options of the validation. */
export interface FieldOptions {
  /** Accept the official test VKN/TCKNs that fail the checksum (never in production). */
  testMode?: boolean;
}

const collapse = (raw: string) => raw.normalize("NFC").replace(/\s+/g, " ").trim();

function vkn(raw: string, field: ApplicationField, options: FieldOptions): string {
  // "323.051.2384", "VKN: 3230512384" (core/identity/typed-number.ts)
  const value = typedIdDigits(raw, "vkn") ?? "";
  if (!/^\d{10}$/.test(value)) throw new ValidationError("invalid_vkn_format", "a VKN has 10 digits", field);
  if (!(isValidVkn(value) || (options.testMode && testModeVkns.has(value))))
    throw new ValidationError("invalid_vkn", "the VKN fails its checksum", field);
  return value;
}

function tckn(raw: string, field: ApplicationField, options: FieldOptions): string {
  const value = typedIdDigits(raw, "tckn") ?? "";
  if (!/^\d{11}$/.test(value))
    throw new ValidationError("invalid_tckn_format", "a TCKN has 11 digits", field);
  if (!(isValidTckn(value) || (options.testMode && testModeTckns.has(value))))
    throw new ValidationError("invalid_tckn", "the TCKN fails its checksum", field);
  return value;
}

/** Words of a firm's name (lower case, Turkish): a person's name holds none of them. */
const firmWords =
  /(?<=^|\s)(a\.?\s?ş\.?|ltd\.?|limited|şti\.?|şirketi?|ticaret|sanayi|anonim|holding|kooperatifi?|inc\.?|llc|gmbh|company)(?=\s|$)/u;

/**
 * Letters of another script than Latin (Cyrillic "О", Greek "Α" …): in a name, unvan or address
 * they look like Turkish letters in the summary but are other characters in the certificate.
 */
function refuseOtherScripts(value: string, field: ApplicationField): void {
  if (/(?![\p{Script=Latin}])\p{L}/u.test(value))
    throw new ValidationError("non_latin_letters", "only letters of the Latin (Turkish) alphabet", field);
}

function personName(raw: string, field: ApplicationField): string {
  const value = collapse(raw);
  if (value.length < 3 || value.length > 100)
    throw new ValidationError("invalid_name_length", "a name has 3 to 100 characters", field);
  refuseOtherScripts(value, field);
  // "tamamdır devam", "ok continue": acknowledging, not a name (it would become the subject)
  if (isFillerAnswer(value))
    throw new ValidationError("answer_is_filler", "a name, not words of acknowledgement", field);
  // "akıllı kart" typed ahead at a name question: the medium, asked later, not the subject's name
  if (isMediumAnswer(value))
    throw new ValidationError("answer_is_medium", "a name, not the certificate's medium", field);
  if (!/^[\p{L}][\p{L}.' -]*$/u.test(value) || !value.includes(" "))
    throw new ValidationError("invalid_name", "a name is a first name and a surname, letters only", field);
  // "ÖRNEK A.Ş.", "Ahmet Yılmaz Ticaret Şirketi": the unvan typed where a person's name is asked
  if (firmWords.test(value.toLocaleLowerCase("tr")))
    throw new ValidationError("name_is_firm", "a person's name, not a firm's unvan", field);
  // "kendi adıma", "aynı kişi", "henüz bilmiyorum": it would become the certificate's subject
  if (nameIsSentence(value))
    throw new ValidationError("name_is_sentence", "a person's first name and surname, not a sentence", field);
  return value;
}

function text(raw: string, field: ApplicationField, min: number, max: number, code: ErrorCode): string {
  const value = collapse(raw);
  if (value.length < min || value.length > max)
    throw new ValidationError(code, `must have ${min} to ${max} characters`, field, { min, max });
  // Half surrogates, the replacement character and angle brackets: they would go into the
  // certificate's subject as something else than what the summary showed. Control and invisible
  // format characters were refused before, with their own code (core/ra/invisible-characters.ts).
  if (/[<>\uFFFD]|\p{Cs}/u.test(value))
    throw new ValidationError(code, "contains characters that are not allowed", field, { min, max });
  refuseOtherScripts(value, field);
  return value;
}

/** A run of 10 or more digits (a VKN, TCKN or phone number, spaces and dashes allowed) or an e-mail address. */
const contactData = /(\d[\s-]*){10,}|[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

/**
 * Whether a text holds a VKN, TCKN, phone number or e-mail address: an unvan, which becomes the
 * certificate's name, holds none ("temsilci istiyorum, vkn 3230512384 tel 0532…" typed at its question).
 */
export function holdsContactData(raw: string): boolean {
  return contactData.test(raw);
}

/**
 * Signs no trade-register unvan holds, which would go into the certificate's CN: emoji and
 * pictographs ("😀", "★", "♥", "™", "©"), modifier and currency signs, and mathematical signs other
 * than "+" ("Artı + Eksi Ltd. Şti." is a name). Letters, digits and punctuation (". , & ' - ( ) /") stay.
 */
const unvanSymbol = /\p{Extended_Pictographic}|\p{So}|\p{Sk}|\p{Sc}|(?!\+)\p{Sm}/u;

/**
 * A firm's unvan: a name with letters, not a number typed at the wrong question nor personal data;
 * its legal-form words spelled in Turkish ("Anonim Sirketi" → "Anonim Şirketi", "Ltd Sti" →
 * "Ltd. Şti.": core/ra/legal-form.ts), as the summary shows it and the certificate's CN holds it.
 */
function title(raw: string, field: ApplicationField): string {
  const value = withLegalFormSpelled(text(raw, field, 2, 256, "invalid_title"));
  // "tamamdır devam", "OK CONTİNUE": acknowledging, not the firm's name (it would become the CN)
  if (isFillerAnswer(value))
    throw new ValidationError("answer_is_filler", "an unvan, not words of acknowledgement", field);
  if (isMediumAnswer(value))
    throw new ValidationError("answer_is_medium", "an unvan, not the certificate's medium", field);
  if (unvanSymbol.test(value))
    throw new ValidationError("invalid_title", "an unvan holds no emoji or symbols", field, {
      min: 2,
      max: 256,
    });
  if ((value.match(/\p{L}/gu)?.length ?? 0) < 2)
    throw new ValidationError("invalid_title", "an unvan has letters, not only numbers", field, {
      min: 2,
      max: 256,
    });
  if (holdsContactData(value))
    throw new ValidationError(
      "title_has_contact_data",
      "an unvan holds no VKN, TCKN, phone number or e-mail address",
      field,
    );
  return value;
}

/** Fewest letters an address has: a street, district or city name, not only numbers. */
const minAddressLetters = 5;

/**
 * A delivery or HSM address: 10 to 500 characters, at least two words and some letters, and the
 * shape of an address (core/ra/address-shape.ts: a street or building word, a building number in an
 * address form, or a number with a city), so that a number alone ("3230512384", a VKN typed at the
 * wrong question), a remark ("bilmiyorum ki", "adresi sonra yazarım 2 gün içinde") or a sentence with
 * a digit ("dakikada 500 fatura kesiyoruz") is refused; a change of the medium ("kart değil HSM
 * olsun") gets its own reason.
 */
function address(raw: string, field: ApplicationField): string {
  const value = text(raw, field, 10, 500, "invalid_address");
  const letters = value.match(/\p{L}/gu)?.length ?? 0;
  const shape = addressShape(foldForLabel(value));
  // "kart değil HSM olsun": a change of the medium, answered with how to make it (the "geri" command)
  if (shape === "medium_change")
    throw new ValidationError("address_names_medium", "an address, not a change of the medium", field, {
      min: 10,
      max: 500,
    });
  if (letters < minAddressLetters || !value.includes(" ") || shape !== "address")
    throw new ValidationError(
      "invalid_address",
      "an address has a street or building number and a place",
      field,
      {
        min: 10,
        max: 500,
      },
    );
  return value;
}

function phone(raw: string, field: ApplicationField): string {
  // "sıfır beş yüz otuz iki yüz yirmi üç kırk beş altmış yedi": dictated in words
  const spoken = digitsInWords(raw);
  const value = normaliseTurkishMobile(raw) ?? (spoken ? normaliseTurkishMobile(spoken) : undefined);
  if (!value) throw new ValidationError("invalid_phone", "not a Turkish mobile number", field);
  return value;
}

/**
 * Validates and normalises one answer. Throws a {@link ValidationError} whose `code` is the reason
 * (`invalid_vkn`, `invalid_tckn_format`, `invalid_email`…) and whose `field` is the field.
 */
export function validateApplicationField(
  field: ApplicationField,
  typed: string,
  options: FieldOptions = {},
): string {
  if (typeof typed !== "string") throw new ValidationError("required", "a value is required", field);
  // "Atatürk Cad.\u0007 No 5", a zero-width space, a right-to-left override: named as such, in every field
  refuseInvisibleCharacters(typed, field);
  // "imza yetkilisi Ayşe Yılmaz", "Unvan: …", "adres: …": a label of the field asked is no part of it
  const raw = withoutFieldLabel(typed, field);
  switch (field) {
    case "vkn":
    case "groupVkn":
      return vkn(raw, field, options);
    case "tckn":
    case "signerTckn":
      return tckn(raw, field, options);
    case "title":
    case "groupTitle":
      return title(raw, field);
    case "personName":
    case "signerName":
    case "techName":
      return personName(raw, field);
    case "email": {
      const value = emailFromAnswer(raw);
      if (!value) throw new ValidationError("invalid_email", "not an e-mail address", field);
      return value;
    }
    case "phone":
    case "techPhone":
      return phone(raw, field);
    case "deliveryAddress":
    case "hsmAddress":
      return address(raw, field);
    case "groupBarcode": {
      const value = raw.replace(/\s/g, "");
      if (!/^[A-Za-z0-9-]{4,40}$/.test(value))
        throw new ValidationError("invalid_barcode", "a barcode has 4 to 40 letters or digits", field);
      return value.toUpperCase();
    }
  }
}
