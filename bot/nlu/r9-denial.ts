/**
 * R9.1's cases denied (folded text, fold.ts): "adi ortaklık değiliz", "kooperatif falan değil",
 * "adi ortaklık olmayan bir limited şirketiz", "ne adi ortaklığız ne kooperatif", "yabancı ortağımız
 * yok", "temsilcilerimiz yabancı değil", "we are not an ordinary partnership", "no foreign
 * partners". A denied case says what the firm is NOT: it is no R9 case (bot/nlu/r9.ts) and no
 * foreign partner (bot/flows/application.ts, bot/intent-router.ts). {@link withoutDeniedR9} blanks
 * such a mention with its negation, so what is left ("anonim şirketiz", "kooperatifiz") is judged
 * as before: "adi ortaklık değil, kooperatifiz" stays an R9 case.
 *
 * Turkish negates after the words, with a few filler words between ("adi ortaklık falan değiliz",
 * "yabancı ortağımız da yok"); a tag question ("kooperatifiz, değil mi?") is no negation. English
 * negates before them ("not a cooperative", "no foreign partners", "don't have any foreign
 * shareholders") or in the verb ("our partners are not foreign", "none of our partners are
 * foreign"). Mentions joined by "ve", "veya", "ya da", "or", "nor" share one negation ("kooperatif
 * veya fon değiliz", "not a cooperative or a fund").
 */
import { asForeign } from "./nationalities.ts";

/** "%100", "tamamen", "fully" … before "yabancı"/"foreign" (folded "%100" is "100"). */
const wholly = String.raw`(?:(?:yuzde ?(?:yuz|100)|100|tamamen|tamami|butunuyle|tum|fully|wholly|entirely|all|100 percent) )?`;

/** Turkish and English words of R9.1's cases, each with its usual complement. */
const subject = [
  String.raw`adi ortak\w*`,
  String.raw`is ortakligi\w*|ortak girisim\w*|joint ventures?|ordinary partnerships?`,
  String.raw`(?:tarim(?:sal)? (?:kalkinma )?|konut (?:yapi )?|yapi )?kooperatif\w*|koop|(?:agricultural |housing )?cooperatives?`,
  String.raw`(?:yatirim |emeklilik )?fon\w*|(?:mutual |investment |pension )?funds?`,
  String.raw`organize sanayi(?: bolge\w*)?|organi[sz]ed industrial (?:zones?|estates?)|osb\w*`,
  String.raw`koll?ektif(?: (?:sirket|sti|ortaklik)\w*)?|collective (?:company|companies|partnerships?)`,
  // "yabancı ortaklı", "%100 yabancı sermayeli", "yabancı ortağımız", "foreign owned", "foreign partners"
  String.raw`${wholly}(?:yabanci|foreign)(?: (?:uyruklu|menseli|kaynakli))?(?: (?:orta[kg]|sermaye|hissedar|temsilci|yetkili|yonetici|mudur|sahi[pb]|kurulus|sirket|firma)\w*| (?:owned|capital|partners?|shareholders?|owners?|representatives?|directors?|investors?|company|firm))?`,
  // "ortaklarımız yabancı", "temsilcilerimizin hiçbiri yabancı", "yetkilimiz yabancı uyruklu"
  String.raw`(?:orta[kg]|hissedar|sahi[pb]|temsilci|yetkili|yonetici|mudur)\w*(?: (?:hepsi|tamami|tumu|hicbiri|hic biri|de|da))? yabanci(?: uyruklu)?`,
].join("|");

/** Mentions joined: "kooperatif veya fon", "a cooperative or a fund". */
const chain = String.raw`(?:${subject})(?:(?: (?:ve|veya|ya da|yada|yahut|ile|or|nor|and))?(?: (?:an?|the|bir))? (?:${subject}))*`;

/** Words that may stand between the mention and a Turkish negation ("… falan değiliz", "… da yok"). */
const filler = String.raw`(?:falan|filan|gibi|bir|sey|seyi|turu|tipi|turunde|statusunde|olarak|sirket\w*|firma\w*|kurum\w*|kurulus\w*|isletme\w*|da|de|hic|kesinlikle|asla|mevcut|bizim|biz)`;

/** Turkish negations after the mention; "yoksa" (or) and a tag question ("değil mi") are none. */
const turkishNegation = String.raw`(?:degil|deyil|deil|degl)\w*(?! mi| mu)|olmay\w*|olmadig\w*|olmadik\w*|yok(?:tur|tu|uz)?|bulunm[au]\w*|sayilm\w*|sayilmaz\w*`;

/** English negations before the mention. */
const englishNegation = String.raw`(?:not|n t|no|neither|nor|without|non|never|none of|have no|has no|(?:don t|do not|doesn t|does not) have(?: any)?)(?: (?:really|actually|even|exactly|an?|the|any|our|some kind of|kind of))*`;

/** Turkish: the mention, fillers, the negation. */
const deniedAfter = new RegExp(
  String.raw`\b(?:${chain})(?: ${filler}){0,3} (?:${turkishNegation})(?=\s|$)`,
  "g",
);
/** English: the negation, the mention. */
const deniedBefore = new RegExp(String.raw`\b(?:${englishNegation}) (?:${chain})\b`, "g");
/** English, negated in the verb: "our partners are not (all) foreign", "none of our partners are foreign". */
const deniedVerb =
  /\b(?:none of )?(?:our |the )?(?:partners?|shareholders?|owners?|representatives?|directors?|managers?|founders?) (?:are|is) (?:not|n t) (?:all )?foreign\b|\b(?:aren t|isn t) (?:all )?foreign\b|\bnone of (?:our |the )?(?:partners|shareholders|owners|representatives|directors|managers|founders) (?:are|is) (?:all )?foreign\b/g;
/** "ne adi ortaklığız ne (de) kooperatif": neither. */
const neither = new RegExp(String.raw`\bne (?:de )?(?:${chain})(?: ne (?:de )?(?:${chain}))+`, "g");

/** The folded message with every denied R9.1 mention blanked, with its negation. */
export function withoutDeniedR9(folded: string): string {
  return [neither, deniedVerb, deniedAfter, deniedBefore]
    .reduce((text, re) => text.replace(re, " "), folded)
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a folded message speaks of a foreign partner (a nationality counts), not denying it. */
export function foreignPartnerTold(folded: string): boolean {
  return /\b(yabanci|foreign)/.test(withoutDeniedR9(asForeign(folded)));
}
