/**
 * The prices of both media asked, however worded (folded): "kart ile hsm arasındaki fiyat farkı ne
 * kadar", "hsm kart fiyatları", "kart kaç para hsm kaç para", "HSM karttan ne kadar daha pahalı",
 * "hangisi daha ucuz kart mı hsm mi", "how much is the HSM vs the card", "price difference between
 * card and HSM". The words "fark", "kart" and "hsm" made it the card/HSM advice (R2.2/R2.3), which
 * names no price; the prices (R6.1, kept as configuration) answer it.
 *
 * Which medium fits is still the advice: a volume, signers or branches told, or words of choosing
 * ("hangisini almalıyız", "ne önerirsiniz", "which should we get") beside the prices ask both.
 */
import { signingNeedsOf } from "./signing-needs.ts";

/** The smart card named (folded), not a credit or bank card. */
const cardNamed = /\b(?:akilli ?kart\w*|kart\w*|smart ?cards?|cards?)\b/;
/** A payment card (folded): "kredi kartı", "banka kartıyla", "credit card". */
const paymentCard = /\b(?:kredi|banka|sanal) ?kart\w*|\b(?:credit|debit|bank) ?cards?\b/;
/** The HSM named (folded): "hsm", "hsm'nin" (folded "hsm nin"), "hsmler". */
const hsmNamed = /\bhsm\w*/;

/** Price words (folded); "pahalı"/"ucuz" and "expensive"/"cheap" compare the two prices. */
const priceWords =
  /\b(?:fiyat\w*|ucret\w*|bedel\w*|maliyet\w*|masraf\w*|tutar\w*|kac (?:para|tl|lira)|kaca\b|kac paraya|ucuz\w*|pahali\w*|price\w*|pricing|prices|cost\w*|how much|cheap\w*|expensive|fee\w*)\b/;
/** "ne kadar" of an amount, not of a time or a speed ("ne kadar sürer", "ne kadar hızlı"). */
const howMuch =
  /\bne kadar\b(?! (?:sur\w*|zaman\w*|hizli\w*|hiz\w*|gun\w*|beklen?\w*|yavas\w*|guvenli\w*|dayanikli\w*))/;

/** Words that ask which medium to choose, not what each costs (folded). */
const choosing =
  /\b(?:almali\w*|alalim|alayim|alsak|secmeli\w*|secelim|seceyim|secsek|oner\w*|tavsiye\w*|uygun\w*|yeter\w*|mantikli\w*|lazim|gerek\w*|should (?:i|we)|recommend\w*|advis\w*|suit\w*|enough|need|choose|pick|better for)\b/;

/** The two prices compared (folded): "fiyat farkı", "daha ucuz", "more expensive", "cheaper", "vs". */
const compared =
  /\bfark\w*|\bdaha (?:ucuz|pahali)\w*|\bcheaper\b|\bcheapest\b|\bmore expensive\b|\bdifference\b|\bvs\b|\bversus\b|\bcompar\w*|\bkarsilastir\w*/;

/** Whether a folded message compares the two media's prices ("fiyat farkı ne kadar", "hangisi daha ucuz"). */
export function mediaPricesCompared(folded: string): boolean {
  return mediaPricesAsked(folded) && compared.test(folded);
}

/** Whether a folded message asks the prices of both the smart card and the HSM (not which to choose). */
export function mediaPricesAsked(folded: string): boolean {
  const cards = folded.replace(paymentCard, " ");
  if (!cardNamed.test(cards) || !hsmNamed.test(folded)) return false;
  if (!priceWords.test(folded) && !howMuch.test(folded)) return false;
  if (choosing.test(folded)) return false;
  const needs = signingNeedsOf(folded);
  return needs.perMinute === undefined && !needs.severalSigners && !needs.branches;
}
