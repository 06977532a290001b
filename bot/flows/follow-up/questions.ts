/**
 * The short follow-up questions read in the light of the last answer (./follow-up.ts), on folded
 * text (bot/nlu/fold.ts: lower case, no Turkish letters, "e-arşiv" → "earsiv"). Each names a kind
 * of question, in Turkish and English, never one sentence.
 */

/** "ne yapmalıyım", "şimdi ne olacak", "yenisi mi lazım", "what now? do we need a new one?" */
const nextStep = new RegExp(
  [
    String.raw`\bne (yapmali\w*|yapmam\w* (gerek\w*|lazim)|yapmak (gerek\w*|lazim)|yapaca\w*|yapica\w*|yapcam\w*|yapiyoruz|yapabilir\w*|yapilmali\w*|yapilacak)`,
    String.raw`\b(simdi|sonra|bundan sonra|sonrasinda|artik) (ne|nolcak|napcam|napmali\w*)\b`,
    String.raw`\bne olacak\b|\bnapmali\w*|\bnapcam\w*|\bnapiyoruz\b|\bsimdi ne\b|\bbundan sonra\b|\bsonraki adim\w*`,
    String.raw`\byeni(si|sini|sine|den)?\s*(bir\s+)?(kart|sertifika|muhur)?\w*\s*(mi\s+)?(lazim|gerek\w*|almam\w*|almali\w*|alacag\w*|alabilir\w*)`,
    String.raw`\b(yeniden|tekrar|bastan) basvur\w*`,
    String.raw`\bwhat now\b|\bnow what\b|\bwhat next\b|\bwhat s next\b|\bwhat is next\b|\bnext steps?\b|\bwhat happens now\b`,
    String.raw`\bwhat (should|do|must|shall|can) (i|we) do\b|\bwhat (do|should) (i|we) need to do\b|\bwhat do (i|we) do now\b`,
    String.raw`\bnew (one|card|certificate|seal)\b|\bapply again\b|\breapply\w*|\breplacement\b`,
  ].join("|"),
);

/**
 * What to do about something else: a code that did not come, a PIN, a card found again ("kod
 * gelmedi ne yapmalıyım", "kartı bulduk şimdi ne olacak"), the price of a new card ("how much is a
 * new card?") or the firm's e-documents ("iptalden sonra e-defter ne olacak?": the revocation's own
 * answer, bot/flows/dialog/revocation-question.ts).
 */
const aboutSomethingElse =
  /\b(bul(dum|duk|undu|du)\w*|found|kod\w*|code\w*|sms|mesaj\w*|e?mail\w*|e?posta\w*|gelme\w*|pin\w*|sifre\w*|puk\w*|password|arrive\w*|received|kac para|fiyat\w*|ucret\w*|how much|cost\w*|price\w*|e?fatura\w*|e?defter\w*|e?arsiv\w*|e?invoice\w*|ledger\w*)\b/;

/** Whether the message asks what to do next ("ne yapmalıyım", "what now?"), about nothing else named. */
export function asksNextStep(folded: string): boolean {
  return nextStep.test(folded) && !aboutSomethingElse.test(folded);
}

/** "peki evrakları nereye göndereceğiz", "adres neresi", "hangi belgeler", "where do we send them?" */
const whereToSend =
  /\bnereye\b|\bnerye\b|\bhangi (adres|belge|evrak)\w*|\badres\w*|\b(belge|evrak)\w* (ne|neler|hangi)\w*|\bwhere\b|\baddress\w*|\bwhich (documents|papers)\b|\bwhat documents\b/;

/** Whether the message asks where (or which) documents are sent. */
export function asksWhereToSend(folded: string): boolean {
  return whereToSend.test(folded);
}

/** The order number itself: "sipariş numaram neydi", "sipariş no nedir", "what was my order number?" */
const orderNumberWords =
  /\bsiparis (no|nom|nosu|numara\w*)\b|\bnumara(m|miz|mi|mizi|yi)\b|\border (no|number)\b/;
const askedAgain =
  /\b(neydi|ne idi|nedir|ne|kacti|kac|hangisiydi|unuttum|unuttuk|tekrar|hatirlat\w*|soyle\w*|yaz\w*|ver\w*|what|again|forgot|remind\w*|tell|repeat)\b/;
const aboutTheOrderItself =
  /\bdurum\w*|\bstatus\b|\bnerede\b|\bwhere\b|\bkargo\w*|\bne zaman\b|\bwhen\b|\biptal\w*|\bcancel\w*/;

/** Whether the message asks for the order number again (not the order's status). */
export function asksOrderNumber(folded: string): boolean {
  return orderNumberWords.test(folded) && askedAgain.test(folded) && !aboutTheOrderItself.test(folded);
}

