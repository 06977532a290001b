/**
 * What the barcode is, asked at an HSM group firm's barcode question: "barkod nedir?", "barkod ne
 * demek", "barkodu nereden bulurum", "hangi barkod", "barkod numarası ne", "what is the barcode?",
 * "where do I find the barcode". Before, the question was refused with the barcode's format ("4 ile
 * 40 arasında harf veya rakam"). The caller answers from R3.3.3 (`app.barcode_explained`: every firm
 * with its own VKN applies with certificate type HSM itself; its barcode belongs to that application)
 * and asks the question again. A message holding a barcode-like run of digits is an answer, never such
 * a question. Works on folded text (bot/nlu/fold.ts).
 */

/** The barcode named (folded): "barkod", "barkodu", "barkod numarası", "barcode". */
const barcodeWord = /\b(?:barkod\w*|barcode\w*|bar code)\b/;

/** What, where, which, how: "nedir", "ne demek", "nereden", "hangi", "nasıl", "what", "where". */
const asking =
  /\b(?:nedir|ne demek\w*|ne anlama|ne ise yarar|ne|neyi|nerede\w*|nereden|nerde|nasil|hangi\w*|kim\w*|bilmiyor\w*|bilmiyom|yok|what\w*|where|which|how|mean\w*|don ?t know|dont know|do not have|no idea)\b/;

/** Whether a folded message at the barcode question asks what the barcode is or where to find it. */
export function barcodeAsked(raw: string, folded: string): boolean {
  if (/\d{3}/.test(raw)) return false;
  return barcodeWord.test(folded) && asking.test(folded);
}
