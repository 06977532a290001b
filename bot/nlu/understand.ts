/**
 * What a free-text message asks, outside a dialog step: the classifier is the main route; rules
 * keep what rules do best (R9 cases named in the text) and guard the one irreversible flow.
 * When unsure (low confidence, or the two best intents close) the bot asks instead of guessing,
 * and it never starts revocation unless the message itself asks for it.
 */
import { bareCancel, dontKnowOnly } from "./bare-messages.ts";
import { branchSealAsked } from "./branch-seal.ts";
import { cardInsertedNothingTold } from "./card-inserted-nothing.ts";
import { cardReaderTroubleTold, withoutCardReader } from "./card-reader.ts";
import { cardReuseAsked } from "./card-reuse.ts";
import { cardWithheldTold } from "./card-withheld.ts";
import { cardYearStated } from "./card-year-told.ts";
import { certificateEndAsked } from "./certificate-end.ts";
import { changeTold as identifierChangeTold } from "./change-told.ts";
import { classifierFor, type Scored } from "./classifier.ts";
import { courierAsked } from "./courier-asked.ts";
import { deliveryTimeAsked } from "./delivery-time.ts";
import { discountAsked } from "./discount-asked.ts";
import { documentCoverageAsked } from "./document-coverage.ts";
import { durationAsked } from "./duration-asked.ts";
import { encryptionCertificateAsked } from "./encryption-certificate.ts";
import { orderNumberIn } from "./entities.ts";
import { expiredCardTold } from "./expired-card-lost.ts";
import { wordsOf } from "./features.ts";
import { tokensOf } from "./fold.ts";
import { foreignBranchTold } from "./foreign-branch.ts";
import { identifierAsked } from "./identifier-asked.ts";
import { identityVerificationAsked } from "./identity-verification.ts";
import type { Intent } from "./intent-names.ts";
import { invoiceAddresseeAsked } from "./invoice-addressee.ts";
import { associationTold, firmFormTold } from "./legal-person.ts";
import { loneWordTopics } from "./lone-word.ts";
import { mediaPricesAsked } from "./media-prices.ts";
import { asForeign } from "./nationalities.ts";
import { naturalPersonTold } from "./natural-person.ts";
import { negatedBefore } from "./negation.ts";
import { newPinAsked } from "./new-pin-asked.ts";
import { noTopicalWord } from "./off-topic.ts";
import { oldCertificateKeptAsked, oldCertificateRevocationAsked } from "./old-certificate-revocation.ts";
import { otherApplicantAsked } from "./other-applicant.ts";
import { pinLossTold } from "./pin-lost.ts";
import { pinMeaningAsked } from "./pin-meaning.ts";
import { pinMissing } from "./pin-missing.ts";
import { isR9Case } from "./r9.ts";
import { mentionsR9TypeWord } from "./r9-firm-type.ts";
import { reminderMissingTold } from "./reminder-missing.ts";
import { renewalPaymentAsked } from "./renewal-payment.ts";
import { revocationRequested } from "./revocation-requested.ts";
import { revokedStateAsked, revokedStateAskedAt } from "./revoked-asked.ts";
import { sealLossWordsAt } from "./seal-lost.ts";
import { sealNeedsAsked } from "./seal-needs.ts";
import { sealWantedOnly } from "./seal-wanted.ts";
import { namesPinBlockedCode } from "./secrets.ts";
import { sharedCardAsked } from "./shared-card.ts";
import { shippingFeeAsked } from "./shipping-fee.ts";
import { signatoryChanged } from "./signatory-changed.ts";
import { signatoryGone } from "./signatory-gone.ts";
import { signedDocumentsAsked } from "./signed-documents.ts";
import { navigationOnly, socialOnly } from "./social-only.ts";
import { identifierStatusOnly, sealValidityAsked, validityOrUseAsked } from "./status-asked.ts";
import { statusMeaningAsked } from "./status-meaning.ts";
import { suspensionAsked } from "./suspension-asked.ts";
import { titleShorteningAsked } from "./title-shortening.ts";
import type { NluLocale } from "./training-data.ts";
import { validityPeriodAsked } from "./validity-period.ts";

export { identifierAsked } from "./identifier-asked.ts";

/** The outcome of understanding one message. */
export type Understanding =
  | { kind: "intent"; intent: Intent; confidence: number; source: "rule" | "classifier" }
  | { kind: "unsure"; candidates: [Intent, Intent]; confidence: number }
  | { kind: "none" };

/** Below this share of confidence the best intent is only offered, not acted on. */
export const minConfidence = 0.4;
/** When the two best intents are closer than this, both are offered. */
export const minMargin = 0.12;
/** Revocation needs at least this confidence, and a revocation cue in the text. */
export const minRevokeConfidence = 0.6;

/** Words (folded prefixes) without which a message never starts revocation. */
const revocationCues =
  /\b(kayb|kayip|kaybol|calin|calint|caldi|caldir|calmis|hirsiz|soyul|soydu|gasp|iptal|revok|revoc|lost|stole|theft|thief|thiev|burgl|robbed|robber|missing|kapat|cancel|disable|misus|kotuye|edevlet|bulamiyor|yitir)/;

/** One folded word that is a revocation cue (a cue at the word's start). */
const revocationCueWord = new RegExp(`^${revocationCues.source.slice(2)}`);
/** A cue verb negated inside itself (folded): kaybol-madı, kaybet-miyoruz, çalın-madı, kapat-mayın. */
const deniedSuffix = /^(m[ae]d[iu]|m[iu]yor|m[ae]y[aeiu]|m[ae]z|m[ae]m[iu]s)/;
/** Verb stems (folded) of the cue words whose negated form denies them. */
const cueVerbs = ["kaybol", "kaybet", "kayb", "calin", "caldir", "yitir", "kapat", "iptal"];
/** The light verb after a cue noun, negated (folded): "iptal etmeyin", "iptal edilmedi", "hırsız girmedi". */
const deniedLightVerb = /^(et|ettir|edil|ettiril|ol|yap|yaptir|gir)(m[ae]d[iu]|m[iu]yor|m[ae]y[aeiu]|m[ae]z)/;
/** A denial right after the cue, or one word later (folded): "kayıp değil", "iptal etmek istemiyorum". */
const deniedAfter =
  /^(?:yok|(?:\S+ )?(?:degil\w*|istemiyor\w*|istemem\w*|istemeyiz|gerek yok|gerekmiyor\w*))(?= |$)/;

/** Whether the cue word at `i` of the folded words is denied: "kaybolmadı", "iptal değil", "not stolen". */
function cueDenied(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  const rest = words.slice(i + 1).join(" ");
  return (
    cueVerbs.some((stem) => word.startsWith(stem) && deniedSuffix.test(word.slice(stem.length))) ||
    deniedLightVerb.test(words[i + 1] ?? "") ||
    deniedAfter.test(rest) ||
    negatedBefore(words.slice(0, i).join(" "), 2)
  );
}

/**
 * The card taken away by someone else (folded), a theft in other words (R7.2): "someone took the
 * card", "a colleague walked off with the seal card", "the card was taken from my desk", "biri
 * kartı alıp götürmüş", "kartımızı ofisten biri almış", "kartı aşırmışlar". Not the firm's own
 * taking ("we took the card out", "kartı teslim aldık").
 */
const takenAway = new RegExp(
  [
    // a third person took it, not to somewhere or for something ("took the card to the accountant")
    String.raw`\b(someone|somebody|they|he|she|thieves|a thief|(a|an|the|our|my) (\S+ )?(colleague|employee|worker|staff member|accountant|partner|intern|cleaner|visitor|stranger|person|guy|man|woman)|(ex ?|former )(colleague|employee|worker|staff member|accountant|partner))( \S+)? (took|has taken|had taken|walked off with|ran off with|made off with|nicked|swiped|pinched|grabbed|snatched)( \S+){0,3} (card|seal|token|eseal)s?\b(?! (to|for|into|in|out|back|over)\b)`,
    String.raw`\b(card|seal|token|eseal)s? (was|were|has been|had been|got|have been) (taken|swiped|nicked|pinched|snatched)\b(?! (out|to|for|into|back|by (the )?courier)\b)`,
    // "kartı alıp götürmüşler", "kartı götürmüş", "kartı aşırmışlar", "kartı almışlar"
    String.raw`\b(kart|muhur)\w* (\S+ )?alip (goturmus|goturdu|gitmis|gitti|kacmis|kacti)\w*(?! m[iu]\b)`,
    String.raw`\b(kart|muhur)\w* (goturmus|goturdu)\w*(?! m[iu]\b)`,
    String.raw`\b(kart|muhur)\w*( \S+){0,3} (asir|arakla|yurutmus|yurutmusler|almislar|aldilar)\w*(?! m[iu]\b)`,
    // "biri kartı almış", "kartımızı ofisten biri almış"
    String.raw`\b(biri|birisi|birileri|hirsiz)\w*( \S+){0,3} (kart|muhur)\w*( \S+){0,2} (almis|aldi|alip|goturmus|goturdu)\w*(?! m[iu]\b)`,
    String.raw`\b(kart|muhur)\w*( \S+){0,3} (biri|birisi|birileri)( \S+)? (almis|aldi|alip|goturmus|goturdu)\w*(?! m[iu]\b)`,
  ].join("|"),
);
/** Shipping named (folded): the courier taking the card back is the delivery's, no theft. */
const shippingNamed = /\b(kargo\w*|kurye\w*|courier|postman|teslim\w*|delivery|deliver\w*)\b/;

/** Turkish cue verbs (folded) whose object stands before them: "sohbeti kapat", "şifremi kaybettim". */
const cueAfterObject = /^(kapat|kayb|kayip|yitir|iptal)/;
/** English cue verbs (folded) whose object follows them: "lost my PIN", "cancel the chat". */
const cueBeforeObject = /^(lost|lose|cancel|disable)/;
/** Objects of those verbs that are not the seal (folded): the chat, a PIN or password, a paper. */
const notTheSeal =
  /^(hayat\w*|sirket\w*|firma\w*|isyer\w*|company|business|kargo\w*|paket\w*|gonderi\w*|koli\w*|parcel\w*|package\w*|shipment\w*|sohbet\w*|konusma\w*|gorusme\w*|pencere\w*|talep\w*|talebi\w*|chat\w*|conversation\w*|ticket\w*|window\w*|session\w*|pin|pini\w*|pinim\w*|pinin\w*|sifre\w*|parola\w*|password\w*|passcode\w*|puk\w*|fatura\w*|invoice\w*|dekont\w*|receipt\w*)$/;
/** The seal, its card or certificate (folded), as one word. */
const sealWord = /^(kart|muhur|sertifika|card|seal|eseal|certificate|token)/;

/**
 * Whether the cue word at `i` closes or loses something that is not the seal: "sohbeti kapat",
 * "şifremi kaybettim", "faturayı kaybettik", "I lost my PIN", "lost the password for the card".
 * The seal named first keeps it a cue ("kart ve şifreyi kaybettik", "lost the card and the PIN"),
 * but not as the owner of the thing ("kartın şifresini kaybettik").
 */
function cueOnOtherThing(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (cueAfterObject.test(word)) {
    const before = words.slice(Math.max(0, i - 3), i);
    const object = before.slice(-2).findLastIndex((w) => notTheSeal.test(w));
    return object >= 0 && !before.some((w) => sealWord.test(w) && !/(in|un)$/.test(w));
  }
  if (cueBeforeObject.test(word)) {
    // the passive, its object before it: "the parcel was lost", "is our package lost"
    const before = words.slice(Math.max(0, i - 3), i);
    if (before.some((w) => notTheSeal.test(w)) && !before.some((w) => sealWord.test(w))) return true;
    const after = words.slice(i + 1, i + 3);
    const object = after.findIndex((w) => notTheSeal.test(w));
    return object >= 0 && !after.slice(0, object).some((w) => sealWord.test(w));
  }
  return false;
}

/** The revocation cue words of a folded message: how many are said, and how many denied. */
function revocationCuesOf(folded: string): { said: number; denied: number } {
  const words = tokensOf(folded);
  let said = 0;
  let denied = 0;
  for (const [i, word] of words.entries()) {
    if (!revocationCueWord.test(word) || cueOnOtherThing(words, i)) continue;
    // "iptal olmuş mu", "iptal mi oldu": whether it is revoked, asked (the status), no cue
    if (revokedStateAskedAt(words, i)) continue;
    if (cueDenied(words, i)) denied += 1;
    else said += 1;
  }
  return { said, denied };
}

/**
 * Whether the text itself asks for revocation (a cue word that is not denied), as opposed to a
 * classifier's guess: "kartı kaybettik" does, "kart kaybolmadı", "iptal etmek istemiyorum" and
 * "it was not stolen" do not.
 */
export function asksForRevocation(folded: string): boolean {
  return revocationCuesOf(folded).said > 0 || (takenAway.test(folded) && !shippingNamed.test(folded));
}

/**
 * Whether the text denies every revocation cue it has ("kaybetmedim ama PIN kilitlendi", "iptal
 * değil, süresini soruyorum"): such a message is about anything but revoking.
 */
export function deniesRevocation(folded: string): boolean {
  const cues = revocationCuesOf(folded);
  return cues.denied > 0 && cues.said === 0;
}

