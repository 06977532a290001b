/**
 * The seal's validity asked (R10.1: check online that the certificate is valid, not expired, not
 * revoked, not suspended), on folded text: "firmamızın mali mühürü aktif mi", "mali muhur aktif
 * mi", "sertifikamız hâlâ geçerli mi", "3230512384 vknli şirketin mali mühürü süresi doldu mu",
 * "mühür askıda mı", "is our e-seal still valid", "has our certificate expired". The status flow
 * takes a VKN, TCKN or serial named beside it as its answer (bot/flows/certificate-status.ts).
 * Not the end told as a fact ("süresi doldu, ne yapmalıyım": the renewal, R8), nor how to activate
 * ("nasıl aktif ederim").
 *
 * Also a firm's identifier with only status words ("3230512384 durumu tekrar", "4540536920 durum",
 * "status 3230512384"): the certificate's status by that identifier (order numbers are "MM" + 10
 * digits and are the order's, bot/nlu/understand.ts onlyOrderNumber).
 */
import { isValidTckn } from "../../core/identity/tckn.ts";
import { isValidVkn } from "../../core/identity/vkn.ts";

/** The seal, its card or its certificate (folded). */
const sealNamed = /\b(muhur|sertifika|seal|eseal|certificate|cert)\w*/;

/** A state of the seal asked with the question particle (folded): "aktif mi", "gecerlimi", "askıda mıdır". */
const stateAsked = new RegExp(
  [
    // "aktif mi", "aktifmi", "hala gecerli mi", "aktif durumda mi", "gecerli degil mi"
    String.raw`\b(aktif|gecerli|gecerliligi|askida|askiya alin\w*|yururlukte|kullanimda|kullanilabilir|iptal edil\w*|iptal ol\w*|expired?)( (durumda|olarak|degil))? ?m[iu](dir|sunuz)?\b`,
    // "süresi doldu mu", "suresi dolmus mu", "geçerliliği bitti mi", "süresi geçmiş mi"
    String.raw`\b(sure\w*|gecerlilig\w*|vade\w*)( \S+)? (dol|bit|gec|sona er)\w* ?m[iu]\b`,
    // "dolmuş mu", "bitmiş mi" after the seal ("mühürün süresi dolmuş mu")
    String.raw`\b(dolmus|doldu|bitmis|bitti|sona ermis|sona erdi) m[iu]\b`,
  ].join("|"),
);

/** The same in English (folded): "is our e-seal still valid", "has the certificate expired". */
const stateAskedEnglish = new RegExp(
  [
    String.raw`\b(is|are|was|check (if|whether)|whether|if)( \S+){0,5} (seal|eseal|certificate|cert)s?( \S+){0,3} (still )?(active|valid|expired|revoked|suspended|in force)\b`,
    String.raw`\b(has|have|did)( \S+){0,5} (seal|eseal|certificate|cert)s?( \S+){0,2} (expired|been revoked|been suspended|run out|lapsed)\b`,
    String.raw`\b(seal|eseal|certificate|cert)s? (still )?(active|valid)$`,
    String.raw`\bvalidity of (our|my|the) (\S+ )?(seal|eseal|certificate)\b`,
  ].join("|"),
);

/** Not the seal's state: activating it, applying, the order or parcel, a renewal, a fault. */
const notState =
  /\b(nasil|how)( \S+){0,2} (aktif|aktiv|activat)\w*|\bhow long\b|\bhow many (years|months)\b|\bkac (yil|sene|ay) gecerli|\b(aktif|aktiv) (et|ed|hale getir|yap)\w*|\bactivat\w*|\b(siparis|basvuru|order|application|kargo|teslim|deliver|shipping|odeme|payment|yenile|renew|hatirlat|reminder|pin|sifre|password)\w*/;

/** Whether a folded message asks whether the seal is valid, active, expired, revoked or suspended. */
export function sealValidityAsked(folded: string): boolean {
  if (notState.test(folded)) return false;
  const named = sealNamed.test(folded) || identifierIn(folded) !== undefined;
  return named && (stateAsked.test(folded) || stateAskedEnglish.test(folded));
}

/** A valid VKN or TCKN written in a folded message, or undefined. */
function identifierIn(folded: string): string | undefined {
  for (const m of folded.matchAll(/(?<![\d+])\d{10,11}(?![\d])/g)) {
    const digits = m[0];
    if ((digits.length === 10 && isValidVkn(digits)) || (digits.length === 11 && isValidTckn(digits)))
      return digits;
  }
  return undefined;
}

/**
 * Words that may stand beside an identifier asking its status: "durumu", "tekrar", "status again",
 * and the firm it names ("6180884538 nolu firmanın durumu ne", "… şirketin mühür durumu",
 * "status of company 6180884538").
 */
const statusWords =
  /^(durum\w*|sorgu\w*|kontrol\w*|tekrar|yeniden|bir|daha|simdi|again|status|check|now|lutfen|please|vkn\w*|tckn\w*|no|nolu|numara\w*|numarali|ne|nedir|nasil|icin|sertifika\w*|muhur\w*|mali|the|of|for|my|our|li|lu|ninki|nin|in|un|firma\w*|sirket\w*|isletme\w*|kurum\w*|ait|olan|acaba|company|firm|business|what|whats|is|s)$/;
/** At least one of them asks the status. */
const statusWord = /\b(durum\w*|sorgu\w*|status)\b/;

/** Whether a folded message is a VKN or TCKN with only status words ("3230512384 durumu tekrar"). */
export function identifierStatusOnly(folded: string): boolean {
  const id = identifierIn(folded);
  if (id === undefined) return false;
  const rest = folded.replace(id, " ");
  if (!statusWord.test(rest)) return false;
  return rest
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "")
    .every((w) => statusWords.test(w));
}

/**
 * Whether the seal or its card can still be used, asked (folded English): "can it still be used",
 * "can someone use it", "is the card still usable", "could the thief sign with it".
 */
const stillUsableEnglish =
  /\b(still|anyone|someone|somebody|they|thief|thieves|others?)( \S+){0,3} (use|usable|used|valid|work|works|sign)\b|\bcan (it|the card|the seal|someone|somebody|anyone|they|the thief|thieves)( \S+){0,2} (use|used|sign)\b/;
/** The same in Turkish (folded): "kullanılabilir mi", "başkası kullanabilir mi", "imza atabilirler mi". */
const stillUsableTurkish =
  /\bkullan(il|a)bil\w* ?m[iu]\w*|\bimza (atabil|atil)\w* ?m[iu]\w*|\b(baskasi|baskalari|hirsiz\w*|biri|birisi|onlar)( \S+){0,2} kullan\w*/;

/**
 * Whether a folded message asks whether the seal, its card or "it" is still valid or usable: told
 * beside a lost or stolen card ("iki hafta önce kartımızı çaldırdık, hâlâ kullanılabilir mi", "we
 * lost the card, can someone use it"), the answer is that it stays valid until revoked (R7.4).
 */
export function validityOrUseAsked(folded: string): boolean {
  if (sealValidityAsked(folded)) return true;
  if (notState.test(folded)) return false;
  return (
    stateAsked.test(folded) ||
    stateAskedEnglish.test(folded) ||
    stillUsableEnglish.test(folded) ||
    stillUsableTurkish.test(folded)
  );
}
