/**
 * A leading label of the field asked, typed before a free-text answer ("imza yetkilisi ayse
 * yilmaz", "Ad Soyad: Mehmet Demir", "Unvan: Örnek A.Ş.", "teslimat adresi: Atatürk Cad. 1",
 * "barkod no BRK-1", "my name is …"), as the VKN/TCKN/phone labels are (core/identity/typed-number.ts)
 * and the e-mail label (core/identity/email.ts). Only a label of the field asked is dropped, written
 * with or without Turkish letters and in any case; it must stand as whole words and leave a value.
 * A bare word that may begin a value ("title", "name", "firma") counts only with a colon after it.
 * The label is split off by the shared reader of answers with a label (core/text/labelled-answer.ts),
 * over the folded answer; the value is kept as typed.
 */
import { splitLabel } from "../text/labelled-answer.ts";
import type { ApplicationField } from "./application-field.ts";

const nameWords = "(?:ad(?:i|im)?(?:\\s*(?:ve\\s+)?soyad(?:i|im)?)?|isim|ismi|ismim)";
const labels = {
  person: `(?:benim\\s+)?${nameWords}|(?:my\\s+)?(?:full\\s+)?name(?:\\s+is)?(?=\\s*:)|my\\s+(?:full\\s+)?name(?:\\s+is)?`,
  signer: `(?:imza\\s+yetkilisi(?:nin|miz|mizin)?|yetkili(?:nin|miz|mizin)?|imza\\s+sahibi(?:nin)?|(?:authori(?:s|z)ed\\s+)?signatory(?:'?s)?)(?:\\s+${nameWords}|\\s+(?:full\\s+)?name)?`,
  tech: `(?:teknik\\s+(?:kisi|sorumlu|personel|yetkili|irtibat)(?:nin|miz|mizin)?|technical\\s+(?:contact|person)(?:'?s)?)(?:\\s+${nameWords}|\\s+(?:full\\s+)?name)?`,
  title: `(?:(?:firma(?:nin|mizin)?|sirket(?:in|imizin)?|ticaret|ticari)\\s+)?unvan(?:i|imiz)?|(?:firma(?:nin|mizin)?|sirket(?:in|imizin)?)\\s+ad(?:i)?|(?:company|trade|legal)\\s+(?:name|title)|(?:title|firma|sirket)(?=\\s*:)`,
  address: `(?:(?:teslimat|hsm|gonderim|kargo|firma|sirket|acik)\\s+)?adres(?:i|imiz)?|(?:delivery\\s+|hsm\\s+|shipping\\s+)?address`,
  barcode: `barkod(?:u)?(?:\\s+(?:no|numarasi|numara))?|barcode(?:\\s+(?:no|number))?`,
};

const patterns: Partial<Record<ApplicationField, RegExp>> = {};
const byField: Partial<Record<ApplicationField, string>> = {
  personName: labels.person,
  signerName: `${labels.signer}|${labels.person}`,
  techName: `${labels.tech}|${labels.person}`,
  title: labels.title,
  groupTitle: labels.title,
  deliveryAddress: labels.address,
  hsmAddress: labels.address,
  groupBarcode: labels.barcode,
};

function patternOf(field: ApplicationField): RegExp | undefined {
  const label = byField[field];
  if (!label) return undefined;
  patterns[field] ??= new RegExp(`^(?:${label})(?:\\s*[:=]\\s*|\\s+-\\s+|\\s+)(?=\\S)`, "u");
  return patterns[field];
}

/** The typed answer without a leading label of the field asked (the answer itself when there is none). */
export function withoutFieldLabel(raw: string, field: ApplicationField): string {
  const pattern = patternOf(field);
  // any value may follow a field's label; the field's own check judges it afterwards
  const answer = pattern ? splitLabel(raw, pattern, () => true) : undefined;
  return answer?.label === undefined ? raw : answer.value;
}