function decide(folded: string, ranked: Scored[]): Understanding {
  const [best, second] = ranked;
  if (!best) return { kind: "none" };
  const margin = best.confidence - (second?.confidence ?? 0);
  const unsure = best.confidence < minConfidence || margin < minMargin;
  if (
    best.intent === "revoke" &&
    (unsure || best.confidence < minRevokeConfidence || !asksForRevocation(folded))
  ) {
    const other = ranked.find((r) => r.intent !== "revoke")?.intent ?? "menu";
    return { kind: "unsure", candidates: [other, "revoke"], confidence: best.confidence };
  }
  if (unsure && second)
    return { kind: "unsure", candidates: [best.intent, second.intent], confidence: best.confidence };
  return { kind: "intent", intent: best.intent, confidence: best.confidence, source: "classifier" };
}

/** The ranking with R9's share added to applying's (an ordinary firm asking about R9 may apply). */
function r9AsApplying(ranked: readonly Scored[]): Scored[] {
  const r9 = ranked.find((r) => r.intent === "r9")?.confidence ?? 0;
  if (r9 === 0) return [...ranked];
  const apply = ranked.find((r) => r.intent === "apply")?.confidence ?? 0;
  return [
    { intent: "apply" as const, confidence: apply + r9 },
    ...ranked.filter((r) => r.intent !== "r9" && r.intent !== "apply"),
  ].sort((a, b) => b.confidence - a.confidence);
}

/**
 * The firm closed (folded): liquidated, bankrupt, shut down ("şirketimiz tasfiye oldu", "firmamız
 * iflas etti", "şirketi kapattık", "our company was liquidated"). A closing firm usually wants its
 * seal revoked (R7), which is offered, or done when asked for.
 */
const firmClosed =
  /\b(tasfiye\w*|iflas\w*|liquidat\w*|bankrupt\w*|wound up|winding up|dissolved|went out of business)\b|\b(sirket|firma|isyer|isletme)\w*( \S+){0,2} (kapan|kapat)\w*|\b(company|firm|business)( \S+){0,2} (closed|closing|shut|went bust)\b/;
/** Guesses the firm closed is taken for by its words: none a topic asked of its own. */
const closedGuesses: readonly (Intent | undefined)[] = [
  "revoke",
  "vkn_title_change",
  "apply",
  "hsm_supply",
  "hsm_requirements",
  "cert_status",
  "delivery",
  "contact",
  "troubleshoot",
  "received",
  "production",
  "about",
  "menu",
  "greeting",
  "thanks",
  "order_status",
  "address_change",
  "agent",
  "hsm_vs_card",
  undefined,
];
/** Applying named (folded): "tasfiye halindeki şirket başvurabilir mi" asks to apply, not to close. */
const applyingNamed = /\b(basvur\w*|apply\w*|application\w*)/;
/**
 * The card or its key copied or compromised by someone (folded): "muhasebecimiz kartı kopyalamış
 * olabilir", "kartımız kopyalanmış", "anahtarı ele geçirilmiş", "may have copied the card", "our
 * private key may be compromised". Not the firm's own copying ("sertifikayı bilgisayara
 * kopyaladım") nor whether it can be ("kart kopyalanabilir mi", "can the card be copied").
 */
const keyCompromised =
  /\b(kopyala|klonla)(mis|di|nmis|ndi)\w*|\bele gecir(ilmis|ildi|mis|di)\w*|\b(been|be|was|were|got|is|are|may have|might have|has|have|had|someone|somebody|accountant)( \S+){0,2} (copied|cloned|compromised)\b|\bcompromised (key|card|seal|certificate)/;
/** The seal, its card or its key (folded), what a compromise is told of. */
const sealOrKey = /\b(kart|muhur|sertifika|anahtar|card|seal|eseal|certificate|key)\w*/;
/**
 * One identifier word alone (folded): "unvan", "title". Its change (R5.2) is what the examples know
 * of it, but alone it asks nothing: asked back.
 */
const loneIdentifier = /^(unvan|unvani|unvanimiz|title|ticari unvan)( lutfen| please)?$/;
/** The card or parcel said absent, nothing else (folded): "kart yok", "paket yok". */
const bareNothing = /^(kart|paket|kargo|zarf|muhur|sertifika|card|package|parcel|seal)\w* (yok|none|no)$/;
/**
 * A sole proprietorship told of oneself (folded): "şahıs şirketiyim", "biz şahıs işletmesiyiz",
 * "we are a sole proprietorship". Such a firm applies as a gerçek kişi (R3.1).
 */
const soleProprietorTold =
  /\bsahis (sirket|firma|isletme)\w*(im|iz|yim|yiz|um|uz|yum|yuz)\b|\b(i am|i m|we are|we re) an? (sole (proprietor\w*|trader))\b/;
/** A change told (folded): "şahıs şirketinden limited şirkete geçtik" is the change (R5.2). */
const changeTold = /\b(gec|degis|donus|chang|convert|switch|became|become)\w*/;
/** Guesses a sole proprietorship told is taken for by its words ("şahıs şirketi" of the change). */
const soleProprietorGuesses: readonly (Intent | undefined)[] = [
  "vkn_title_change",
  "contact",
  "greeting",
  "thanks",
  "agent",
  "menu",
  "about",
  "apply",
  undefined,
];
/** Words (folded) that may stand beside an order number alone: "sipariş", "durumu", "order status". */
const orderNumberWords =
  /^(siparis\w*|durum\w*|no|nolu|numara\w*|order|status|number|my|our|the|of|lutfen|please|\S)$/;
/**
 * A message that is only an order number, also in groups ("MM 3244 9626 09", "mm-3244-962609"),
 * with "sipariş" or "durumu" at most: the order's status (R3.2).
 */
function onlyOrderNumber(folded: string): boolean {
  const order = orderNumberIn(folded);
  if (!order) return false;
  return tokensOf(folded.replace(order.written, " ")).every((w) => orderNumberWords.test(w));
}
/** A revocation already done, told before asking to apply again (R7.4). */
const revokedAlready =
  /iptal(ini|i)? (ettik|ettirdik|ettim|ettirdim|edildi|yaptik|yaptirdik|islemi tamam|etmisiz|ettirmisiz|etmistik|ettirmistik|etmistim|ettirmistim)|already revoked|was revoked|have revoked|we revoked|revoked it|(had|got) (it |our \S+ |the \S+ )?revoked/;
const asksToApply =
  /basvur|apply|application|yenisini al|yeni (bir )?(mali )?muhur|replacement|new (one|seal|card)/;
const foreignPartner = /yabanci|foreign/;
/** An e-mail address or a phone number is a contact (R5.1), not the firm's address. */
const contactWords = /\b(e ?posta|e ?mail|mail|telefon|gsm|cep|numara|email|phone|mobile)/;
/** An update verb (folded): our number is `contact`, changing the customer's own one is `contact_update`. */
const updatesOwnContact = /\b(guncelle|degistir|degisti|degisecek|yenile|duzelt|update|chang|correct)/;
/** Asking for the code that unblocks a locked PIN (folded): that code is the PUK. */
const asksUnblockingCode =
  /\b(blok|kilit)\w* (ac|kaldir|coz)\w* kod|\bunblock\w* code|\bcode (to|that|which) unblock/;
/** Words (folded) naming the customer's e-mail or phone, for the contact-change rule. */
const ownContactWords = /\b(e ?posta|e ?mail|mail|telefon|gsm|cep|email|phone|mobile)/;
/** A change verb (folded), without "yenile" (renewing a certificate is no contact change). */
const changeVerb = /\b(guncelle|degistir|degisti|degisecek|duzelt|update|chang|correct|replace)/;
/** A VKN or unvan change needs a new certificate (R5.2), whatever else changed with it. */
const vknOrTitle =
  /\b(unvan|vkn|vergi (kimlik )?no|vergi numara|ticari ad|(sirket|firma)\w* (adi|ismi)\b|\b(isim|ismi|ismimiz) degis|title|tax number|company name|firm s name)/;
/** Words (folded) of putting something back: without one, no message is about undoing a revocation. */
/** Whether an action can be undone, asked (folded): "geri alınabilir mi", "geri dönüşü var mı", "can it be undone". */
const undoAsked =
  /\b(geri alin(abilir|ir|abiliyor)\w*|geri alinma\w*|geri donus\w* (var|yok|olur|mu)\w*|be undone|can (it|this|that|i|we) (be )?(undo|reverse)\w*|reversible)\b/;
/** Money named (folded): a refund is asked, not an undo. */
const moneyNamed = /\b(para\w*|ucret\w*|bedel\w*|odeme\w*|money|fee|payment|refund\w*)\b/;
const undoCue =
  /\b(geri (al|ac|cek|cevir|dondur|getir|yukle|gel)|tekrar|yeniden|eski (hal|haline)|kaldir|canlandir|iptali iptal|undo|un-?revok|reactivat|re-?activat|restor|revers|revert|reopen|(switch\w*|taken|put\w*|give|get|bring) (it )?back|(valid|working|used|activ\w*|enabled?|open\w*|usable) again)/;
/**
 * A revocation already done, in more forms than {@link revokedAlready} (folded): the participles
 * ("iptal ettiğimiz", "iptal edilmiş", "kapattırdığımız"), the seal closed ("mühürü kapattırdık"),
 * "revoked" after a subject or an adverb ("we mistakenly revoked", "was revoked in error").
 */
const revokedDone =
  /\biptal(ini|i)? (ettigimiz|ettirdigimiz|ettiginiz|etti|ettirdi|etmis|ettirmis|edilen|edilmis|edildi|olan|olmus|oldu)\w*|\b(kapattik|kapattirdik|kapattim|kapattirdim|kapattigimiz|kapattirdigimiz|kapatilan|kapatilmis|kapatildi)\w*|\b(we|i|they|he|she|accountant|someone|(it|seal|certificate|card) (was|got|has been|had been)|had (it|our \S+|the \S+)|got (it|our \S+|the \S+)|accidentally|mistakenly|wrongly) revoked\b/;
/** Regret of a done revocation (folded): by mistake, the wrong one, the card found again. */
const regretCue =
  /\b(yanlislik\w*|yanlis (\S+ )?(sertifika|muhur|kart|firma|sirket|seri)\w*|hata ile|hatayla|hataen|istemeden|by (mistake|accident)|mistaken\w*|accident\w*|in error|wrongly|wrong (one|seal|certificate|card|serial))\b|\b(kart\w*|muhur\w*) (\S+ ){0,2}(bulduk|buldum|bulundu|cikti|ortaya cikti)\b|\bfound (it|the card|our card|the seal)\b/;
/** An undo asked in words stronger than a bare "tekrar" (folded): active, in use, open again. */
const strongUndo =
  /\b(tekrar|yeniden) (\S+ )?(aktif|etkin|kullan|ac|gecerli|calis|devreye|canlan)\w*|\betkinlestir\w*|\baktif\w* (et|edil|hale|ol)\w*|\b(use|using) (it|the seal|the card|our seal|the certificate) again\b/;
/** The application or order, not the seal (folded): "iki başvuru yaptık birini iptal ettik". */
const applicationNotSeal = /\b(basvuru|siparis|order|application)\w*/;
const sealOrCard = /\b(muhur|sertifika|kart|seal|certificate|card|eseal)\w*/;
/** A revoked state asked as a yes/no question (folded): "iptal edilmiş mi", "iptal mi oldu". */
const revokedAsked = /\biptal (edilmis |edildi |olmus |oldu )?m[iu]\b/;

/**
 * A question whether the seal is (or was) revoked or cancelled (folded English): it asks for the
 * certificate's status (R10), never for a revocation. Turkish "iptal edilmiş mi" is placed by the
 * classifier already.
 */
const asksWhetherRevoked =
  /^(is|was|are|were)\b.*\b(revoked|cancell?ed|invalidated)\b|^(has|have)\b.*\bbeen (revoked|cancell?ed|invalidated)\b|\b(check|see|know|tell me|find out)\b.*\b(whether|if)\b.*\b(is|was|are|were|been)( still)? (revoked|cancell?ed|invalidated)\b/;
/** Words of a request inside a yes/no question ("is it possible to have it revoked"). */
const requestInQuestion = /\b(possible|how|want|need|should|have it|have our|have my|get it|get our)\b/;
/**
 * The firm's VKN (or tax number) followed by its value: the firm naming itself, not a VKN change.
 * Replaced by the bare number before the VKN/unvan tests and, for a VKN-change verdict, a second look.
 */
const namedVkn = /\b(?:vkn\w*|vergi (?:kimlik )?(?:no\w*|numara\w*)|tax (?:id|number))\s*(\d{10,11})\b/g;
/** …or its value followed by the name: "4540536920 vknli", "3230512384 vergi nolu", "… tax id". */
const vknNamedAfter =
  /\b(\d{10,11})\s*(?:vkn\w*|vergi (?:kimlik )?(?:no\w*|numara\w*)|tax (?:id|number)|v k n\w*)(?= |$)/g;
/** The firm's unvan followed by a name that ends in a legal form: "unvan Örnek Gıda Ltd Şti". */
const namedTitle =
  /\b(?:unvan|unvani|unvanimiz|title)\s+((?:\S+ ){1,6}?(?:ltd|limited|anonim|a s|as|sti|sirketi|inc|llc)\b)/g;