/** A credit or debit card: never the smart card (R3.2, sanal POS). */
const creditCard = /\b(kredi|banka)\s*kart\w*|\b(credit|debit)\s*cards?\b|\bvisa\b|\bmastercard\b/;
/** A card named in a payment's context: "kartla olur mu", "by card?" */
const byCard =
  /\bkart(la|ile|\s+ile|tan)\b|\bkart\s+(ile\s+)?ode\w*|\bby card\b|\bwith (a )?card\b|\bcard payment\b|\bpay\w* (by|with) (a )?card\b/;
/** A payment already made ("kredi kartıyla ödedim"): a question about that payment, not how to pay. */
const paidAlready =
  /\bode(dim|dik|ndi|mistim|mistik)\b|\bcekildi\b|\byaptim\b|\byaptik\b|\bpaid\b|\bcharged\b/;

/** Whether the message asks about paying by credit or debit card (`payment`: the last answer was about paying). */
export function asksCardPayment(folded: string, payment: boolean): boolean {
  if (paidAlready.test(folded)) return false;
  return creditCard.test(folded) || (payment && byCard.test(folded));
}

/** The e-documents by their folded names, with the name the answer uses (R1.1). */
const eDocuments: readonly [RegExp, string][] = [
  [/\be ?(arsiv|archive|archiving)\w*/, "e-Arşiv"],
  [/\be ?(irsaliye|despatch|waybill)\w*/, "e-İrsaliye"],
  [/\be ?(fatura|invoic)\w*/, "e-Fatura"],
  [/\be ?(defter|ledger|book)\w*/, "e-Defter"],
];

/** The e-document a short follow-up names ("e-arşiv için de mi?", "what about e-archive?"), if one. */
export function eDocumentNamed(folded: string): string | undefined {
  if (folded.split(" ").length > 8) return undefined;
  return eDocuments.find(([re]) => re.test(folded))?.[1];
}

/** "bu ne demek şimdi", "ne anlama geliyor", "what does that mean?": the meaning of what was shown. */
const meaningOfShown =
  /\bne (?:demek\w*|anlama gel\w*|ifade ed\w*)|\banlam(?:i|ini) (?:ne|nedir)\b|\bwhat does (?:that|this|it) mean\b|\bwhat (?:is|s) meant\b|\bmeaning\b/;

/** Whether a short message asks what the thing just shown means ("bu ne demek şimdi"). */
export function asksMeaningOfShown(folded: string): boolean {
  return folded.split(" ").length <= 8 && meaningOfShown.test(folded);
}

/**
 * "yeniden aktif edebilir miyiz", "tekrar açılır mı", "iptali geri alabilir miyiz", "can we
 * reactivate it?": the revoked certificate put back into use (R7.1: it cannot be).
 */
const reactivation =
  /\b(?:yeniden|tekrar|geri) (?:aktif\w*|ac\w*|kullan\w*|etkinlestir\w*|devreye\w*|calis\w*)|\baktif(?:lestir\w*| hale getir\w*| ed\w*| olur\w*)|\bgeri al\w*|\breactivat\w*|\brestor\w*|\bundo\b|\bunrevok\w*|\bturn (?:it )?back on\b|\buse it again\b/;

/** Money asked back ("parayı geri alabilir miyiz", "can we get a refund"): the refund's own answer. */
const moneyBack = /\b(?:para\w*|ucret\w*|iade\w*|odeme\w*|refund\w*|money|payment)\b/;

/** Whether the message asks to put a revoked certificate back into use. */
export function asksReactivation(folded: string): boolean {
  return reactivation.test(folded) && !moneyBack.test(folded);
}

/**
 * The old certificate asked after a VKN or unvan change was answered (R5.2): "eskisi iptal mi olur",
 * "eski kart ne olacak", "eskisini kullanmaya devam edebilir miyiz", "what happens to the old one?",
 * "is the old certificate revoked?".
 */
const oldOne =
  /\beski(?:si|sini|sine|sinin|miz|mizi|yi)?\b|\bonceki\w*|\b(?:the|our|my) (?:old|previous|current|existing)(?: one| card| certificate| seal)?\b|\bold (?:one|card|certificate|seal)\b/;
/** What becomes of it (folded): revoked, still valid, usable, what happens. */
const whatOfIt =
  /\biptal\w*|\bne (?:olacak|olur|yapaca\w*|yapmali\w*)|\bgecerli\w*|\bkullan\w*|\bcalis\w*|\bkapan\w*|\biade\w*|\brevok\w*|\bcancel\w*|\bhappen\w*|\bvalid\b|\buse\b|\busable\b|\bwork\w*|\bstill\b/;

/** Whether a short message asks what becomes of the old certificate (after R5.2's answer). */
export function asksOldCertificate(folded: string): boolean {
  return folded.split(" ").length <= 10 && oldOne.test(folded) && whatOfIt.test(folded);
}

