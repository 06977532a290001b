/**
 * E-mail addresses typed with Turkish letters. On a Turkish keyboard with caps lock on, "i" types
 * as the dotted capital İ ("YENİ@ORNEK.COM", "MUHASEBE@FİRMA.COM.TR"): the address checks
 * (core/identity/email.ts) take ASCII only, so such an address was refused as "not a valid e-mail
 * address", without a reason. {@link withDottedCapitalsFolded} folds İ to i in the words holding an
 * "@" (a word in capitals only is lower-cased whole: "YENİ@ORNEK.COM" → "yeni@ornek.com"), so that
 * the ordinary check takes it where that yields a valid address; {@link turkishLetterInAddress}
 * tells an address still holding a Turkish letter (ç, ğ, ı, ö, ş, ü), refused with its reason.
 */

/** A word holding an "@", with the punctuation it may carry. */
const addressWord = /[^\s,;<>()"']*@[^\s,;<>()"']*/gu;

/** The text with the dotted capital İ of its address words folded to i. */
export function withDottedCapitalsFolded(raw: string): string {
  return raw.replace(addressWord, (word) => {
    if (!word.includes("İ")) return word;
    const ascii = word.replace(/İ/g, "I");
    // "YENİ@ORNEK.COM": typed in capitals, lower-cased whole; "Ali.İnce@ornek.com": only the İ
    return /\p{Ll}/u.test(ascii) ? word.replace(/İ/g, "i") : ascii.toLowerCase();
  });
}

/** Turkish letters no address here may hold. */
const turkishLetter = /[çğıöşüÇĞİÖŞÜ]/u;

/** Whether a word of the text holding an "@" has a Turkish letter in it ("muhasebe@fırma.com"). */
export function turkishLetterInAddress(raw: string): boolean {
  return (raw.match(addressWord) ?? []).some((word) => turkishLetter.test(word));
}