/** The folded message with a named VKN reduced to its number and a named unvan to the name. */
function withoutNamedVkn(folded: string): string {
  return folded
    .replace(namedVkn, "$1")
    .replace(vknNamedAfter, "$1")
    .replace(namedTitle, "$1")
    .replace(vknOrTitleUnchanged, " ");
}
/**
 * The VKN or unvan said unchanged (folded): "unvan aynı", "unvanımız değişmedi", "şirket ismi aynı",
 * "the company name is the same": no VKN/unvan change (R5.2).
 */
const vknOrTitleUnchanged =
  /\b(unvan\w*|vkn\w*|vergi (kimlik )?(no|numara)\w*|ticari ad\w*|(sirket|firma)\w* (adi|ismi)\w*)( \S+){0,2} (ayni\w*|degismedi\w*|degismiyor\w*|degismeyecek\w*|degismemis\w*|sabit)\b|\b(title|tax number|tax id|company name|firm s name|name)( \S+){0,2} (is |are |stays |remains |has )?(the same|unchanged|not changed|didn t change|did not change|hasn t changed|has not changed)\b/g;
const bareEDevlet = /^(\S+\s)?(e ?devlet|edevlet)\S*(\s\S+)?$/;

/** What is shipped (folded): the card, the seal, the parcel. */
const shipped = String.raw`(?:kart\w*|kargo\w*|muhur\w*|sertifika\w*|paket\w*|zarf\w*|gonderi\w*|card|seal|parcel|package|certificate)`;
/** Its arrival denied (folded): "gelmedi", "elimize ulaşmadı", "hasn't arrived", "never came". */
const arrivalDenied = String.raw`(?:gelme(?:di|miyor|mis|yen|medi)\w*|gelmiyor\w*|ulasma(?:di|mis)\w*|ulasmiyor\w*|gecmedi\w*|varmadi\w*|teslim (?:edilmedi|alamadi|almadi|alinmadi)\w*|(?:has|have|did|is|was) ?n t (?:\S+ )?(?:arrived|come|reached|been delivered|been received|received|shipped)|(?:never|not) (?:\S+ )?(?:arrived|came|come|reached|delivered|received)|yet to (?:arrive|come|be delivered))`;
/** Words of another thing that arrives (folded): an invoice, a code, an e-mail, a reminder. */
const otherArrival = String.raw`(?:fatura\w*|invoice\w*|kod\w*|code|sms|mail\w*|eposta\w*|sifre\w*|pin\w*|onay\w*|dekont\w*|hatirlatma\w*|bildirim\w*|mesaj\w*|cevap\w*|donus\w*|reply|message|email|reminder)`;
/** What may follow "the card has not arrived" (folded): "nerede kaldı", "ne oldu acaba", "why", "yet". */
const whereTail =
  "(?: (?:nerede|nerde|nerdesiniz|kaldi|ne|oldu|acaba|neden|niye|ya|yahu|hala|henuz|daha|mi|mu|where|is|it|why|yet|still|now|please|lutfen|tesekkurler))*";
/**
 * The message's last clause says the card (seal, parcel) has not arrived: "… 1 hafta oldu kart
 * hâlâ gelmedi", "… ama kargo hâlâ ulaşmadı nerede", "… and the card still hasn't arrived". Context
 * before it (applying, paying, how long ago) is why they wait, not what they ask (R3.3.1).
 */
const cardNotArrived = new RegExp(
  String.raw`\b${shipped}(?: (?!${otherArrival}\b)\S+){0,3} ${arrivalDenied}${whereTail}$|\bstill (?:no|without (?:the|our|a)) (?:card|seal|parcel)\b${whereTail}$|\b(?:has|have|did) ?n t (?:\S+ )?(?:got|gotten|received|seen)(?: the| our| my| a)?(?: \S+)? (?:card|seal|parcel|package)\b${whereTail}$`,
);

/** How many of a message's last words make its point, for the rules on the question's focus. */
const focusWords = 7;
/** The last words of a folded message: where a Turkish (and often an English) message asks. */
function focusOf(folded: string): string {
  return tokensOf(folded).slice(-focusWords).join(" ");
}
/** Asking for the money back (folded): "parayı geri alabilir miyiz", "ücret iadesi", "refund". */
const asksMoneyBack =
  /\b(para\w*|ucret\w*|bedel\w*|odedig\w*|odeme\w*)( \S+)?( ne zaman| hala| henuz| nasil| kac gunde| ne kadar surede)? (geri (al|iste|isti|ode|ver|yatir|gonder|talep)\w*|iade\w*)|\b(money|payment|fee|amount)s? back\b|\brefund\w*|\bgeri (oden|odet|yatiril)\w*|\b(paid|pay (it|us|me|that)) back\b/;
/** Asking how to pay (folded): "ödemeyi nasıl yapacağız", "nasıl öderiz", "how else can I pay". */
const asksHowToPay =
  /\bnasil (odeme|odey|oder|odenir|odeyece)\w*|\bodeme\w* ((?!\S*[dt][iu][kmnz]? )\S+ ){0,2}(nasil|nereden|nereye)\b|\bhow (else )?(can|do|should|could|would) (i|we) pay\b|\bhow (to|do you) pay\b/;

/**
 * A request to start the seal's own application (folded): "mühür başvurusunu başlatalım",
 * "başvuruyu buradan yapabilir miyiz", "mali mühür almak istiyoruz", "start our seal application".
 */
const seekingSealApplication =
  /\b(muhur|sertifika|eseal|seal)\w* (basvuru|siparis)\w* (yapmak|yapab|yapac|yapal|basla|baslat|olustur|ac|gir)\w*|\bbasvuru\w* (buradan |sizden |sizin uzerinizden |online |simdi |hemen )?(yapab|yapac|yapal|yapmak|basla|baslat|olustur)\w*|\b(muhur|sertifika)\w* (almak|alacag|alalim|edinmek)\w*|\b(start|begin|open|make|submit)\w* (our |my |an? |the )?(seal |eseal |certificate )?application|\bapply (for|to get) (an? |the |our )?(financial )?(seal|eseal|certificate)/;
/** The request must be the message's point: within its last words. */
const requestAtEnd = 6;
/** Words (folded) of what to know or do before applying, or of GİB enrolment (R2.1). */
const beforeApplyingWords =
  /\b(once|oncesi\w*|oncesinde|ayri|ayrica|kayit\w*|kayd\w*|evrak\w*|belge\w*|yeter\w*|hazirla\w*|dikkat|bilmeli\w*|bilmem|gerekli|gerekiyor mu|gerekir mi|ne yap\w*|neler\w*|ne lazim|ne gerek\w*|what (do|should|must)|need to know|before|separate\w*|enrol\w*|regist\w*|documents?|enough|prepare)\b/;

/**
 * What to know or bring before applying (folded): "başvurmadan önce", "başvuru için hangi belgeler",
 * "evrak gerekiyor mu", "before applying", "what documents": R2, not the application itself.
 */
const asksBeforeApplying =
  /\b(basvur\w* (yapmadan |etmeden )?once\w*|basvuru oncesi\w*|(hangi|gerekli) (belge|evrak)\w*|(belge|evrak)\w* (gerek|lazim|istiyor|isten|nelerdir|neler)\w*|ne bilme\w*|before (applying|i apply|we apply|the application)|what (documents|paperwork)|(documents?|paperwork) (do|are|is|should|must|needed|required))/;
/**
 * What to prepare, or what is needed, asked (folded): "ne hazırlamalıyım", "neler hazırlayalım",
 * "başvuru için ne lazım", "almak için neler gerekiyor", "what should I prepare": the things to have
 * ready (R2), not how to apply ("başvuru için ne yapmalıyım" stays the application).
 */
const asksWhatToPrepare =
  /\bne(leri?|yi)? (\S+ )?hazirla\w*|\bhazirla(mam|mamiz|yacag|nmam|nmamiz|nmasi)\w* gereken\w*|\bhazirlik\w*|\b(basvur\w*|almak|almamiz|alabilmek|edinmek) icin (ne|neler|nelere) (lazim|gerek\w*|ihtiyac\w*)|\bwhat (should|do|must) (i|we) (prepare|have ready|get ready)\b|\bwhat (is|are) (needed|required) (to|for|before)\b/;

/** The card or its reader (folded). */
const cardOrReader = /\b(kart|card|token|okuyucu|reader)\w*/;
/** Damage words (folded): "bozuk", "kırık", "hasarlı", "arızalı", "çatlak", "broken", "damaged". */
const damaged =
  /\b(bozuk\w*|kirik\w*|kiril\w*|hasar\w*|ariza\w*|catla\w*|defolu|ezik|ezil\w*|broken|damaged|cracked|defective|faulty|bent)\b/;
/** The card still on its way (folded): "kargo nerede", "henüz gelmedi", "where is it": delivery's. */
const stillOnTheWay =
  /\b(nerede|nerde|where|gelmedi\w*|ulasmadi\w*|takip\w*|tracking|hasn t arrived|not arrived)\b/;
/** The online unlock named (folded): "kilit çözme", "kilidi açmak", "kilidini kaldırmak", "unlock". */
const unlockNamed = /\bkilid?\w* (coz|ac|kaldir)\w*|\bunlock\w*/;
/** Guesses a damaged card is taken for: its arrival, its shipping, its medium, its production. */
const arrivalGuesses: readonly (Intent | undefined)[] = ["received", "delivery", "hsm_vs_card", "production"];

/**
 * Paying more than once or more than owed (folded): "iki kere ödeme", "mükerrer ödeme", "fazla ödeme",
 * "paid twice", "charged twice", "overpaid"; not "daha fazla ödeme seçeneği".
 */
const paidTwice =
  /\b(iki (kere|kez|defa|sefer)|mukerrer|cift|fazladan|twice|two times|double|duplicate)\b( \S+){0,3} (ode\w*|cekil\w*|cekti\w*|para\w*|paid|pay\w*|charg\w*)|\b(ode\w*|paid|charg\w*|payment)( \S+){0,3} (iki (kere|kez|defa)|mukerrer|twice|two times|double)\b|\bfazla (ode\w*|para\w*|tutar\w*|cekil\w*)\b(?! (secene|yontem|kanal|yol|imkan|alternatif|sekl)\w*)|\boverpa\w*|\bikisi de (cekil|gec|alin|odendi|odenmis)\w*|\bboth (went through|were charged|got charged|charged)\b/;

/** The card's PIN (folded): "pin", "şifre", "parola", "password". */
const pinWord = /\b(pin|pini|pinim\w*|pinin\w*|sifre\w*|parola\w*|password|passcode)\b/;
/** Typed wrong or too often (folded): "yanlış girdi", "üç kere hatalı", "deneme hakkı bitti", "wrong attempts". */
const pinTriedWrong =
  /\b(yanlis|hatali|wrong\w*|incorrect\w*|defalarca|(cok|birkac|uc|3|bir kac) (kez|kere|defa|sefer)|deneme hakk\w*|denendi|denedik|attempts?|tries)\b/;
/** Not the card's locked PIN: a PIN that is right, the PUK, another system's password. */
const notLockedPin =
  /\b(dogru\w*|correct|right|puk\w*|edevlet|e devlet|basvuru\w*|siparis\w*|sms|mail\w*|eposta\w*)\b/;

/** The ways to pay named (folded): "ödeme seçenekleri", "ödeme yöntemi", "payment options". */
const asksPaymentOptions =
  /\bodeme (secene|yontem|kanal|sekl|alternatif|imkan)\w*|\bpayment (options?|methods?|channels?)\b/;

/** The firm's own seal or certificate (folded), by a possessive or the noun itself. */
const sealNoun = /\b(muhur|sertifika|seal|eseal|certificate)\w*/;
/** Its status named (folded): "mühürümüzün durumu", "status of our seal". */
const sealStatus =
  /\b(muhur|sertifika|eseal|seal|certificate)\w*( \S+)? (durum\w*|status)\b|\bstatus of (our|my|the) (\S+ )?(seal|eseal|certificate)\b/;
/** When it ends (folded): "ne zaman doluyor", "ne zamana kadar geçerli", "bitiş tarihi", "when does it expire". */
const sealEnds =
  /\bne zaman (dol|bit|sona er)\w*|\bne zamana kadar (gecerli|kullan)\w*|\bhangi tarih\w* (kadar|dol|bit)\w*|\bbitis tarih\w*|\bwhen (does|will|do|is) (\S+ ){1,4}(expire|run out|end|valid)\b|\bexpiry date\b|\buntil when\b/;
/** Not the certificate's own status: the order, the application, the parcel, the payment, a renewal. */
const notSealStatus =
  /\b(siparis|basvuru|order|application|kargo|teslim|deliver|shipping|odeme|payment|yenile|renew|uzat|hatirlat|reminder|yeni sertifika|kac (yil|sene))\w*/;

/** The card, the parcel or the seal told as arrived (folded): "kart geldi", "teslim aldık", "the card is here". */
const arrivedDone = new RegExp(
  String.raw`\b${shipped}(?: \S+){0,3} (?:geldi|gelmis|ulasti|ulasmis|cikti|elimize (?:gecti|ulasti)|elimizde|elimde|(?:has |have )?(?:arrived|came|come)|(?:is|s) here|(?:was |has been )?delivered)\b|\bteslim (?:aldik|aldim|alindi|edildi|almis)\w*|\b(?:got|received|have|picked up) (?:the|our|my) ${shipped}`,
);
/** The next step asked (folded): "şimdi ne yapıyoruz", "sonraki adım", "nasıl kullanacağız", "what now". */
const nextStepAsked =
  /\b(ne yap\w*|simdi ne\b|sonraki adim\w*|bundan sonra\w*|sonra ne\b|nasil (kullan|kur|basla|tanit)\w*|kullanmaya (nasil )?basla\w*|ne gerekiyor|what (now|next|do (i|we) do|should (i|we) do)|now what|next steps?|how (do|to|should|can) (i |we )?(set|install|use|start)\w*)/;
