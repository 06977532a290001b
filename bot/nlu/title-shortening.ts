/**
 * Whether the unvan may be shortened, or is too long, asked (folded): "unvan çok uzun kısaltabilir
 * miyim", "firma adımız çok uzun sığar mı", "A.Ş. diye kısaltarak yazsam olur mu", "can I abbreviate
 * our company name?", "our title is too long". The classifier knew "unvan" only from the change's
 * examples and "kısalt"/"uzun" from the medium comparison, so the card/HSM text answered. The
 * certificate's subject is the full unvan (domain.md, the certificate profile: CN=<full unvan>):
 * answered by info.title_full through R5.2's topic (bot/flows/info.ts), and at the application's
 * unvan question (bot/flows/application.ts).
 */

/** The unvan or the firm's name (folded). */
const titleNamed =
  /\b(?:unvan\w*|ticari ad\w*|(?:sirket|firma|isletme)\w* (?:ad|adi|adimiz|ismi|ismimiz|isim)\b|company name|firm s name|business name|trade name|(?:company|our|the|legal) title)\b/;

/** Shortening, or the name's length, asked or told (folded). */
const shorteningWords =
  /\b(?:kisalt\w*|kisa (?:yaz|hal|bicim|ad)\w*|cok uzun|uzun (?:oldu\w*|geliyor|mu|ise|sorun\w*)|sigmiyor\w*|sigar m[iu]|sigmaz\w*|karakter (?:sinir\w*|limit\w*|sayi\w*)|abbreviat\w*|shorten\w*|short form|too long|very long|long name|character limit|fit)\b/;

/** A change told: R5.2's own answer (folded). */
const changeTold = /\b(?:degis\w*|guncelle\w*|changed|changing|new (?:title|name))\b/;

/** Whether shortening or length is what a folded message says (without naming the unvan). */
export function shorteningAsked(folded: string): boolean {
  return shorteningWords.test(folded) && !changeTold.test(folded);
}

/** Whether a folded message asks whether the unvan may be shortened or is too long. */
export function titleShorteningAsked(folded: string): boolean {
  return titleNamed.test(folded) && shorteningAsked(folded);
}
