/**
 * What the VKN, the TCKN, the unvan, the imza yetkilisi or the HSM's service report (hizmet
 * gerçekleştirme tutanağı, R3.3.4) is, or where to find it ("VKN nedir?", "tutanak ne demek",
 * "vergi numarası ne demek", "unvanı nereden bulurum?", "imza yetkilisi kim olmalı?", "where do I
 * find our tax number"): a question about the term itself, not its change (R5.2). The classifier
 * knows these words only from the change's and the delivery's examples, so without this the bot
 * answered "a new mali mühür is needed". The glossary answers it (`glossary.<term>`): at the menu
 * (bot/dispatch/fallback.ts) and at an application's question (bot/flows/dialog/glossary-question.ts).
 */

/** The VKN (folded): "vkn", "vergi kimlik no", "vergi numarası", "tax number". */
const vknWords = String.raw`(?:vkn\w*|v k n|vergi (?:kimlik )?(?:no|numara)\w*|vergi kimlik\w*|tax (?:number|id|no)\w*|tax identification number)`;
/** The unvan (folded): "unvan", "ticaret unvanımız", "the company title", "trade name". */
const titleWords = String.raw`(?:unvan\w*|ticari unvan\w*|ticaret unvan\w*|ticari ad\w*|(?:company|firm|legal|trade|registered) (?:title|name)|title|trade name)`;
/**
 * The question of what it is or where it is found (folded): "nedir", "ne demek", "ne anlama
 * gelir", "nereden bulurum", "nerede yazar", "kaç haneli", "what is", "where do I find".
 */
const whatOrWhere = String.raw`(?:nedir|nedi|ne demek\w*|ne anlama gel\w*|ne(?=(?: (?:ki|ya|acaba|peki|yani|ola))* *$)|ne oluyor|derken|(?:ne|neyi|nereyi) kastedi\w*|ne ise yarar|(?:nereden|nerden|nerde|nerede|nasil) (?:bul|ogren|bak|gor|goru|yazar|yaziyor|yazili|cikar|alin|edin)\w*|nerede|nerde|kac hane\w*|what (?:is|s|does|are)|whats|wats|what s|meaning of|where (?:do|can|could|should|would|is|are)(?: (?:i|we|it|one))?(?: (?:find|get|see|look|written|printed|shown))?|how (?:do|can|could) (?:i|we) (?:find|get|see|look up|learn))`;

/** The TCKN (folded): "tckn", "tc kimlik no", "T.C. kimlik numarası", "Turkish ID number". */
const tcknWords = String.raw`(?:tckn\w*|t ?c kimlik\w*|t ?c no\w*|kimlik (?:no|numara)\w*|(?:turkish |national )?id(?:entity)? number|tr id)`;
/** The signatory (folded): "imza yetkilisi", "yetkili imza", "the authorised signatory". */
const signerWords = String.raw`(?:imza yetkili\w*|yetkili imza\w*|imza sahibi\w*|(?:authori[sz]ed )?signator(?:y|ies)|authori[sz]ed (?:person|signer))`;
/** Who it is or should be (folded): "kim olmalı", "kimdir", "kim olabilir", "who should it be". */
const who = String.raw`(?:kim(?:dir|dri| olmali\w*| olabilir\w*| olur| olacak\w*| yazilir| yazilmali\w*)?\b|who (?:is|s|should|can|could|must|are|may|counts))`;

/** The HSM's service report (folded): "tutanak", "hizmet gerçekleştirme tutanağı", "service report" (R3.3.4). */
const reportWords = String.raw`(?:tutana[kg]\w*|hizmet gerceklestirme\w*|service (?:completion )?report\w*)`;

const vknFirst = new RegExp(String.raw`\b${vknWords}(?: \S+){0,3} ${whatOrWhere}`);
const vknAfter = new RegExp(String.raw`\b${whatOrWhere}(?: \S+){0,3} ${vknWords}\b`);
const titleFirst = new RegExp(String.raw`\b${titleWords}(?: \S+){0,3} ${whatOrWhere}`);
const titleAfter = new RegExp(String.raw`\b${whatOrWhere}(?: \S+){0,3} ${titleWords}\b`);

const tcknFirst = new RegExp(String.raw`\b${tcknWords}(?: \S+){0,3} ${whatOrWhere}`);
const tcknAfter = new RegExp(String.raw`\b${whatOrWhere}(?: \S+){0,3} ${tcknWords}\b`);
const signerFirst = new RegExp(String.raw`\b${signerWords}(?: \S+){0,3} (?:${whatOrWhere}|${who})`);
const signerAfter = new RegExp(String.raw`\b(?:${whatOrWhere}|${who})(?: \S+){0,3} ${signerWords}\b`);

/** Who signs or keeps it (folded): "kim imzalıyor", "kimde kalır", "who signs", "who keeps". */
const reportWho = String.raw`(?:kim\w*|who \w+)`;
const reportFirst = new RegExp(String.raw`\b${reportWords}(?: \S+){0,3} (?:${whatOrWhere}|${reportWho})`);
const reportAfter = new RegExp(String.raw`\b(?:${whatOrWhere}|${reportWho})(?: \S+){0,3} ${reportWords}\b`);

/** A change, a number given, or another topic beside it (folded): then it is no such question. */
const notAboutTheIdentifier =
  /\b(degis\w*|guncel\w*|yeni\w*|duzelt\w*|hatali|yanlis|changed?|changing|update\w*|new|wrong|correct\w*|iptal\w*|revok\w*|basvur\w*|apply\w*|application|sertifika\w*|muhur\w*|seal|certificate|kart\w*|card)\b|\d/;

/** A term of the application the glossary explains (the `glossary.<term>` texts). */
export type GlossaryTerm = "vkn" | "tckn" | "title" | "signer" | "service_report";

/**
 * Which term of the application a folded message asks about (what it is, where it is found, who it
 * is): the VKN, the TCKN, the unvan or the imza yetkilisi, or undefined. A message that also names
 * a change, a number, the seal or an application is not one (it asks about those).
 */
export function identifierAsked(folded: string): GlossaryTerm | undefined {
  if (notAboutTheIdentifier.test(folded)) return undefined;
  if (vknFirst.test(folded) || vknAfter.test(folded)) return "vkn";
  if (tcknFirst.test(folded) || tcknAfter.test(folded)) return "tckn";
  if (signerFirst.test(folded) || signerAfter.test(folded)) return "signer";
  if (titleFirst.test(folded) || titleAfter.test(folded)) return "title";
  if (reportFirst.test(folded) || reportAfter.test(folded)) return "service_report";
  return undefined;
}
