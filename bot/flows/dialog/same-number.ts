/**
 * "The same number as before", said at the signatory's TCKN by a gerçek kişi who signs the seal
 * himself (folded text): "aynı", "aynı numara", "benimki", "kendi tc kimlik numaram", "yukarıda
 * yazdım", "zaten verdim", "same as above", "the same one". A message holding digits is a number
 * typed, judged by the TCKN check itself.
 */
export function saysSameNumber(folded: string): boolean {
  if (/\d/.test(folded)) return false;
  const text = folded
    .replace(/\b(evet|yine|o da|bu da|zaten|tabii|tabi|ki|yes|it s|its)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const mine = "(benim|benimki|bende ki|kendi|kendimin|benimle|my|mine|my own)";
  const number =
    "(tc|tckn|tc no|tc kimlik( no| numara\\w*)?|kimlik( no| numara\\w*)?|numara\\w*|no|number|id( number)?)";
  return new RegExp(
    "^(" +
      `ayni(si)?( ${number})?( ${mine})?( ${number})?` +
      `|${mine}( ${number})?` +
      `|(bir )?(yukarida(ki)?|yukaridaki gibi|az once|demin|biraz once|ilk basta|basta) (yazdigim|verdigim|yazdim|verdim|yazmistim|vermistim|yazdiginiz|yazilan)( ${number})?( ${mine})?` +
      "|(yazdim|verdim|yazmistim|vermistim)( ya| ki)?" +
      `|(the )?same( one| number| as (above|before|mine|the first( one)?))?` +
      "|as above|already (gave|typed|sent|entered) (it|that|you that)" +
      ")$",
  ).test(text);
}