/** Not the plain "what now": a problem or another thing that arrived (folded). */
const arrivedWithProblem =
  /\b(hata\w*|calism\w*|bozuk\w*|kirik\w*|kiril\w*|hasar\w*|pin\w*|sifre\w*|bloke\w*|kilit\w*|puk\w*|fatura\w*|invoice\w*|yanlis\w*|wrong|error\w*|broken|damaged|iade\w*|refund\w*|gelmedi|ulasmadi|hatirlatma\w*|mail\w*|e ?posta\w*|kod\w*|code|sms|reminder|email|locked|blocked)\b/;
/** An invoice said missing from what arrived (folded): "fatura çıkmadı", "no invoice in the envelope". */
const invoiceMissing =
  /\b(fatura\w*)( \S+){0,3} (yok|yoktu|cikmadi|gelmedi|eksik)\b|\bno invoice\b|\binvoice (is |was )?(missing|not (in|there|included))\b/;

/**
 * The seal's end told as a fact, near or passed (folded): "süresi bitiyor", "geçerliliği sona eriyor",
 * "süresi geçiyor", "is about to expire", "expiring soon", "runs out next month".
 */
const expiryTold =
  /\b(sure\w*|gecerlili\w*|vade\w*) (\S+ ){0,3}(dol(uyor|uyo|du|mak|acak|mus)|bit(iyor|iyo|ti|mek|ecek|mis)|sona er\w*|geciyor|gecti|geciyo)\w*|\b(expir(es|ing|ed)|about to expire|will expire|runs? out|ran out|running out)\b/;
/** …but asked when or whether (folded): "ne zaman doluyor", "doldu mu", "when does it expire". */
const expiryAsked =
  /\bne zaman\b|\bhangi tarih\w*|\b(doldu|doluyor|bitti|bitiyor|bitmis|dolmus|eriyor|erdi|gecti|geciyor)( mu| mi)\b|\bwhen\b|\buntil\b|^(is|has|have|did)\b/;
/** The guesses an expiry told is taken for: its status, a new application, the seal itself. */
const expiryGuesses: readonly (Intent | undefined)[] = [
  "cert_status",
  "apply",
  "about",
  "order_status",
  "before_apply",
];
/** A price asked at the message's end (folded): "yenileme ücreti ne kadar", "kaç TL", "ücretli mi". */
const asksPrice =
  /\b(ucret\w*|fiyat\w*|bedel\w*)( \S+)? (ne kadar|nedir|kac)\b|\bkac (tl|lira|para)\b|\b(ne kadar|kaca) (tut|mal ol)\w*|\b(ucretli|parali) m[iu]\b|\bhow much (does|do|is|will|would|for)\b|\bwhat (does|will|would|do) (it|this|that|renewal|an? \S+|the \S+|\S+s) cost\b/;

/**
 * A check of R10.1 told as passed (folded): the PIN right or not locked, the card read, the
 * certificate valid, not expired or not revoked.
 */
const checkPassed =
  /\b(pin\w*|sifre\w*|parola\w*) (\S+ ){0,2}(dogru\w*|kabul edil\w*|sorunsuz|sorun yok|calisiyor|(bloke|kilitli|kilitlenmis) degil\w*|bloke olmadi\w*|kilitlenmedi\w*)|\b(sertifika\w*|muhur\w*|kart\w*) (\S+ ){0,2}(gecerli(dir)?\b|aktif(tir)?\b|okunuyor|takili\w*|taniniyor|gorunuyor|suresi dolmadi|iptal (edilmedi|degil)\w*)|\b(suresi|suresi de|suresi da) (dolmadi|dolmamis|bitmedi|bitmemis|gecmedi|gecmemis)\w*|\biptal (de |da )?(edilmedi|edilmemis|olmadi|olmamis)\w*|\b(not|isn t|wasn t|hasn t|has not|is not) (been )?(expired|revoked)( (or|and|nor) (not )?(been )?(expired|revoked))?\b|\b(pin|password|card|seal|certificate) (is|s) (\S+ )?(correct|right|fine|ok|valid|active|accepted|not (blocked|locked|expired|revoked))\b|\b(pin|seal|certificate|card) (isn t|is not|wasn t|hasn t|has not) (been )?(blocked|locked|expired|revoked)( (or|and|nor) (not )?(been )?(blocked|locked|expired|revoked))?\b/g;
/** Signing or the software still failing (folded). */
const stillFails =
  /\b(imzala(mi|nmi|ya)\w*|imza (atam|atil(mi|am))\w*|gormuyor\w*|tanimiyor\w*|hata\w*|calismiyor\w*|basarisiz\w*|can t (see|sign|find|read)|cannot (see|sign|find|read)|doesn t (see|work|sign|find)|fails?|failing|failed|errors?|not working)\b/;
/** A lock still told after the passed checks are taken out (folded). */
const lockTold = /\b(bloke|kilit\w*|locked|blocked|puk\w*)\b/;

/** The card or the seal made (folded): "basılır", "üretildi", "hazırlanacak", "produced", "made". */
const madeVerb =
  /\b(uretil\w*|uretilec\w*|uretiyor\w*|uretece\w*|uretti\w*|basil\w*|basacak\w*|basiyor\w*|hazirlan\w*|produc\w*|manufactur\w*|printed|(been|be|being) made|make (the|our|my|a) (new )?(card|seal|certificate))\b/;
/** Its coming asked (folded): "ne zaman elimize geçer", "kaç günde gelir", "hangi adrese gidecek", "when will it get here". */
const comingAsked =
  /\b(ne zaman|kac gun\w*|when)( \S+){0,3} (gelir|gelecek\w*|ulasir|ulasacak\w*|elimize (gecer|ulasir|gelir)|elimizde olur|arrive\w*|come|be delivered|get here|reach (us|me))\b|\bhangi adres\w* (gid|gonder|gel|teslim|kargo)\w*|\b(kargo|kart|paket)\w* (\S+ )?(subeye|adrese|eve|ofise|isyerine) mi\b/;
/** Shipping and arrival words (folded): not the making. */
const shippingWords =
  /\b(kargo\w*|gonder\w*|teslim\w*|ulas\w*|gelir|gelecek|gelmedi\w*|ship\w*|deliver\w*|arriv\w*|courier|tracking)\b/;

/** What is shipped named, and another thing that comes named (folded). */
const shippedNamed = new RegExp(String.raw`\b${shipped}`);
const otherArrivalNamed = new RegExp(String.raw`\b${otherArrival}\b`);

/** The firm's address or a move (folded): "adresimiz", "taşındık", "moved", "relocated". */
const firmAddress = /\b(adres\w*|tasin\w*|tasidik\w*|tasiyoruz|moved|move|relocat\w*|address\w*)\b/;
/** Changed, moved or to be reported (folded). */
const addressChanged =
  /\b(degis\w*|bildir\w*|guncelle\w*|yeni adres\w*|tasin\w*|tasidik\w*|haber ver\w*|moved|move|relocat\w*|updat\w*|chang\w*|new address|tell|notify|report|let you know)\b/;
/** Not the firm's address: the delivery address, our address (folded). */
const notFirmAddress =
  /\b(teslimat\w*|kargo\w*|gonder\w*|deliver\w*|ship\w*|adresiniz\w*|ofisiniz\w*|your (address|office))\b/;
/** Guesses a new firm address is taken for. */
const addressGuesses: readonly (Intent | undefined)[] = [
  "apply",
  "contact",
  "before_apply",
  "contact_update",
  "vkn_title_change",
  "order_status",
  "menu",
  "about",
  undefined,
];

/** An application or order already made (folded): "başvurduk", "başvurumuz", "siparişim", "we applied". */
const appliedAlready =
  /\b(basvurdu\w*|basvurmus\w*|basvuru (yaptik|yaptim|yapmistik|yapmistim|yapmisti)\w*|basvurum\w*|basvurunuz|siparisim\w*|siparis (verdik|verdim|vermistik)|applied|submitted|(our|my) (application|order))\b/;
/** Its progress asked (folded): "gelişme", "haber", "işleme alındı mı", "nasıl ilerliyor", "any news". */
const progressAsked =
  /\b(gelisme\w*|haber\w*|donus\w*|isleme (alin|kon|gir)\w*|onaylan\w*|ilerli\w*|degerlendiril\w*|ne oldu|asama\w*|news|progress|update|processed|approved|status)\b/;
/** Guesses an application's progress is taken for. */
const progressGuesses: readonly (Intent | undefined)[] = [
  "apply",
  "before_apply",
  "menu",
  "about",
  undefined,
];

/** A payment made (folded): "ödedik", "havaleyi yaptık", "eft'yi gönderdik", "parayı yatırdık", "we paid". */
const paidDone =
  /\b(odedi\w*|odemis\w*|odeme (yaptik|yaptim|yapildi|yapmistik)\w*|(havale|eft|fast)\w*( \S+){0,2} (yaptik|yaptim|yapildi|gonderdik|gonderdim|gecti|attik|attim)\w*|para\w* (yatirdik|yatirdim|gonderdik|gonderdim|yatirildi)\w*|paid|transferred|(transfer|payment) (went|was sent|was made|has been made))\b/;
/**
 * …and not seen yet, or when it will be asked (folded): "görünmüyor", "yansımadı", "ödenmedi yazıyor",
 * "ödeme bekliyor", "unpaid", "ne zaman yansır", "when will it show?".
 */
const paymentNotSeen =
  /\b(gorunmuyor\w*|gorunmedi\w*|yansimadi\w*|yansimamis\w*|odenmedi\w*|odenmemis\w*|odeme bekl\w*|unpaid|not (showing|shown|reflected|received)|isn t (showing|shown|reflected)|doesn t show|not yet (shown|reflected|received)|still (pending|awaiting payment)|ne zaman (gorun|yansi|gecer|dus|onaylan)\w*|when (will|does|do|would) (it|the (payment|money|transfer)|this|that|our payment)( \S+)? (show|appear|reflect|post|clear|go through|be (shown|reflected|visible|confirmed|seen|received))\w*|how long (until|before|does it take|for) (it|the (payment|money|transfer))?)\b/;

/** The HSM named (folded). */
const hsmNamed = /\bhsm\w*/;
/** Who sells or supplies one (folded): "satan", "satıcı", "tedarikçi", "temin", "vendor", "sell". */
const hsmSeller =
  /\b(satan|satici\w*|satiyor\w*|satis\w*|tedarik\w*|temin\w*|vendor\w*|supplier\w*|seller\w*|sells?|selling|supplies|supply)\b/;
/** Whether one's own fits (folded): "mevcut hsm uygun mu", "şartlara uyuyor mu", "our current HSM is suitable". */
const hsmFits =
  /\b(uygun\w*|uyumlu\w*|uyuyor\w*|uyar m\w*|karsil\w*|suitable|compatible|complian\w*|meets?|qualif\w*|good enough)\b/;
const ownHsm =
  /\b(mevcut|elimizdeki|elimizde|bizim|kendi|var olan|existing|current|our|we have|we already)\b/;
/** The card beside the HSM (choosing between them) or a price (folded). */
const hsmNotAlone = /\b(kart\w*|card\w*|ucret\w*|fiyat\w*|kac (tl|lira|para)|price\w*|cost\w*|how much)\b/;

/** The renewal itself named (folded): "yenilemek", "yenileme", "yenilememiz", "renew". */
const renewalNamed =
  /\b(yenile(me|mek|memiz|meyi|meli|yebilir|yecek|yelim|rim|riz|nir)\w*|yenileme\w*|renew\w*)\b/;

/**
 * A medium or the seal named with "application" and nothing else but a wish to make it (folded):
 * "hsm başvurusu", "akilli kart basvurusu yapmak istiyorum", "e-seal application", "hsm basvuru".
 */
const namedApplication =
  /^(yeni (bir )?)?(hsm|akilli kart|kart|mali muhur|muhur|e-?muhur|e seal|e-seal|seal|smart card)( icin)? (basvuru|basvurusu|basvurusunu|basvurumuzu|application)( (yapmak|yapacagiz|yapacagim|yapalim|yapmak istiyorum|yapmak istiyoruz|baslat\w*|olustur\w*|please|lutfen))?( istiyorum| istiyoruz)?$/;

/** A group application of firms sharing an HSM (R3.3.3), named (folded). */
const groupApplication =
  /\b(grup|group)\w*\b.*\b(basvur\w*|apply\w*|application)|\b(basvur\w*|apply\w*|application)\b.*\b(grup|group)\w*\b/;

/** A theft told (folded): "çalındı", "hırsız girdi", "ofisimiz soyuldu", "soydular", "robbed", "burgled". */
const theftTold =
  /\b(calin\w*|calint\w*|caldi\w*|caldir\w*|calmis\w*|hirsiz\w*|soyul\w*|soydu\w*|gasp\w*|stole\w*|theft|thie\w*|burgl\w*|robbed|robber\w*)/;
