/**
 * The legal-form words of an unvan spelled in Turkish, however they were typed: without Turkish
 * letters ("Anonim Sirketi", "Ltd Sti", "A.S."), or in capitals typed on a keyboard without "İ"
 * ("ANONIM SIRKETI", "LIMITED"). The unvan becomes the certificate's CN in Turkish upper case
 * (core/pki/distinguished-name.ts turkishUpperCase), where "Sirketi" came out as "SİRKETİ" and
 * "ANONIM" stayed without its dot; spelled here, "Ornek Bilisim Anonim Sirketi" comes out as
 * "… ANONİM ŞİRKETİ" and "ABC Insaat Ltd Sti" as "… LTD. ŞTİ.", as the same words typed with Turkish
 * letters do. Only these known words are changed; the firm's own name is the customer's to spell.
 */

/** Lower case without Turkish letters, Turkish "I"/"ı" read as "i": "SIRKETI", "Şirketi" → "sirketi". */
function folded(word: string): string {
  return word
    .toLocaleLowerCase("tr")
    .replace(/ı/g, "i")
    .replace(/ş/g, "s")
    .replace(/ç/g, "c")
    .replace(/ğ/g, "g")
    .replace(/ö/g, "o")
    .replace(/ü/g, "u");
}

/** The folded word (its dot, if any, included) → its Turkish spelling. */
const spelled = new Map<string, string>([
  ["sirket", "Şirket"],
  ["sirketi", "Şirketi"],
  ["sirketleri", "Şirketleri"],
  ["anonim", "Anonim"],
  ["limited", "Limited"],
  ["ticaret", "Ticaret"],
  ["sanayi", "Sanayi"],
  ["sanayii", "Sanayii"],
  ["ltd", "Ltd."],
  ["ltd.", "Ltd."],
  ["sti", "Şti."],
  ["sti.", "Şti."],
  ["tic.", "Tic."],
  ["san.", "San."],
  ["a.s", "A.Ş."],
  ["a.s.", "A.Ş."],
]);

/** A word with an optional dot, or the abbreviation "A.Ş." ("A.S.", "A. S.", "a.ş"). */
const word = /(?<![\p{L}\p{N}])(?:[Aa]\.\s?[SsŞş]\.?|[\p{L}]+\.?)(?![\p{L}\p{N}])/gu;

/** The Turkish spelling in the letter case the customer typed: all capitals, capitalised or lower. */
function inCaseOf(typed: string, spelling: string): string {
  const letters = typed.replace(/[^\p{L}]/gu, "");
  if (
    letters.length > 1 &&
    (letters === letters.toLocaleUpperCase("tr") || letters === letters.toUpperCase())
  )
    return spelling.toLocaleUpperCase("tr");
  if (/^\p{Lu}/u.test(typed)) return spelling;
  return spelling.toLocaleLowerCase("tr");
}

/** An unvan with its legal-form words spelled in Turkish (everything else as typed). */
export function withLegalFormSpelled(title: string): string {
  // A bare "AS" without dots is left as typed: it is also a word or initials, and a foreign form.
  return title.replace(word, (typed, offset: number, whole: string) => {
    const spelling = spelled.get(folded(typed.replace(/\s/g, "")));
    if (!spelling) return typed;
    const cased = inCaseOf(typed, spelling);
    // "ltd.sti.": the dot typed after the word ("ltd" matched without it) is the abbreviation's own
    return whole[offset + typed.length] === "." && cased.endsWith(".") ? cased.slice(0, -1) : cased;
  });
}
