/**
 * The words of a lost or stolen seal (folded, fold.ts), however spelt: the seal, its card or token
 * ("mühür", "muhru", "mühürü", "mali mühr", "kartımız", "tokenimiz", "sertifka") and the loss or
 * theft ("kaybettim", "kaybetdim", "kayboldu", "kayıp", "çalındı", "calindi", "çaldırdık", "lost",
 * "stolen") a few words apart, in either order. Used by understand.ts (`sealLossTold`), which adds
 * the denials, the other things lost and the revocations already done.
 */

/** The seal, its card, token or certificate, as one folded word, misspelt too. */
const sealNoun =
  /^(e?m[uo]h[uo]?r\w*|m[uo]hr\w*|kart(?!vizit|us|el|al|on|pos|ograf)\w*|token\w*|serti?fi?ka\w*|sertfika\w*|e?seal\w*|cards?|certificates?)$/;
/** A card that is not the seal's, by the word before it: "kredi kartı", "banka kartı", "credit card". */
const otherCardBefore = /^(kredi|banka|credit|debit|bank|kimlik|id|hediye|gift|sim|hafiza|memory|sd|yemek)$/;
/** The card reader, not the card: "kart okuyucu", "card reader". */
const readerAfter = /^(okuyucu\w*|okuyu\w*|reader\w*)$/;

/** A loss or theft, as one folded word, misspelt too ("kaybetdim", "kaybettm", "calindi", "caldirdik"). */
const lossWord =
  /^(kayb\w*|kaybol\w*|kayip\w*|kaypet\w*|yitir\w*|calin\w*|calint\w*|caldi\w*|caldir\w*|calmis\w*|lost|stolen|stole|missing)$/;
/**
 * Loss words that tell no loss: the verb negated or made a noun of a wish not to lose it
 * ("kaybetmemek", "kaybolmaması"), the aorist and the ability ("kaybolur", "kaybedebilir"), a
 * condition ("kaybolursa", "kaybettiysek", "çalınırsa").
 */
const notALoss =
  /^(kaybetme|kaybolma|calinma|caldirma|yitirme|kaybeder|kaybedil?ir|kaybolur|calinir|yitirir|kaybedebil|kaybolabil|calinabil)|(s[ae](m|n|k|niz|lar|ler)?)$/;
/** What is lost is not the seal, said just before the loss: time, money, rights ("çok zaman kaybettik"). */
const notTheSealBefore = /^(zaman\w*|vakit\w*|gun\w*|saat\w*|para\w*|hak\w*|umut\w*|sabr\w*|time|money)$/;
/**
 * The card's PIN or another paper of it, said just before the loss: "kart şifremi kaybettim", "kartın
 * pinini kaybettik"; the seal too when joined to it ("kartı ve şifresini kaybettik").
 */
const otherThingBefore =
  /^(pin\w*|sifre\w*|parola\w*|password\w*|passcode\w*|puk\w*|fatura\w*|invoice\w*|dekont\w*|receipt\w*|kilit\w*)$/;
/** Words joining two things lost: "kartı ve şifresini", "the card and the PIN". */
const joining = /^(ve|and|ile|hem|da|de|the|its)$/;

/** Whether the thing named right before the loss word at `i` is another than the seal. */
function otherThingLost(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? "";
  if (notTheSealBefore.test(before)) return true;
  return otherThingBefore.test(before) && !joining.test(words[i - 2] ?? "");
}
/** A condition or a hypothetical anywhere in the message. */
const hypothetical = /\b(if|what if|in case|durumunda|halinde|takdirde|olursa|olsa)\b/;
/** Shipping named: the card lost on its way or missing from the envelope is the delivery's (R3.3.1). */
const shippingNamed =
  /\b(kargo\w*|kurye\w*|gonderi\w*|paket\w*|koli\w*|courier\w*|parcel\w*|package\w*|shipment\w*|postman|zarf\w*|envelope\w*)\b/;
/** The card found again: no loss to revoke for ("kartı kaybetmiştik ama bulduk"). */
const foundAgain = /\b(bulduk|buldum|bulundu|bulunmus|bulmus\w*|found)\b/;

/** How many words may stand between the seal word and the loss word. */
const reach = 4;

/**
 * Weaker loss words, told of the seal named before them ("our e-seal card is gone", "the card seems
 * to have disappeared", "the token vanished"): a loss only with the seal before them and not going
 * somewhere ("the card has gone to our branch"); "the error is gone after we replugged the card" is none.
 */
const goneWord = /^(gone|disappeared|vanished|disappear|vanish)$/;
const goneSomewhere = /^(to|into|through|out|back|for|off|with|by)$/;
/** Someone took it (folded): "someone took it", "somebody has taken our card". */
const takerBefore = /^(someone|somebody|anyone|thief|thieves|stranger)$/;
const tookWord = /^(took|taken|stole)$/;

/** Whether the folded word at `i` is a weaker loss word told of the seal named before it. */
function goneAt(words: readonly string[], i: number, seals: readonly number[]): boolean {
  const word = words[i]!;
  const sealBefore = seals.some((s) => s < i && i - s <= reach + 1);
  if (goneWord.test(word)) return sealBefore && !goneSomewhere.test(words[i + 1] ?? "");
  if (tookWord.test(word))
    return sealBefore && [words[i - 1], words[i - 2]].some((w) => takerBefore.test(w ?? ""));
  return false;
}

/** Whether the folded word at `i` names the seal (not a credit card, not the card reader). */
function sealAt(words: readonly string[], i: number): boolean {
  return (
    sealNoun.test(words[i]!) &&
    !otherCardBefore.test(words[i - 1] ?? "") &&
    !readerAfter.test(words[i + 1] ?? "")
  );
}

/**
 * The indexes of the loss words that tell the seal lost or stolen, the seal named within
 * {@link reach} words of them; empty when the message is hypothetical, names the shipping, or tells
 * the card found again.
 */
export function sealLossWordsAt(words: readonly string[]): number[] {
  const text = words.join(" ");
  if (hypothetical.test(text) || shippingNamed.test(text) || foundAgain.test(text)) return [];
  const seals = words.flatMap((_, i) => (sealAt(words, i) ? [i] : []));
  if (seals.length === 0) return [];
  return words.flatMap((word, i) =>
    (lossWord.test(word) &&
      !notALoss.test(word) &&
      !otherThingLost(words, i) &&
      seals.some((s) => s !== i && Math.abs(s - i) <= reach + 1)) ||
    (goneAt(words, i, seals) && !otherThingLost(words, i))
      ? [i]
      : [],
  );
}

/** A new seal or an application wished for (folded): "yeni başvuru", "yenisini almak", "a new one". */
const newSealWished =
  /\b(basvur\w*|yenisi\w*|yeni (bir )?(mali )?(muhur|kart|sertifika)\w*|yeni(den)? (mali )?(muhur|kart)\w* (al|cikar)\w*|apply\w*|application|re-?apply|replacement|new (one|seal|card|certificate|eseal))\b/;

/** Whether a folded message that tells the seal lost also asks for a new seal (R7.4: it comes after). */
export function newSealAlsoAsked(folded: string): boolean {
  return newSealWished.test(folded);
}
