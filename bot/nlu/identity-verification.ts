/**
 * Identity verification asked for itself (`interfaces.md` §4 Identity verification), on folded
 * text: "kimlik doğrulama yapmak istiyorum", "kimliğimi doğrulamak istiyorum", "kimlik doğrulaması
 * nasıl yapılır", "I want to verify my identity", "identity verification please". The bot verifies
 * a VKN (or serial) and then lists that firm's certificates: the status by VKN (R10.1). Not the
 * VKN or unvan changed (R5.2), not a contact update or a revocation named beside it (they verify
 * first on their own), not the code of a verification under way.
 */

/** Verifying one's identity named (folded). */
const verificationNamed =
  /\bkimli\w* (\S+ )?(dogrula\w*|teyit\w*|kontrol\w*)|\bdogrula\w* (\S+ )?kimli\w*|\b(verify|verifying|confirm|authenticate|prove) (\S+ )?(my|our|the)? ?identit\w*|\bidentit\w* (verification|check|confirmation)\b|\bauthenticat\w* (me|myself|us)\b/;

/** What makes it another topic's verification, or a code's question (folded). */
const otherPurpose =
  /\bvergi kimli\w*|\b(guncelle|degis|degistir|iptal|kayb|kayip|calin|caldir|e ?posta|mail|telefon|gsm|update|chang|revok|lost|stole|email|phone|kod|code|sms|sifre|password)\w*/;

/** Whether a folded message asks to verify the customer's identity, for nothing else named. */
export function identityVerificationAsked(folded: string): boolean {
  return verificationNamed.test(folded) && !otherPurpose.test(folded);
}
