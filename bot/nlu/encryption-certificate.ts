/**
 * The encryption certificate asked about (folded): "şifreleme sertifikası nedir", "şifreleme
 * sertifikası ne işe yarar", "what is the encryption certificate". "Şifreleme" is encryption,
 * not "şifre" (a password or the PIN): the card holds a signing and an encryption certificate
 * (domain.md, the real certificate profile), answered by info.encryption_certificate
 * (bot/flows/info.ts). Not the PIN ("şifre", "şifremi unuttum"): only the -le- verb counts.
 */

/** Encryption named (folded): "şifreleme", "şifrelemek", "şifreli", "encryption", "encrypt". */
const encryptionNamed = /\b(?:sifrele(?:me|mek|n|r|y)\w*|sifreli|encrypt\w*|encipher\w*|encr0)\b/;

/** Whether a folded message names encryption (the card's encryption certificate). */
export function encryptionCertificateAsked(folded: string): boolean {
  return encryptionNamed.test(folded);
}