/** The seal's card or the seal itself (folded). */
const cardOrSeal = /\b(kart\w*|muhur\w*|sertifika\w*|card|seal|eseal|certificate)\b/;
/**
 * Guesses a theft is taken for by the words around it ("kart da gitti" for its shipping, "ofis" for
 * our office): none of them a topic the theft could be about as well as a refund or a new application.
 */
const theftGuesses: readonly (Intent | undefined)[] = [
  "delivery",
  "contact",
  "troubleshoot",
  "received",
  "production",
  "about",
  "menu",
  "greeting",
  "thanks",
  "order_status",
  "address_change",
  "agent",
  "hsm_vs_card",
  "pin_locked",
  undefined,
];

/**
 * A call back asked (folded): "beni arayın", "arar mısınız", "biri bizi arayabilir mi", "geri dönün",
 * "dönüş yapar mısınız", "call me back", "get back to me". Not "sizi arayabilir miyim" (the caller
 * is the customer: our number).
 */
const callbackAsked =
  /\b(arayin\w*|arayiniz|arar m[iu](siniz)?|arayabilir m[iu](siniz)?|arasin\w*|aranmak ist\w*|aramaniz\w*|aramasini|geri don(un|unuz|er misiniz|ebilir misiniz|ulsun|us yap\w*)|donus (yap(in|iniz|ar misiniz|abilir misiniz|ilsin|sin)|bekl|rica)\w*|call (me|us)( back)?|call ?back|give (me|us) a (call|ring)|get back to (me|us)|ring (me|us)|phone (me|us))\b/;
/** Guesses a call back is taken for by its words ("geri" for a refund, "numara" for our number). */
const callbackGuesses: readonly (Intent | undefined)[] = [
  "agent",
  "contact",
  "refund",
  "revoke_undo",
  "menu",
  "greeting",
  "thanks",
  "hsm_supply",
  undefined,
];

/**
 * Where the card is, asked in English (folded): "where's our card", "where is the seal we ordered",
 * "where is my package". The card or parcel itself, not its reader nor the certificate in a program.
 */
const whereIsTheCard =
  /^where (s|is|are) (our|my|the) (new )?(card|seal|eseal|e seal|parcel|package|shipment)s?\b(?! reader)/;

/** Something missing from the envelope or the parcel (folded): "zarfın içinde yok", "paketin içi boş". */
const missingFromEnvelope =
  /\bzarf\w*( \S+){0,4} (yok|yoktu|yokmus|bos|cikmadi|eksik\w*)\b|\b(paket|kargo|koli|kutu)\w* (ici|icinde|icinden|icerisinde|icerisi)( \S+){0,3} (yok|yoktu|yokmus|bos|cikmadi|eksik\w*)\b|\b(envelope|package|parcel|box)( \S+){0,2} (was|is|came|arrived) (empty|missing)\b|\bnothing (was )?(in|inside) (the|our|my) (envelope|package|parcel|box)\b|\bnot (in|inside) (the|our|my) (envelope|package|parcel|box)\b|\b(envelope|package|parcel|box) (had|has|contained) no\b|\bmissing from (the|our|my) (envelope|package|parcel|box)\b/;
/** What is said missing from it (folded), by the words named; undefined when none is. */
function missingThingOf(folded: string): Intent | undefined {
  if (/\b(fatura\w*|invoice\w*)/.test(folded)) return "invoice";
  if (/\bpuk\w*/.test(folded)) return "puk";
  if (/\b(kart|muhur|sertifika|card|seal|eseal|certificate|token)\w*/.test(folded)) return "delivery";
  return undefined;
}
/** Time left asked (folded): "kaç gün kaldı", "daha ne kadar var", "how many days left", "how long until". */
const timeLeftAsked =
  /\b(kac (gun|hafta|ay|saat|yil|sene)\w*|ne kadar( (zaman|sure|gun|vakit)\w*)?)( \S+)? (kaldi|kaliyor|kalmis|kalmistir)\b|\b(kac (gun|hafta|ay|saat|yil|sene)\w*|ne kadar (zaman|sure|gun|vakit)\w*)( \S+)? var\b|\bhow (many|much) (more )?(days|weeks|months|hours|time)( \S+){0,2} (left|remain\w*|until|till|to go)\b|\bhow long (is |are )?(still )?(left|remaining|until|till|to go)\b/;
/** What the time left is of (folded), by the words named; undefined when none is. */
function timeLeftOf(folded: string): Intent | undefined {
  // "ödedik, ne kadar sürer görünmesi", "I paid, how long until it shows": the payment's posting (R3.2)
  if (paidDone.test(folded) && paymentNotSeen.test(folded) && !paidTwice.test(folded)) return "payment";
  if (/\b(bit|dol|sona er|sure\w*|gecerlilik\w*|vade\w*|expir\w*|valid\w*|renew\w*|yenile\w*)/.test(folded))
    return "cert_status";
  if (/\b(gel|ulas|kargo|teslim|kurye|arriv|deliver|ship|courier|get here|gets here|come)\w*/.test(folded))
    return "delivery";
  if (madeVerb.test(folded)) return "production";
  if (/\b(basvuru|siparis|onay|order|application|approv)\w*/.test(folded)) return "order_status";
  return undefined;
}
/** Guesses a time-left question is taken for ("kaç" is mostly the prices' word). */
const timeGuesses: readonly (Intent | undefined)[] = [
  "prices",
  "production",
  "delivery",
  "order_status",
  "cert_status",
  "renewal",
  "payment",
  "about",
  "menu",
  "greeting",
  "thanks",
  "received",
  undefined,
];
/** The firm's unvan, name or VKN told changed (folded): "firma ismi değişti", "our company name changed". */
const titleChangeTold =
  /\b(unvan\w*|vkn\w*|vergi (kimlik )?(no|numara)\w*|ticari (ad|unvan)\w*|(sirket|firma)\w* (ad|isim|ismi)\w*|company name|firm s name|business name|title|tax (number|id))( \S+){0,2} (degis\w*|guncellen\w*|yenilen\w*|farkli\w*|changed|has changed|is changing|will change)|\b(changed|updated) (our|the|my) (company name|firm s name|business name|title|tax (number|id))\b/;
/** Guesses a title change is taken for by what is asked of the seal after it. */
const titleChangeGuesses: readonly (Intent | undefined)[] = [
  "cert_status",
  "renewal",
  "about",
  "apply",
  "before_apply",
  "order_status",
  "troubleshoot",
  "menu",
  undefined,
];
/** A loss told in the first person (folded): the firm had the card ("kaybettik", "we lost"). */
const weLostIt = /\b(kaybettik|kaybettim|kaybetmisiz|kaybetmisim|yitirdik|yitirdim|(we|i) (have )?lost)\b/;
/** The parcel lost, told or asked (folded): "kargo kayboldu", "paketimiz kayıp mı", "the parcel is lost". */
const parcelLost =
  /\b(kargo|paket|gonderi|koli|parcel|package|shipment)\w*( \S+){0,2} (kaybol|kayip|kaybet|kayb|lost|missing)\w*|\b(lost|lose|losing) (my|our|the) (parcel|package|shipment)\b/;

/** Loss or theft words (folded), whatever their ending: "kaybettik", "kayboldu", "kayıp", "çalındı", "lost". */
const lossOrTheft =
  /\b(kayb\w*|kayip\w*|yitir\w*|bulamiyor\w*|lost|missing|calin\w*|calint\w*|caldi\w*|caldir\w*|calmis\w*|hirsiz\w*|stole\w*|theft)/;
/** Whether a folded message tells the seal's card lost or stolen (not denied, not the parcel's, not a PIN's). */
function cardLostOrStolen(folded: string): boolean {
  return asksForRevocation(folded) && lossOrTheft.test(folded) && !parcelLost.test(folded);
}

/** A revocation told done, a word or two between (folded): "iptalini dün yaptık", "iptal işlemini yaptırdık". */
const revocationDoneNear =
  /\biptal\w*( \S+){0,2} (ettik|ettirdik|ettim|ettirdim|yaptik|yaptirdik|yaptim|yaptirdim|edildi|edilmis\w*|etmistik|ettirmistik|tamamlandi|tamamladik)\b/;
/**
 * Whether a folded message tells the seal, its card or token lost or stolen, however spelt ("mali
 * muhru kaybettim", "kartı kaybetdim", "calindi", "çaldırdık", "kayboldu mühür"; bot/nlu/seal-lost.ts),
 * with a loss word that is not denied ("kaybetmedik", "çalınmadı"), not of another thing ("kartın
 * pinini kaybettim"), and no revocation told done ("iptal ettirdik"): the revocation (R7.2, R7.4),
 * whatever else the message wishes.
 */
export function sealLossTold(folded: string): boolean {
  if (revokedAlready.test(folded) || revokedDone.test(folded) || revocationDoneNear.test(folded))
    return false;
  if (parcelLost.test(folded)) return false;
  const words = tokensOf(folded);
  return sealLossWordsAt(words).some((i) => !cueDenied(words, i) && !cueOnOtherThing(words, i));
}

/** Encryption named beside a locked or forgotten PIN: the PIN's own answer. */
const encryptionNotAsked = /\b(bloke|kilit\w*|unut\w*|puk\w*|locked|blocked|forgot\w*)\b/;
/** Guesses a signatory gone is taken for: none a topic asked of its own. */
const signatoryGoneGuesses: readonly (Intent | undefined)[] = [
  "agent",
  "contact",
  "menu",
  "about",
  "greeting",
  "thanks",
  "delivery",
  "received",
  "order_status",
  "contact_update",
  "vkn_title_change",
  undefined,
];

/** Rules over the classifier's verdict: what rules know better than examples. */
/** Guesses an association told is taken for by its words ("dernek olarak" was R9's). */
const associationGuesses: readonly (Intent | undefined)[] = [
  "r9",
  "apply",
  "before_apply",
  "about",
  "difference",
  "menu",
  "greeting",
  "thanks",
  "agent",
  "vkn_title_change",
  undefined,
];

/** The intent a verdict acts on or asks first. */
function guessOf(verdict: Understanding): Intent | undefined {
  return verdict.kind === "intent"
    ? verdict.intent
    : verdict.kind === "unsure"
      ? verdict.candidates[0]
      : undefined;
}