/**
 * Which one to get, asked after the e-imza / mali mühür difference (R1.2): "peki hangisini
 * almalıyım", "bize hangisi lazım", "hangisi gerekli", "which one do we need?", "which should I get?".
 */
const whichToGet =
  /\bhangisi\w*(?: \S+)? (?:almali\w*|alayim|alalim|alacag\w*|almam\w*|almaliy\w*|lazim|gerek\w*|uygun\w*|secmeli\w*|secelim|secmem\w*|olmali|olur)\b|\bbize hangisi\b|\bhangisini (?:alalim|alayim|secelim|seceyim)\b|\bwhich (?:one|do|should|of them|is (?:right|better|for us|for me))\b/;

/** Whether a short message asks which of the two to get. */
export function asksWhichToGet(folded: string): boolean {
  return folded.split(" ").length <= 10 && whichToGet.test(folded);
}

/**
 * A new card asked during a revocation ("iptal edersem yeni kart ne zaman gelir", "yenisi nasıl
 * gelecek", "when will the new card arrive?", "do we get a replacement?"): the answer is R7.4 (revoke
 * first, then apply again), not the delivery time of a card nobody applied for yet.
 */
const newCard =
  /\byeni(?:si|sini|sine)?\b(?: (?:bir|kart\w*|sertifika\w*|muhur\w*))*|\bnew (?:card|certificate|seal|one)\b|\breplacement\b/;
const whenOrHow =
  /\bne zaman\b|\bkac gun\w*|\bne kadar (?:sur\w*|zaman\w*|gun\w*|icinde|sonra|bekle\w*)|\bnasil\b|\bgel(?:ir|ecek|iyor|se)\w*|\bgonder\w*|\bulas\w*|\bwhen\b|\bhow (?:long|soon|do|will|can)\b|\barriv\w*|\bsent\b|\bsend\b|\bget\b/;

/** Another thing than the card's coming (folded): a code, a PIN, a price, the e-documents. */
const notTheCardsComing =
  /\b(kod\w*|code\w*|sms|pin\w*|sifre\w*|puk\w*|password|kac para|fiyat\w*|ucret\w*|how much|cost\w*|price\w*|e?fatura\w*|e?defter\w*|e?arsiv\w*|e?invoice\w*|ledger\w*)\b/;

/**
 * A price asked while revoking (folded): "iptal edersem yeni kart ne kadar", "yeni kartın ücreti ne
 * olur", "yenisi kaça", "tekrar başvuru kaç para", "how much is a new card?". "Ne kadar" beside a new
 * card is its price unless a time follows ("ne kadar sürede gelir"); money back is the refund's.
 */
const priceWords =
  /\b(?:fiyat\w*|ucret\w*|bedel\w*|maliyet\w*|masraf\w*|kac (?:para|tl|lira)|kac paraya|kaca\w*|how much|cost\w*|price\w*|fee\w*|pay for)\b/;
const amountAsked = /\bne kadar\b(?! (?:sur\w*|zaman\w*|gun\w*|icinde|sonra|bekle\w*|hizli\w*))/;
const moneyBackNamed = /\b(?:iade\w*|refund\w*|geri (?:al|ver|od)\w*|money back)\b/;

/** Whether the message asks a price (a new card's, or the prices) while revoking. */
export function asksPriceWhileRevoking(folded: string): boolean {
  if (moneyBackNamed.test(folded)) return false;
  return priceWords.test(folded) || (newCard.test(folded) && amountAsked.test(folded));
}

/** Whether the message asks when or how a new card comes, while revoking. */
export function asksNewCardTiming(folded: string): boolean {
  return newCard.test(folded) && whenOrHow.test(folded) && !notTheCardsComing.test(folded);
}

/**
 * The card found later, asked while revoking or after (folded): "ya bulursam ne olacak", "kartı
 * bulursak kullanabilir miyiz", "sonra bulunursa ne olur", "if we find it later can we use it?",
 * "what if the card turns up?". Not the card found, told ("kartı bulduk": the revocation stops).
 */
const foundLater =
  /\bbul(?:ursa|ursak|ursam|ursaniz|unursa|unsa|sa|sak|sam|saniz|duktan sonra|undugunda)\w*|\bif (?:we|i|you|they|someone) finds?\b|\bfind (?:it|the card|them) (?:later|again|afterwards)\b|\b(?:turns?|shows?) up\b|\bif (?:it|the card) (?:is|was|gets) found\b|\bfound (?:later|afterwards)\b/;

/** Finding a number or a page asked ("VKN'mi nereden bulsam", "where do I find the serial"): no card found. */
const whereToFind = /\bnere\w*|\bnasil\b|\bwhere\b|\bhow (?:do|can|to)\b/;

/** Whether the message asks what happens if the lost card is found later. */
export function asksFoundLater(folded: string): boolean {
  return foundLater.test(folded) && !whereToFind.test(folded);
}
