/**
 * A wish to have the seal, and nothing else (folded): "hi, I want an e-seal for my company", "I'd
 * like to get an e-seal", "we need an electronic seal", "how can we obtain a company seal", "can I
 * buy an e-seal here", "mühür sipariş etmek istiyorum", "firmamıza e-mühür almak istiyoruz". The
 * product asked for is the application (§4 Application, R3.1), whatever the other words lean to
 * ("company" was the invoice's, "get" a fault's). A wish with another topic beside it ("… how much
 * does it cost", "I want to renew my seal") is no such message: the whole message is matched.
 */

/** A greeting or a polite word before the wish. */
const opening = String.raw`(?:(?:hi|hello|hey|good (?:morning|afternoon|evening|day)|greetings|dear \S+|merhaba\w*|selam\w*|iyi gunler|please|lutfen|yes|evet|ok|okay)(?: there| team)? )*`;

/** The seal named (folded English): "an e-seal", "the electronic seal", "a company seal". */
const sealEn = `(?:an? |the |one |our own |my own |a new |an new )?(?:new )?(?:eseal|e seal|electronic seal|company seal|corporate seal|financial seal|fiscal seal|digital seal|mali muhur|seal)(?: certificate)?s?`;

/** Whom for, or where (folded English). */
const tailEn = String.raw`(?: (?:for|to) (?:my|our|the|a|an) (?:\S+ )?(?:company|firm|business|organi[sz]ation|corporation|enterprise|shop|store)| please| from you| here| online| today| now| asap| for us| for me)*`;

/** The wish (folded English). */
const wishEn = `(?:(?:(?:i|we)(?: d| would| will| really| also| just)? )?(?:want|wanna|need|like|require|am looking|are looking|m looking|re looking|d love|would love)(?: to| for)?(?: (?:get|have|obtain|order|buy|purchase|apply for|request|receive|acquire|set up|issue))?|(?:how|where) (?:do|can|could|should|would|to) (?:i |we )?(?:get|obtain|order|buy|purchase|acquire|have|apply for|request)|(?:can|could|may) (?:i|we) (?:get|have|obtain|order|buy|purchase|apply for|request)|(?:looking for|interested in|get me|give me)(?: getting| buying| ordering)?|get|buy|order|purchase|obtain)`;

/** The seal named (folded Turkish): "mali mühür", "e-mühür", "elektronik mühür", "mühür". */
const sealTr = `(?:bir |yeni (?:bir )?)?(?:mali |e |elektronik |dijital )?(?:muhur|emuhur)(?:u|e)?`;
/** Whom for (folded Turkish): "firmam için", "şirketimize". */
const forTr = String.raw`(?:(?:firma|sirket|isletme|kurum)\w* (?:icin |adina )?)?`;
/** The wish (folded Turkish): "sipariş etmek istiyorum", "almak istiyoruz", "edinmek istiyoruz". */
const wishTr = `(?:siparis (?:etmek|vermek)|satin almak|almak|edinmek|cikartmak|cikarmak|yaptirmak|talep etmek)(?: istiyorum| istiyoruz| istiyoz| istiyom| isterim| isteriz)`;

const sealWanted = new RegExp(
  `^${opening}(?:${wishEn} ${sealEn}${tailEn}|${forTr}${sealTr} ${wishTr}|${sealTr} ${forTr}${wishTr})$`,
);

/** Whether a folded message only wishes to have the seal (the application, R3.1). */
export function sealWantedOnly(folded: string): boolean {
  return sealWanted.test(folded.trim());
}