function ruled(folded: string, verdict: Understanding): Understanding {
  const rule = (intent: Intent): Understanding => ({ kind: "intent", intent, confidence: 1, source: "rule" });
  // "Yeni başvuruda aynı kartı mı kullanırız", "can we reuse the same card for the new application":
  // a question, not the application; the domain is silent on the old card (info.card_reuse, answered
  // by the renewal topic: bot/flows/info.ts; bot/nlu/card-reuse.ts). A loss or a revocation told is not.
  if (
    cardReuseAsked(folded) &&
    !asksForRevocation(folded) &&
    !revokedAlready.test(folded) &&
    !revokedDone.test(folded)
  )
    return rule("renewal");
  // "hsm başvurusu", "akıllı kart başvurusu", "mali mühür başvurusu yapacağız": the thing applied
  // for named with the application is a request to apply (R3.1), not a question about the medium.
  if (namedApplication.test(folded)) return rule("apply");
  // "hsm ile başvuru yapacağız grup olarak", "group application for our 5 companies with one HSM":
  // firms sharing one HSM apply as a group (R3.3.3), no R9 case (those are named: r9.ts)
  if (groupApplication.test(folded) && !mentionsR9TypeWord(folded) && !asksForRevocation(folded))
    return rule("apply");
  // "Hi, I want an e-seal for my company", "I'd like to get an e-seal", "mühür sipariş etmek
  // istiyorum": the product wished for, nothing else said, is the application (R3.1; seal-wanted.ts).
  if (sealWantedOnly(folded)) return rule("apply");
  // "Muhasebeci başvurabilir mi", "başvuruyu çalışanımız doldurabilir mi": whether someone else may
  // apply is the application's question (answered before it starts: bot/nlu/other-applicant.ts)
  if (otherApplicantAsked(folded) && !asksForRevocation(folded) && !sealLossTold(folded))
    return rule("apply");
  // "Dernek olarak başvurabilir miyiz", "biz bir derneğiz": an association, foundation, union,
  // chamber or municipality has its own VKN and applies online as a tüzel kişi; R9.1 does not name
  // it (its own cases were decided before: r9.ts). bot/nlu/legal-person.ts
  if (associationTold(folded) && associationGuesses.includes(guessOf(verdict)) && !asksForRevocation(folded))
    return rule("apply");
  // R7.4: "we revoked it, how do we apply again" asks about applying, not revoking.
  const applicationOnly = applicationNotSeal.test(folded) && !sealOrCard.test(folded);
  if (revokedAlready.test(folded) && asksToApply.test(folded) && !applicationOnly) return rule("apply");
  // "Yanlışlıkla iptal ettik", "we revoked it but found the card, can we use it again": a done
  // revocation regretted or wanted back is R7.1 (it cannot be undone), never a new revocation.
  if (
    !applicationOnly &&
    (revokedAlready.test(folded) || revokedDone.test(folded)) &&
    (regretCue.test(folded) || strongUndo.test(folded))
  )
    return rule("revoke_undo");
  // "Kartım çalındı, yeni başvuru da yapmak istiyorum", "mali muhru kaybettim ne yapcam": a lost or
  // stolen seal told, however spelt and whatever else is wished, is revoked first, then applied for
  // again (R7.4); the revocation says the application comes after (bot/dispatch/intent.ts).
  // "Kart okuyucu kayboldu", "kart okuyucumuz bozuldu", "lost our card reader": the reader, not the
  // seal's card, is lost or broken: no revocation, the reader's answer (info.card_reader, given for
  // "received": bot/flows/info.ts), unless the card is told lost of its own (bot/nlu/card-reader.ts).
  if (cardReaderTroubleTold(folded) && !cardOrSeal.test(withoutCardReader(folded))) return rule("received");
  // "Süresi dolmuş eski kartımızı kaybettik", "our old expired card is lost": an expired certificate
  // is not revoked (R8.1, R10.1); the renewal topic says so (info.expired_card_lost, bot/flows/info.ts;
  // bot/nlu/expired-card-lost.ts), with the revocation offered for a valid card lost beside it.
  if (sealLossTold(folded) && expiredCardTold(folded)) return rule("renewal");
  if (sealLossTold(folded)) return rule("revoke");
  // "Bu işlem geri alınabilir mi", "geri dönüşü var mı", "can this be undone?": whether a revocation
  // can be undone, asked (R7.1: it cannot), never the refund's text (money named is the refund's).
  if (undoAsked.test(folded) && !moneyNamed.test(folded)) return rule("revoke_undo");
  // "What happens to invoices we already signed?", "imzaladığımız faturalar ne olacak": the domain
  // is silent on documents signed before; the undo topic says so and names the call centre
  // (info.signed_documents, bot/flows/info.ts; bot/nlu/signed-documents.ts), never the refund's text.
  if (signedDocumentsAsked(folded)) return rule("revoke_undo");
  // "Yeni kart gelince eskisini iptal etmemiz gerekir mi", "do we have to revoke the old certificate
  // after renewal?": no revocation is needed (R8.3, R7.2); info.old_certificate, answered by the
  // renewal topic (bot/flows/info.ts; bot/nlu/old-certificate-revocation.ts). A loss told is above.
  if (oldCertificateRevocationAsked(folded)) return rule("renewal");
  // "Yenileme yapınca eski kart çalışmaya devam eder mi", "does the old card still work after
  // renewal?": it does until its end date (info.old_certificate_kept, the renewal topic).
  if (oldCertificateKeptAsked(folded)) return rule("renewal");
  // "Hatırlatma maili gelmedi", "we never got the reminder": where the reminders go (R8.2) and how
  // the address on record is updated (R5.1), info.reminder_missing (bot/nlu/reminder-missing.ts).
  if (reminderMissingTold(folded) && !sealLossTold(folded) && !asksForRevocation(folded))
    return rule("renewal");
  // "Şube olarak ayrı mühür almamız lazım mı", "do our branches need their own seal?": one seal per
  // VKN, the before-applying topic says so (info.branch_seal; bot/nlu/branch-seal.ts).
  if (branchSealAsked(folded) && !sealLossTold(folded) && !asksForRevocation(folded))
    return rule("before_apply");
  // "Does the e-seal work for e-archive too", "mühür e-defter için de geçerli mi": one certificate
  // serves every e-document (R1.1, R2.1), the before-applying answer (bot/nlu/document-coverage.ts).
  if (documentCoverageAsked(folded)) return rule("before_apply");
  // "Muhasebecimiz mali mühür için ne lazım diye sordu", "what do we need to get an e-seal": what to
  // have ready before applying (R2), not what the seal is (bot/nlu/seal-needs.ts).
  if (sealNeedsAsked(folded) && !asksForRevocation(folded)) return rule("before_apply");
  // "Kargo ücretli mi", "is shipping free": the price topic says what is known of it, naming no price
  // (info.shipping_fee, bot/flows/info.ts; bot/nlu/shipping-fee.ts).
  if (shippingFeeAsked(folded) && !asksForRevocation(folded)) return rule("prices");
  // "Kargo ne kadar sürer", "kart kaç günde gelir": how long the shipping takes (R3.3.1), not a
  // price ("ne kadar" asks both; bot/nlu/delivery-time.ts).
  if (deliveryTimeAsked(folded) && !asksForRevocation(folded) && !sealLossTold(folded))
    return rule("delivery");
  // "Kargo hangi firmayla geliyor", "hangi kargoyla yolluyorsunuz": the courier, the delivery's
  // topic (R3.3.1; bot/nlu/courier-asked.ts), never the renewal its other words leaned to
  if (courierAsked(folded) && !asksForRevocation(folded) && !sealLossTold(folded)) return rule("delivery");
  // "Bu ne kadar sürer", "başvuru kaç gün sürer", "how long does this take": how long getting the
  // certificate takes, no other topic named: the production's answer (R3.3), never the prices
  // "ne kadar" also asks (bot/nlu/duration-asked.ts).
  if (durationAsked(folded) && !asksForRevocation(folded) && !sealLossTold(folded)) return rule("production");
  // "Unvan çok uzun kısaltabilir miyim": the certificate names the firm by its full unvan; R5.2's
  // topic answers it (info.title_full, bot/flows/info.ts; bot/nlu/title-shortening.ts).
  if (titleShorteningAsked(folded) && !asksForRevocation(folded)) return rule("vkn_title_change");
  // "Faturayı kime kesiyorsunuz, şirkete mi yetkiliye mi": the invoice's topic says what R6.2
  // knows and names the call centre (info.invoice_addressee; bot/nlu/invoice-addressee.ts).
  if (invoiceAddresseeAsked(folded) && !asksForRevocation(folded)) return rule("invoice");
  // "Kartı takınca hiçbir şey olmuyor": a fault with the card in hand, the R10.1 checks
  // (bot/nlu/card-inserted-nothing.ts), not the delivery.
  if (cardInsertedNothingTold(folded) && !asksForRevocation(folded)) return rule("troubleshoot");
  // "Muhasebecimiz kartı iade etmiyor": the domain is silent on a card kept by someone else; the
  // contact topic says what is known (revocation, then a new application) and names the call
  // centre (info.card_withheld; bot/nlu/card-withheld.ts). A theft or loss told is revoked above.
  if (cardWithheldTold(folded) && !sealLossTold(folded) && !asksForRevocation(folded)) return rule("contact");
  // "Kart ile HSM arasındaki fiyat farkı ne kadar", "hsm kart fiyatları", "how much is the HSM vs
  // the card": both media's prices, not which fits (R6.1; bot/nlu/media-prices.ts)
  if (mediaPricesAsked(folded) && !asksForRevocation(folded) && !sealLossTold(folded)) return rule("prices");
  // "Aynı kartı iki kişi kullanabilir mi": several people signing from different computers is R2.2's
  // reason to prefer an HSM: the card/HSM comparison (bot/nlu/shared-card.ts).
  if (sharedCardAsked(folded) && !asksForRevocation(folded) && !sealLossTold(folded))
    return rule("hsm_vs_card");
  // "Birden fazla kart alırsak indirim var mı": the domain names prices only (R6.1), answered with
  // them (bot/nlu/discount-asked.ts).
  if (discountAsked(folded) && !asksForRevocation(folded)) return rule("prices");
  // "Kart 2012 de alındı", "we bought the card in 2012": the card's year told after R4.3's PUK
  // answer, answered by R4.3 through the production topic (bot/nlu/card-year-told.ts).
  if (cardYearStated(folded) !== undefined && !asksForRevocation(folded)) return rule("production");
  // "pin girerken hata (0x6983) alıyorum", "PIN error [63C0]": the card's "PIN blocked" status word
  // beside the PIN word is R4.2's Kilit Çözme (bot/nlu/secrets.ts), unless the PIN is said right.
  if (
    pinWord.test(folded) &&
    namesPinBlockedCode(folded) &&
    !notLockedPin.test(folded) &&
    !asksForRevocation(folded)
  )
    return rule("pin_locked");
  // "e-Fatura'ya geçiyoruz, mühür başvurusunu başlatalım": the e-document is why they apply; the
  // request is to apply (R3), not to learn about GİB enrolment (R2.1).
  const guess =
    verdict.kind === "intent"
      ? verdict.intent
      : verdict.kind === "unsure"
        ? verdict.candidates[0]
        : undefined;
  // The message without the checks of R10.1 it tells as passed ("süresi dolmadı", "not revoked").
  const withoutPassed = folded.replace(checkPassed, " ");
  // "Sertifika askıya alınabilir mi, geçici durdurmak istiyorum": there is no suspension, only the
  // revocation, which cannot be undone (R7.1; info.no_suspension, bot/nlu/suspension-asked.ts).
  // A lost or stolen card told with it is revoked (R7.4).
  if (suspensionAsked(folded) && !cardLostOrStolen(folded)) return rule("revoke_undo");
  // "How long is the seal valid?", "mühür kaç yıl geçerli": the rule (R8.1, three years: the
  // renewal text), not one certificate's status (bot/nlu/validity-period.ts).
  if (validityPeriodAsked(folded) && !asksForRevocation(folded) && guess !== "prices") return rule("renewal");
  // "Yenileme için tekrar ödeme mi yapıyoruz": renewal is a new application with its payment (R8.3).
  if (renewalPaymentAsked(folded) && !asksForRevocation(folded)) return rule("renewal");
  // "Şifreleme sertifikası nedir": encryption, not "şifre" (the PIN); the card's two certificates
  // (info.encryption_certificate, answered by the seal's own topic: bot/flows/info.ts).
  if (encryptionCertificateAsked(folded) && !asksForRevocation(folded) && !encryptionNotAsked.test(folded))
    return rule("about");
  // "Yetkili değişti", "we have a new director": the seal names the firm only, no new one is needed
  // (info.signatory_changed, answered by R5.2's topic: bot/flows/info.ts; bot/nlu/signatory-changed.ts).
  if (signatoryChanged(folded) && !asksForRevocation(folded)) return rule("vkn_title_change");
  // "Yetkili vefat etti", "imza yetkilimiz şirketten ayrıldı": who may receive the card then (R3.3.2),
  // not a hand-off; a topic of its own asked beside it keeps its answer.
  if (signatoryGone(folded) && signatoryGoneGuesses.includes(guess) && !asksForRevocation(folded))
    return rule("delivery");
  // "Mühürüm iptal olmuş mu", "sertifikamız iptal mi oldu": whether it is revoked is the status
  // (R10.1, §4 Status), never a revocation (bot/nlu/revoked-asked.ts).
  if (
    revokedStateAsked(folded) &&
    !asksForRevocation(folded) &&
    !regretCue.test(folded) &&
    !strongUndo.test(folded) &&
    !revokedAlready.test(folded) &&
    !/\b(geri|eski)\b/.test(folded) &&
    !applicationNotSeal.test(folded)
  )
    return rule("cert_status");
  // "Ne zaman sona eriyor?", "ne zamana kadar geçerli": the certificate's end date (R8.1, R10.1),
  // about the seal or with nothing else named (bot/nlu/certificate-end.ts).
  if (
    certificateEndAsked(folded) &&
    guess !== "revoke" &&
    !asksForRevocation(folded) &&
    !titleChangeTold.test(withoutNamedVkn(folded))
  )
    return rule("cert_status");
  // "Kartı kaybettik, mühür hâlâ geçerli mi": a lost or stolen card's seal stays valid until it is
  // revoked, for whoever holds the card; revoke first, then apply again (R7.4). The revocation says so.
  // Also "kartımızı çaldırdık, hâlâ kullanılabilir mi", "we lost the card, can someone use it".
  if (validityOrUseAsked(folded) && cardLostOrStolen(folded)) return rule("revoke");
  // "Firmamızın mali mühürü aktif mi", "süresi doldu mu", "is our e-seal still valid": the seal's
  // validity asked is its status (R10.1), whatever its words lean to (the application, the seal
  // itself, the renewal); a lost card, a changed unvan or a moved address told beside it keeps its own topic.
  if (
    sealValidityAsked(folded) &&
    !asksForRevocation(folded) &&
    !titleChangeTold.test(withoutNamedVkn(folded)) &&
    guess !== "address_change" &&
    !(verdict.kind === "intent" && verdict.intent === "revoke_undo")
  )
    return rule("cert_status");
  // "İptal edilmiş mi, tekrar kontrol eder misiniz": whether it is revoked is the status (R10.1);
  // "tekrar" there is checking again, not having the seal back.
  if (
    (guess === "revoke_undo" || (verdict.kind === "unsure" && verdict.candidates.includes("cert_status"))) &&
    revokedAsked.test(folded) &&
    !strongUndo.test(folded) &&
    !regretCue.test(folded) &&
    !/\b(geri|eski)\b/.test(folded)
  )
    return rule("cert_status");
  // "Beni arayın", "geri dönün lütfen", "call me back": a person asked for, the hand-off (R11.1),
  // unless a topic of its own is what the message is about.
  if (callbackAsked.test(folded) && callbackGuesses.includes(guess) && !asksForRevocation(folded))
    return rule("agent");
  // "Ofisimiz soyuldu kart da gitti": a theft with the card or the seal named asks to revoke (R7.2,
  // R7.4), however its other words lean; a theft without them ("ofis soyuldu") is asked back.
  if (
    (theftTold.test(folded) || takenAway.test(folded)) &&
    asksForRevocation(folded) &&
    theftGuesses.includes(guess)
  ) {
    if (cardOrSeal.test(folded)) return rule("revoke");
    const confidence = verdict.kind === "none" ? 0 : verdict.confidence;
    return { kind: "unsure", candidates: ["revoke", guess ?? "menu"], confidence };
  }
  // "Muhasebecimiz kartı kopyalamış olabilir", "our private key may be compromised": the seal's
  // key in other hands is its use against its purpose (R7.2): revoke.
  if (
    keyCompromised.test(folded) &&
    sealOrKey.test(folded) &&
    !/\b(kopyaladi[mk]|(i|we) (have |had )?(copied|cloned))\b|^(can|could|how|is it possible)\b/.test(
      folded,
    ) &&
    !deniesRevocation(folded) &&
    guess !== "revoke_undo"
  )
    return rule("revoke");
  // "Şirketimiz tasfiye oldu": the firm closed; its seal's revocation (R7) is offered, and done when
  // asked for ("… mali mühürü iptal edin"). Not when applying is asked.
  if (firmClosed.test(folded) && !applyingNamed.test(folded) && guess !== "revoke_undo") {
    if (asksForRevocation(folded) && (sealOrCard.test(folded) || guess === "revoke")) return rule("revoke");
    // a topic of its own asked after it (the money back, the price, an invoice) keeps its answer
    if (!closedGuesses.includes(guess)) return verdict;
    const confidence = verdict.kind === "none" ? 0 : verdict.confidence;
    return { kind: "unsure", candidates: ["revoke", "contact"], confidence };
  }
  // "Şahıs şirketiyim": a sole proprietorship applies as a gerçek kişi (R3.1), unless a change is told.
  // "Gerçek kişiyim", "şahsım", "I am a natural person": the applicant type told (R3.1), not a
  // person asked for (the classifier's "gerçek bir kişiyle görüşmek"); bot/nlu/natural-person.ts.
  if (
    (soleProprietorTold.test(folded) || naturalPersonTold(folded)) &&
    !changeTold.test(folded) &&
    soleProprietorGuesses.includes(guess)
  )
    return rule("apply");
  // "Kaç gün kaldı?", "how many days left": time asked, never a price. The end of the seal named is
  // its end date (R8, R10.1), the card's coming the delivery (R3.3.1), its making the production,
  // the application or order its status; nothing named is asked back.
  if (timeLeftAsked.test(folded) && timeGuesses.includes(guess) && !asksForRevocation(folded)) {
    const named = timeLeftOf(folded);
    if (named) return guess === named && verdict.kind === "intent" ? verdict : rule(named);
    return { kind: "unsure", candidates: ["cert_status", "order_status"], confidence: 1 };
  }
  // "Zarfın içinde PIN yok", "PIN zarfı gelmedi": the PIN is set online (R4.2), never sent nor asked
  // for; the PIN's topic answers it (bot/flows/info.ts, info.pin_missing).
  if (pinMissing(folded) && !asksForRevocation(folded)) return rule("pin_locked");
  // "PIN nedir", "pin kodu ne işe yarar", "what is a PIN": the PIN's topic, whose answer is then
  // what the PIN is (info.pin_meaning, bot/flows/info.ts; bot/nlu/pin-meaning.ts)
  if (pinMeaningAsked(folded) && !asksForRevocation(folded)) return rule("pin_locked");
  // "Will we get a new PIN?", "yeni kartla yeni pin gelir mi": no PIN is sent, it is set online
  // (info.pin_missing, bot/flows/info.ts; bot/nlu/new-pin-asked.ts), never an application
  if (newPinAsked(folded) && !asksForRevocation(folded)) return rule("pin_locked");
  // "Zarfın içinde yok", "zarf boş çıktı", "the envelope was empty": something missing from what
  // was shipped (R3.3.1; R6.2: the invoice comes in the card's envelope). The thing named decides;
  // nothing named is asked back between the card's delivery and the invoice.
  if (missingFromEnvelope.test(folded) && !asksForRevocation(folded)) {
    const named = missingThingOf(folded);
    if (named) return guess === named && verdict.kind === "intent" ? verdict : rule(named);
    return { kind: "unsure", candidates: ["delivery", "invoice"], confidence: 1 };
  }
  // "Firma ismi değişti, sertifika geçerli mi": the unvan or VKN told changed is R5.2 (a new mali
  // mühür), whatever is asked of the seal after it (its validity, its status, a renewal).
  if (
    titleChangeTold.test(withoutNamedVkn(folded)) &&
    (titleChangeGuesses.includes(guess) ||
      (verdict.kind === "unsure" && guess === "vkn_title_change") ||
      (guess === "address_change" && !firmAddress.test(folded))) &&
    !asksForRevocation(folded)
  )
    return rule("vkn_title_change");
  // "Kargodan gelen kartı kaybettik", "we lost the card you sent": the firm lost the card it had
  // received (R7.2), whatever the words of its coming lean to.
  if (
    weLostIt.test(folded) &&
    cardOrSeal.test(folded) &&
    arrivalGuesses.includes(guess) &&
    asksForRevocation(folded)
  )
    return rule("revoke");
  // "Kargo kayboldu mu", "paket kaybolmuş olabilir mi", "did the courier lose my package": the
  // parcel lost on its way is the delivery's question (R3.3.1), no revocation.
  if (
    parcelLost.test(folded) &&
    !(verdict.kind === "intent" && verdict.intent === "delivery") &&
    !asksForRevocation(folded)
  )
    return rule("delivery");
  if (
    guess === "before_apply" &&
    seekingSealApplication.test(tokensOf(folded).slice(-requestAtEnd).join(" ")) &&
    !beforeApplyingWords.test(folded)
  )
    return rule("apply");
  // …and the other way: an application guess that asks what comes before it, or what to bring.
  if (guess === "apply" && (asksBeforeApplying.test(folded) || asksWhatToPrepare.test(folded)))
    return rule("before_apply");
  if (whereIsTheCard.test(folded) && guess !== "delivery" && !asksForRevocation(folded))
    return rule("delivery");
  // A message ending in "the card has not arrived" asks where it is, whatever came before.
  if (cardNotArrived.test(folded) && !asksForRevocation(folded)) return rule("delivery");
  // "Kargodan kart çıktı, şimdi ne yapıyoruz", "the card is here, what now": arrived, and the next
  // step asked (R4.1); an invoice missing from it is the invoice's question (R6.2).
  if (arrivedDone.test(folded) && invoiceMissing.test(folded) && !asksForRevocation(folded))
    return rule("invoice");
  if (
    arrivedDone.test(folded) &&
    nextStepAsked.test(focusOf(folded)) &&
    !arrivedWithProblem.test(folded) &&
    !asksForRevocation(folded)
  )
    return rule("received");
  // "Süresi doluyor, yenileme ücreti ne kadar": the price asked after the story (R6.1).
  if (
    asksPrice.test(focusOf(folded)) &&
    guess !== "prices" &&
    guess !== "revoke" &&
    !asksMoneyBack.test(folded) &&
    !/\b(surer|suruyor|surecek|how long)\b/.test(focusOf(folded))
  )
    return rule("prices");
  // "Sertifikamın süresi bitiyor, ne yapmalıyım", "it is about to expire": the end told, not asked,
  // is the renewal (R8), also when applying again is asked (R8.3: renewal is a new application).
  if (expiryTold.test(withoutPassed) && !expiryAsked.test(folded) && expiryGuesses.includes(guess))
    return rule("renewal");
  // "Ödedik, mühür ne zaman basılacak": the making asked (R3.3), whatever was paid or renewed;
  // "kart ne zaman elimize ulaşır", "hangi adrese gidecek": its coming (R3.3.1).
  const askedAbout = (intent: Intent) =>
    guess !== intent &&
    guess !== "revoke" &&
    guess !== "refund" &&
    guess !== "prices" &&
    shippedNamed.test(folded) &&
    !otherArrivalNamed.test(folded) &&
    !asksForRevocation(folded);
  if (madeVerb.test(focusOf(folded)) && !shippingWords.test(folded) && askedAbout("production"))
    return rule("production");
  // "firmanın adresi değişti, kart hangi adrese gelecek": the move told is the address change
  // (the seal holds only VKN and unvan, R5.2; the call centre for a card still to come)
  const moveTold = firmAddress.test(folded) && addressChanged.test(folded);
  if (comingAsked.test(focusOf(folded)) && !madeVerb.test(folded) && !moveTold && askedAbout("delivery"))
    return rule("delivery");
  // "Başvurduk, bir gelişme var mı", "başvurum işleme alındı mı": the progress of an application
  // already made (R3), not applying again.
  if (
    appliedAlready.test(folded) &&
    progressAsked.test(focusOf(folded)) &&
    (progressGuesses.includes(guess) || (verdict.kind === "unsure" && guess === "order_status")) &&
    !/\b(iptal|vazgec\w*|cancel\w*|withdraw\w*)\b/.test(folded)
  )
    return rule("order_status");
  // "HSM satan firma önerir misiniz": who sells one (R2.4); "mevcut HSM'miz uygun mu": whether the
  // firm's own fits (R2.5). Not when the card is named beside it, nor a price.
  if (hsmNamed.test(folded) && !hsmNotAlone.test(folded) && guess !== "revoke") {
    if (hsmSeller.test(folded) && guess !== "hsm_supply") return rule("hsm_supply");
    if (hsmFits.test(folded) && ownHsm.test(folded) && guess !== "hsm_requirements")
      return rule("hsm_requirements");
  }
  // "Süresi ne zaman bitiyor bilmiyoruz, yenilememiz gerekiyor mu": the renewal asked at the end,
  // after the end date or someone else's seal was told (R8).
  if (
    renewalNamed.test(focusOf(folded)) &&
    expiryGuesses.includes(guess) &&
    !applicationNotSeal.test(focusOf(folded)) &&
    !asksForRevocation(folded)
  )
    return rule("renewal");
  // The same for the money back (R6.3) and the way to pay (R3.2), asked after the story.
  // A revocation the classifier found stays (a lost card and its fee are R7 first); "başvuruyu
  // iptal edersem param iade edilir mi" is no revocation and asks for the money.
  if (asksMoneyBack.test(focusOf(folded)) && guess !== "revoke") return rule("refund");
  if (asksHowToPay.test(focusOf(folded)) && guess !== "revoke") return rule("payment");
  // "Havaleyi yaptık, sistemde hala ödenmedi yazıyor": a payment made and not yet seen (R3.2: bank
  // payments are reflected a business day later), unless paid twice.
  if (
    paidDone.test(folded) &&
    paymentNotSeen.test(folded) &&
    !paidTwice.test(folded) &&
    guess !== "revoke" &&
    !asksMoneyBack.test(folded) &&
    !asksForRevocation(folded)
  )
    return rule("payment");
  // Paid twice (or more than owed): the extra money back (R6.3), not the ways to pay.
  if (paidTwice.test(folded) && guess !== "revoke" && !asksForRevocation(folded)) return rule("refund");
  // "Daha fazla ödeme seçeneği var mı": the ways to pay (R3.2), no money back asked.
  if (
    guess === "refund" &&
    asksPaymentOptions.test(focusOf(folded)) &&
    !asksMoneyBack.test(folded) &&
    !/\b(iade|refund|geri)/.test(folded)
  )
    return rule("payment");
  // "Kart kırık geldi": a card that arrived damaged is a fault (R10), not its arrival or shipping.
  if (
    cardOrReader.test(folded) &&
    damaged.test(folded) &&
    !stillOnTheWay.test(folded) &&
    (verdict.kind !== "intent" || arrivalGuesses.includes(guess)) &&
    !asksForRevocation(folded)
  )
    return rule("troubleshoot");
  // "Kilit çözme işlemini nereden yapıyoruz": the online unlock (R4.2), wherever it is asked, unless
  // the unblocking code (the PUK) is what is asked.
  if (
    unlockNamed.test(folded) &&
    guess !== "pin_locked" &&
    guess !== "puk" &&
    !asksUnblockingCode.test(folded) &&
    !/\bpuk/.test(folded) &&
    !asksForRevocation(folded)
  )
    return rule("pin_locked");
  // "Pin bloke değil, kart da geçerli ama program mühürü görmüyor": the checks of R10.1 passed and
  // the signing still fails, so the fault is in the application using the seal (R10.2).
  if (
    withoutPassed !== folded &&
    stillFails.test(withoutPassed) &&
    !lockTold.test(withoutPassed) &&
    !asksForRevocation(withoutPassed)
  )
    return rule("troubleshoot");
  // "Pini yanlış girdi artık kart açılmıyor": the PIN typed wrong until the card shut is the locked
  // PIN (R4.2), not a fault of the signing software.
  if (
    pinWord.test(folded) &&
    pinTriedWrong.test(folded) &&
    !notLockedPin.test(folded) &&
    guess !== "pin_locked" &&
    guess !== "puk" &&
    !asksForRevocation(folded)
  )
    return rule("pin_locked");
  // "Mühürümüzün durumu nedir", "sertifikamın süresi ne zaman doluyor": the certificate's own status
  // and end date (R10.1), unless the order, the parcel or a renewal is what is asked.
  if (
    guess !== "revoke" &&
    !(verdict.kind === "intent" && verdict.intent === "cert_status") &&
    sealNoun.test(folded) &&
    (sealStatus.test(folded) || sealEnds.test(folded)) &&
    !notSealStatus.test(folded) &&
    !titleChangeTold.test(withoutNamedVkn(folded)) &&
    !asksForRevocation(folded)
  )
    return rule("cert_status");
  // "We revoked it by mistake, can it be undone?": a revocation already done, asked back (R7.1),
  // never a new one.
  if (revokedAlready.test(folded) && undoCue.test(folded)) return rule("revoke_undo");
  // "Is our seal revoked?" asks for the status: a status question never starts revocation.
  if (
    verdict.kind !== "none" &&
    asksWhetherRevoked.test(folded) &&
    !requestInQuestion.test(folded) &&
    !revokedAlready.test(folded)
  )
    return rule("cert_status");
  // A foreign partner is no R9 case (only 100 % foreign firms are): the application is open.
  if (verdict.kind === "intent" && verdict.intent === "r9" && foreignPartner.test(folded))
    return rule("apply");
  // Our phone number is `contact`; changing the customer's own on record is `contact_update`.
  if (verdict.kind === "intent" && verdict.intent === "contact" && updatesOwnContact.test(folded))
    return rule("contact_update");
  // A locked PIN is unblocked with the PUK: asking for that code is the PUK question.
  if (verdict.kind === "intent" && verdict.intent === "pin_locked" && asksUnblockingCode.test(folded))
    return rule("puk");
  // R5.1: changing one's e-mail or phone is a contact update, unless VKN/unvan or a loss is named.
  if (
    !(verdict.kind === "intent" && verdict.intent === "contact_update") &&
    ownContactWords.test(folded) &&
    changeVerb.test(folded) &&
    !vknOrTitle.test(withoutNamedVkn(folded)) &&
    !asksForRevocation(folded)
  )
    return rule("contact_update");
  // "Yeni adresimizi bildirmek istiyoruz", "we moved, do we need to tell you": the firm's address
  // (the seal holds only VKN and unvan), unless an e-mail or phone, the delivery, or a VKN or unvan
  // change is said.
  if (
    firmAddress.test(folded) &&
    addressChanged.test(folded) &&
    addressGuesses.includes(guess) &&
    !contactWords.test(folded) &&
    !notFirmAddress.test(folded) &&
    !vknOrTitle.test(withoutNamedVkn(folded)) &&
    !asksForRevocation(folded)
  )
    return rule("address_change");
  // The certificate holds only VKN and unvan: an address change says nothing of them, unless named.
  if (verdict.kind === "intent" && verdict.intent === "address_change") {
    if (vknOrTitle.test(withoutNamedVkn(folded))) return rule("vkn_title_change");
    if (contactWords.test(folded)) return rule("contact_update");
  }
  return verdict;
}

