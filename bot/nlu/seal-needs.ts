/**
 * What is needed to get the seal, asked (folded), also on someone else's behalf: "mali mühür için ne
 * lazım", "muhasebecimiz mali mühür için ne lazım diye sordu", "mühür almak için hangi belgeler
 * lazım", "mali mühür için gereken belgeler", "what do we need to get an e-seal", "my accountant
 * asked what we need for the e-seal". The classifier read the seal's name and answered what a mali
 * mühür is (R1.1) or asked back; the question is what to have ready before applying (R2: no
 * documents sent with an online application, GİB enrolment apart, card or HSM), the before-applying
 * answer. What is needed to revoke, renew, install or use it, to unlock the PIN, or for an HSM
 * (R2.5) is another topic's.
 */

/** The seal or its certificate (folded). */
const seal = String.raw`(?:(?:mali )?muhur\w*|emuhur\w*|sertifika\w*|eseal\w*|seal|certificate|financial seal)`;

/** Needed, asked (folded Turkish): "için ne lazım", "için neler gerekiyor", "için hangi belgeler isteniyor". */
const neededTurkish = new RegExp(
  [
    String.raw`\b${seal}(?: \S+){0,2} icin (?:ne|neler|nelere|neyi|hangi \S+)(?: \S+)? (?:lazim|gerek|ihtiyac|isten|istiyor|sart)\w*`,
    String.raw`\b${seal}(?: \S+){0,2} icin (?:gerekli|gereken|istenen|lazim olan|sart olan) (?:belge|evrak|sey|bilgi|dokuman|sart)\w*`,
  ].join("|"),
);

/** Needed, asked (folded English): "what do we need to get an e-seal", "what is required for a seal". */
const neededEnglish = new RegExp(
  [
    String.raw`\bwhat (?:(?:do|does|would|will|should|did)(?: \S+){1,3}|we|i|they|you|one|he|she)(?: (?:would|will|should|must))? need\w*(?: \S+){0,3} (?:for|to get|to obtain|to apply for|to have)(?: \S+){0,3} ${seal}`,
    String.raw`\bwhat (?:is|are|s) (?:needed|required|necessary) (?:for|to get|to obtain|to apply for)(?: \S+){0,3} ${seal}`,
    String.raw`\bwhat (?:documents|paperwork|papers)(?: \S+){0,6} ${seal}`,
  ].join("|"),
);

/** Another topic's need (folded): revoking, renewing, installing or using, the PIN, an HSM, a change. */
const otherNeed =
  /\b(?:iptal\w*|revok\w*|cancel\w*|yenile\w*|renew\w*|uzat\w*|kullan\w*|use|using|install\w*|kurulum\w*|kurmak\w*|pin\w*|sifre\w*|kilit\w*|unlock\w*|puk\w*|hsm\w*|okuyucu\w*|reader\w*|teslim\w*|deliver\w*|kargo\w*|guncelle\w*|update\w*|degis\w*|chang\w*|kayb\w*|kayip\w*|calin\w*|lost|stolen|imzala\w*|sign\w*|work\w*|calis\w*|yazilim\w*|software|program\w*)\b/;

/** Whether a folded message asks what is needed to get the seal. */
export function sealNeedsAsked(folded: string): boolean {
  if (otherNeed.test(folded)) return false;
  return neededTurkish.test(folded) || neededEnglish.test(folded);
}
