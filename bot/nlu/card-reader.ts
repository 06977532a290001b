/**
 * The card READER lost, stolen or broken (folded, fold.ts): "kart okuyucu kayboldu", "kart
 * okuyucumuz bozuldu", "okuyucuyu kaybettim", "lost our card reader", "the smart card reader was
 * stolen". The reader is a device the firm buys again; the seal is on the card, which is still safe:
 * no revocation (R7.2 names the card, not its reader). understand.ts takes the message for the
 * reader's answer (info.card_reader) only when what is left without the reader names no card or seal
 * of its own ("kart okuyucu ve kartı kaybettik" is still the revocation).
 */

/**
 * The reader named (folded): "kart okuyucu", "akıllı kart okuyucusu", "okuyucuyu", "kartımızın
 * okuyucusu", "(smart) card reader".
 */
const readerPhrase =
  /\b(?:kart\w*n )?(?:(?:akilli |usb )?kart |(?:smart |usb )?card |smartcard )?(?:okuyucu\w*|readers?)\b/g;

/** Lost, stolen or broken (folded), as one word or two: the reader's trouble. */
const troubleWord =
  /\b(kayb\w*|kayip\w*|yitir\w*|bulamiyor\w*|calin\w*|caldir\w*|calindi\w*|calmis\w*|hirsiz\w*|bozul\w*|bozuk\w*|kiril\w*|kirik\w*|ariza\w*|hasar\w*|lost|missing|stolen|stole|broken|broke|damaged|cracked|faulty|defective|dead|can ?t find|cannot find)\b/;

/**
 * The card said still at hand (folded): "kart bizde", "kartımız yerinde", "mühür duruyor", "we
 * still have the card", "the card is fine". Not a loss of the card.
 */
const cardStillHere =
  /\b(kart|muhur)\w* (\S+ )?(bizde|bende|elimizde|elimde|yerinde|duruyor|saglam\w*|sorunsuz)\b|\b(still )?(have|has|got) (the|our|my) (seal )?card\b|\b(the|our|my) (seal )?card (is|s) (fine|ok|okay|safe|here|with us)\b/g;

/**
 * Whether revocation is needed, asked (folded): "sertifikayı iptal etmemiz gerekir mi", "iptal
 * ettirmeli miyiz", "do we need to revoke the certificate". A question, no request.
 */
const revocationNeedAsked =
  /\b((muhur|sertifika|kart)\w* )?iptal\w* (etmem\w*|ettirmem\w*|edilme\w*|ettirme\w*|gerek\w*)( \S+){0,2} m[iu]\w*\b|\b(do|should|must) (i|we) (need to |have to )?(revoke|cancel)( (the|our|my) (\S+ )?(seal|certificate|card))?\b|\b(need|needs|have) to be revoked\b/g;

/** Whether a folded message tells the card reader lost, stolen or broken. */
export function cardReaderTroubleTold(folded: string): boolean {
  readerPhrase.lastIndex = 0;
  return readerPhrase.test(folded) && troubleWord.test(folded.replace(cardStillHere, " "));
}

/**
 * The folded message without its reader, the card said still at hand and the question whether to
 * revoke: what is left names the card or seal only when it is told lost or stolen of its own.
 */
export function withoutCardReader(folded: string): string {
  return folded
    .replace(readerPhrase, " ")
    .replace(cardStillHere, " ")
    .replace(revocationNeedAsked, " ")
    .replace(/\s+/g, " ")
    .trim();
}