/** Confidence the other language's classifier needs to answer a message its own one could not place. */
const otherLanguageConfidence = 0.8;
/**
 * …and the share of the message's words that language's training data uses: a Turkish message
 * with one shared word ("mühür") is no English message, however sure the English classifier is.
 */
const otherLanguageFallbackShare = 0.5;

/** A message is taken as written in the other language when it shares at most this with its own… */
const ownLanguageShareAtMost = 0.35;
/** …and at least this with the other language's training words (and has two words or more). */
const otherLanguageShareAtLeast = 0.75;

/**
 * Whether a folded message is written in the other locale's language, judged by the training words
 * (two words or more, `minWords` if given). Also used for the English hint (bot/dispatch/english-hint.ts).
 */
export function writtenInOther(folded: string, locale: NluLocale, other: NluLocale, minWords = 2): boolean {
  if (wordsOf(folded).filter((w) => !w.startsWith("#")).length < minWords) return false;
  return (
    classifierFor(locale).knownShare(folded) <= ownLanguageShareAtMost &&
    classifierFor(other).knownShare(folded) >= otherLanguageShareAtLeast
  );
}

/**
 * Understands a folded message in a locale. A message written in the other language (its words
 * are the other language's training words, hardly its own) is understood by that language's
 * classifier: "How do I renew my e-seal?" typed in a Turkish conversation. Otherwise a message the
 * locale's classifier cannot place (none, or unsure below {@link minConfidence}) that the other
 * language's classifier places confidently is taken as that.
 */
