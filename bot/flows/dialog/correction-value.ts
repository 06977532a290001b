/**
 * The new value a correction at the application summary carries ("hayır, telefon yanlış 0555 765 43
 * 21 olacak", "e-posta yanlış, muhasebe@ornek.com.tr olmalı"): for a field whose values have a
 * shape of their own (a phone, an e-mail address, a VKN/TCKN), the one piece of the message of that
 * shape that the field's own check takes. A name or an unvan is read only where the message marks it
 * as the right value ("unvan yanlış, doğrusu Örnek Bilişim A.Ş.", "yetkili adı Ayşe Demir olacak",
 * "the title should be Example Ltd"), and so is an address or name after the field's name and a
 * change word ("adres değişecek Moda Cad No 5 Kadıköy İstanbul olsun", "yetkili adı Ayşe Demir
 * olacak"); a field only named ("adres yanlış") gets its question.
 */
import { ValidationError } from "../../../core/errors/domain-error.ts";
import type { ApplicationField } from "../../../core/ra/application-field.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { foldTurkish } from "../../nlu/fold.ts";
import { withDottedCapitalsFolded } from "./email-letters.ts";
import { titleProblem } from "./title-answer.ts";

/** Free-text fields whose right value may be marked in a correction. */
const markedFields: readonly ApplicationField[] = ["title", "personName", "signerName", "techName"];
/** The value after a marker: "doğrusu X", "doğru hali: X", "should be X". */
const afterMarker =
  /(?:doğrusu(?: şöyle| şu)?|dogrusu|doğru hali|doğru olanı|doğru yazımı|should be|the right one is|correct (?:one|value|name|title) is)\s*[:=]?\s*(.+?)\s*!?$/iu;
/** The value between the wrong word and "olacak", "olmalı", "olsun": "unvan yanlış, X A.Ş. olacak". */
const beforeVerb =
  /(?<!\p{L})(?:yanlış|hatalı|yanlis|hatali)(?!\p{L})[\s,;:]*([^,;:]+?)\s+(?:olacak|olmalı|olmali|olmalıydı|olsun)\s*[.!]?$/iu;

/** A name or unvan marked as the right value in the message, as typed. */
function markedValue(field: ApplicationField, raw: string): string | undefined {
  const typed = (afterMarker.exec(raw) ?? beforeVerb.exec(raw))?.[1]?.trim();
  // a sentence's full stop is no part of a name; an unvan keeps its abbreviations' dots ("A.Ş.")
  const value = field === "title" ? typed : typed?.replace(/\.$/, "");
  if (!value) return undefined;
  if (field === "title" && titleProblem(value, foldTurkish(value)) !== undefined) return undefined;
  return value;
}

/** The words naming a field at the start of a correction ("teslimat adresi", "yetkili adı", "unvanı"). */
const fieldWords: Partial<Record<ApplicationField, string>> = {
  deliveryAddress:
    "(?:(?:teslimat|gönderim|gonderim|kargo|firma|şirket|sirket|açık|acik|the|delivery|shipping)\\s+)?(?:adres\\p{L}*|address)",
  hsmAddress: "(?:(?:hsm|cihaz\\p{L}*|the)\\s+)?(?:adres\\p{L}*|address)",
  title:
    "(?:(?:ticari|ticaret)\\s+)?(?:unvan\\p{L}*|ünvan\\p{L}*)|(?:firma|şirket|sirket)\\p{L}*\\s+(?:ad[ıi]\\p{L}*|ism\\p{L}*|isim)|(?:the\\s+)?(?:company\\s+)?(?:title|name)",
  personName:
    "(?:ad[ıi]?m?[ıi]?z?\\s+soyad\\p{L}*|ad[ıi]m[ıi]?|ad[ıi]n[ıi]?|ad[ıi]|isim\\p{L}*|ism\\p{L}*|(?:my\\s+)?name)",
  signerName:
    "(?:imza\\s+)?yetkili\\p{L}*(?:\\s+(?:ad[ıi]\\p{L}*|ad|isim\\p{L}*|ism\\p{L}*))?(?:\\s+soyad\\p{L}*)?|(?:the\\s+)?signatory(?:'s)?(?:\\s+name)?",
  techName:
    "teknik\\s+(?:kişi|kisi|sorumlu)\\p{L}*(?:\\s+(?:ad[ıi]\\p{L}*|isim\\p{L}*|ism\\p{L}*))?|(?:the\\s+)?technical\\s+(?:contact|person)(?:'s)?(?:\\s+name)?",
};
/** Words saying the field is wrong or changes, between its name and the new value. */
const changeWords =
  "yanlış|yanlis|hatalı|hatali|eksik|farklı|farkli|değiş\\p{L}*|degis\\p{L}*|güncelle\\p{L}*|guncelle\\p{L}*|düzelt\\p{L}*|duzelt\\p{L}*|is wrong|wrong|has changed|changed|change(?: it)?|update(?: it)?|should be|is now";