export function understand(message: string, locale: NluLocale): Understanding {
  // "Alman ortaklı", "100% German owned": a nationality reads as "foreign" (R9.1).
  const folded = asForeign(message);
  const own = understandIn(folded, locale);
  const otherLocale = locale === "tr" ? "en" : "tr";
  if (!(own.kind === "intent" && own.source === "rule") && writtenInOther(folded, locale, otherLocale)) {
    const other = understandIn(folded, otherLocale);
    if (other.kind !== "none") return other;
  }
  if (own.kind === "intent" || (own.kind === "unsure" && own.confidence >= minConfidence)) return own;
  if (classifierFor(otherLocale).knownShare(folded) < otherLanguageFallbackShare) return own;
  const other = understandIn(folded, otherLocale);
  return other.kind === "intent" && other.confidence >= otherLanguageConfidence ? other : own;
}

function understandIn(folded: string, locale: NluLocale): Understanding {
  if (folded.length === 0) return { kind: "none" };
  if (isR9Case(folded)) return { kind: "intent", intent: "r9", confidence: 1, source: "rule" };
  // "Yabancı bir firmanın Türkiye şubesiyiz": a branch registered in Turkey applies online with its
  // own VKN unless all its representatives are foreign (R9.1; bot/nlu/foreign-branch.ts).
  if (foreignBranchTold(folded)) return { kind: "intent", intent: "apply", confidence: 1, source: "rule" };
  // "Biz bir derneğiz", "vakfıyız", "we are a foundation": the applicant told, a tüzel kişi (legal-person.ts)
  if (
    associationTold(folded) &&
    /^(biz )?(bir )?\S+(iz|uz|yiz|yuz)$|^(we are|we re) an? \S+$/.test(folded.trim())
  )
    return { kind: "intent", intent: "apply", confidence: 1, source: "rule" };
  // "Teşekkürler, başka sorum yok", "selamlar bir sorum olacak": only social words.
  const social = socialOnly(folded);
  if (social) return { kind: "intent", intent: social, confidence: 1, source: "rule" };
  // "Başlangıca dön", "go back": only navigation words; outside a dialog that is the menu.
  if (navigationOnly(folded)) return { kind: "intent", intent: "menu", confidence: 1, source: "rule" };
  // "3230512384 durumu tekrar": a firm's VKN or TCKN with only status words is the certificate's
  // status by it (R10.1; the status flow takes the number: bot/nlu/status-asked.ts)
  if (identifierStatusOnly(folded))
    return { kind: "intent", intent: "cert_status", confidence: 1, source: "rule" };
  if (onlyOrderNumber(folded))
    return { kind: "intent", intent: "order_status", confidence: 1, source: "rule" };
  // "İptal", "iptal et", "cancel please": the certificate or the application? Asked back, since a
  // revocation cannot be undone (R7.1).
  if (bareCancel(folded))
    return { kind: "unsure", candidates: ["revoke", "cancel_application"], confidence: 1 };
  // "Askıda ne demek", "iptal edildi ne demek", "what does revoked mean": a status's meaning, the
  // status topic's answer before any status check (answerStatusMeaning, bot/flows/info.ts;
  // bot/nlu/status-meaning.ts), never a revocation
  if (statusMeaningAsked(folded))
    return { kind: "intent", intent: "cert_status", confidence: 1, source: "rule" };
  // "Revoke my certificate", "can you revoke our e-seal?", "revoke it please": the request's form
  // says what it asks, however the classifier spreads its few words (bot/nlu/revocation-requested.ts).
  if (revocationRequested(folded)) return { kind: "intent", intent: "revoke", confidence: 1, source: "rule" };
  // "Lost my PIN", "kartın pinini kaybettim": the PIN, not the card; set anew online (R4.2), never a
  // revocation by the loss words (bot/nlu/pin-lost.ts)
  if (pinLossTold(folded)) return { kind: "intent", intent: "pin_locked", confidence: 1, source: "rule" };
  // "Bilmiyorum ki", "emin değilim", "I don't know": no topic named, none guessed.
  if (dontKnowOnly(folded)) return { kind: "none" };
  // "VKN nedir?", "unvanı nereden bulurum?": the identifier itself asked, which no topic answers
  // (its change, R5.2, is what the classifier knows of these words); none guessed.
  if (identifierAsked(folded)) return { kind: "none" };
  // "Kimlik doğrulama yapmak istiyorum": the verification, then the firm's certificates (the status
  // by VKN, §4), never R5.2 by the word "kimlik" (bot/nlu/identity-verification.ts).
  if (identityVerificationAsked(folded))
    return { kind: "intent", intent: "cert_status", confidence: 1, source: "rule" };
  // "unvan", "title" alone: the change (R5.2) or the application's field? Asked back.
  if (loneIdentifier.test(folded))
    return { kind: "unsure", candidates: ["vkn_title_change", "apply"], confidence: 1 };
  // "kart yok", "paket yok": not arrived, or not ordered yet? Asked back.
  if (bareNothing.test(folded))
    return { kind: "unsure", candidates: ["delivery", "order_status"], confidence: 1 };
  // "e-Devlet" alone: its self-service uses here are revocation (R7.3) and the validity check.
  if (bareEDevlet.test(folded))
    return { kind: "unsure", candidates: ["revoke", "cert_status"], confidence: 0 };
  // "Hava nasıl", "how is the weather": no word of any topic; the fallback, not a near word's topic.
  // (the applicant type told, "şahsım", is a rule's, whatever the training data knows of its words)
  // "Can this be undone?", "bu geri alınabilir mi": whether an action can be undone, however few
  // its topical words (R7.1: a revocation cannot be); money named is the refund's.
  if (undoAsked.test(folded) && !moneyNamed.test(folded))
    return { kind: "intent", intent: "revoke_undo", confidence: 1, source: "rule" };
  if (!naturalPersonTold(folded) && noTopicalWord(wordsOf(folded), classifierFor(locale)))
    return { kind: "none" };
  const classified = classifierFor(locale).classify(folded);
  // A message that denies losing the card or wanting a revocation never reaches revocation.
  const ranked = deniesRevocation(folded) ? classified.filter((r) => r.intent !== "revoke") : classified;
  // Undoing a revocation (R7.1: it cannot be) is answered only when the text asks to undo.
  const undone = undoCue.test(folded) ? ranked : ranked.filter((r) => r.intent !== "revoke_undo");
  // An R9 type word that is no R9 case (isR9Case said so above) is a place or a firm's name
  // ("OSB'de fabrikamız var", "Fon Tekstil Ltd"): such a firm may apply online, so what the
  // classifier gave R9 for that word goes to applying.
  const undo = mentionsR9TypeWord(folded) ? r9AsApplying(undone) : undone;
  // "paralel", "bitti", "tüzel" alone: one word the examples hardly use is asked back.
  const lone = loneWordTopics(folded, classifierFor(locale), undo);
  if (lone) return { kind: "unsure", candidates: lone, confidence: undo[0]?.confidence ?? 0 };
  const verdict = withoutUntoldChange(folded, undo, ruled(folded, decide(folded, undo)));
  // "Change our e-mail, VKN 1234567890": the VKN names the firm; judge the message without it.
  const changeGuess =
    (verdict.kind === "intent" && verdict.intent === "vkn_title_change" && verdict.source === "classifier") ||
    (verdict.kind === "unsure" && verdict.candidates[0] === "vkn_title_change");
  if (changeGuess) {
    const plain = withoutNamedVkn(folded);
    if (plain !== folded && !vknOrTitle.test(plain)) {
      const again = classifierFor(locale).classify(plain);
      return ruled(
        plain,
        decide(plain, undoCue.test(plain) ? again : again.filter((r) => r.intent !== "revoke_undo")),
      );
    }
  }
  return verdict;
}

/** The share another intent needs, beside an R5.2 guess without a change told, to be taken instead. */
const minOtherShare = 0.25;

/**
 * R5.2 (a VKN or unvan change) only when a change is told: a VKN, unvan or identity merely named
 * ("our VKN is 3230512384", "kimlik doğrulama", "biz limited şirketiz") is judged again without
 * that intent, the others' shares scaled to sum to 1 (bot/nlu/change-told.ts).
 */
function withoutUntoldChange(
  folded: string,
  ranked: readonly Scored[],
  verdict: Understanding,
): Understanding {
  const guess =
    (verdict.kind === "intent" && verdict.intent === "vkn_title_change" && verdict.source === "classifier") ||
    (verdict.kind === "unsure" && verdict.candidates[0] === "vkn_title_change");
  if (!guess || identifierChangeTold(withoutNamedVkn(folded))) return verdict;
  // "we'd like to apply as a company, our VKN is …", "biz limited şirketiz": the application (R3.1)
  if (applyingNamed.test(folded) || firmFormTold(folded))
    return { kind: "intent", intent: "apply", confidence: 1, source: "rule" };
  const others = ranked.filter((r) => r.intent !== "vkn_title_change");
  const total = others.reduce((sum, r) => sum + r.confidence, 0);
  // what is left is noise when no other intent had a share of its own ("biz limited şirketiz")
  if ((others[0]?.confidence ?? 0) < minOtherShare) return { kind: "none" };
  return ruled(
    folded,
    decide(
      folded,
      others.map((r) => ({ intent: r.intent, confidence: r.confidence / total })),
    ),
  );
}

/** The single best intent (what top-1 accuracy measures), or undefined. */
export function topIntent(understanding: Understanding): Intent | undefined {
  if (understanding.kind === "intent") return understanding.intent;
  if (understanding.kind === "unsure") return understanding.candidates[0];
  return undefined;
}