/** Words right before the new value: "yenisi", "doğrusu", "new one is", "to". */
const valueIntro =
  "yeni(?:si)?|doğrusu|dogrusu|şöyle|soyle|new(?: one)?(?: is)?|(?:it |which )?(?:should|must) be|it ?['’]?s|it is|to";
/** Words after the new value: "olsun", "olacak", "olarak değiştirin", "yapalım", "please". */
const closingWords =
  /[\s,;:]*(?:olsun|olacak|olmalı|olmali|olmalıydı|olarak(?:\s+\p{L}+)?|şeklinde(?:\s+\p{L}+)?|seklinde(?:\s+\p{L}+)?|yapalım|yapalim|yapın|yapin|yapınız|yap|lütfen|lutfen|please|instead)\s*[.!]*$/iu;

/**
 * The new value of a correction that names the field and says it changes, in its own words: "adres
 * değişecek Moda Cad No 5 Kadıköy İstanbul olsun", "yetkili adı Ayşe Demir olacak", "unvanı Örnek
 * Yazılım A.Ş. olarak değiştirin", "the delivery address is wrong, it's …". Only with a change word
 * or a closing word ("olsun", "olarak değiştirin"), so a field merely named ("adres yanlış") is none.
 */
function valueAfterFieldName(field: ApplicationField, raw: string): string | undefined {
  const words = fieldWords[field];
  if (!words) return undefined;
  const opening = new RegExp(
    `^\\s*(?:(?:hayır|hayir|no)(?![\\p{L}])[\\s,.;:!-]*)?(?:(?:please\\s+)?(?:change|update|correct|fix)\\s+)?(?:(?:bizim|benim|our|my|the)\\s+)?(?:${words})(?![\\p{L}])[\\s,.;:!-]*((?:(?:${changeWords})(?![\\p{L}])[\\s,.;:!-]*)*)(?:(?:${valueIntro})(?![\\p{L}])[\\s,.;:=-]*)?`,
    "iu",
  );
  const head = opening.exec(raw);
  if (!head) return undefined;
  let value = raw.slice(head[0].length);
  let closed = false;
  for (let m = closingWords.exec(value); m && m[0].trim() !== ""; m = closingWords.exec(value)) {
    value = value.slice(0, m.index);
    closed = true;
  }
  if (!closed && head[1]!.trim() === "" && !/^\s*(?:please\s+)?(?:change|update|correct|fix)\s/iu.test(raw))
    return undefined;
  value = value.trim().replace(/[,;:]+$/, "");
  // a sentence's full stop is no part of a name or address; an unvan keeps its abbreviations' dots
  if (field !== "title") value = value.replace(/\.$/, "");
  if (!value || (field === "title" && titleProblem(value, foldTurkish(value)) !== undefined))
    return undefined;
  return value;
}

/** Pieces of a message shaped like a value of the field, as typed. */
function candidatesOf(field: ApplicationField, raw: string): string[] {
  if (field === "phone" || field === "techPhone")
    return (
      raw.match(/(?:\+\s*)?(?:90[\s.-]*)?\(?0?\s*5\d{2}\)?[\s.-]*\d{3}[\s.-]*\d{2}[\s.-]*\d{2}(?!\d)/g) ?? []
    );
  if (field === "email")
    return (withDottedCapitalsFolded(raw).match(/[^\s,;:<>()"'@]+@[^\s,;:<>()"'@]+/g) ?? []).map((m) =>
      m.replace(/[.!?]+$/, ""),
    );
  if (field === "vkn" || field === "tckn" || field === "signerTckn")
    return (raw.match(/(?<![\p{L}\p{N}])\d+(?:[ .-]\d+)*(?![\p{L}\p{N}])/gu) ?? []).map((m) =>
      m.replace(/\D/g, ""),
    );
  if (markedFields.includes(field) || field === "deliveryAddress" || field === "hsmAddress") {
    const marked =
      (markedFields.includes(field) ? markedValue(field, raw) : undefined) ?? valueAfterFieldName(field, raw);
    return marked === undefined ? [] : [marked];
  }
  return [];
}

/** The one valid value of the field in the message, normalised as the field's question stores it. */
export function correctionValueIn(
  field: ApplicationField,
  raw: string,
  options: { testMode: boolean },
): string | undefined {
  const values = new Set<string>();
  for (const candidate of candidatesOf(field, raw)) {
    try {
      values.add(validateApplicationField(field, candidate.trim(), options));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
  }
  return values.size === 1 ? [...values][0] : undefined;
}
