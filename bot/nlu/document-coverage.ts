/**
 * Whether the seal serves another e-document, asked (folded): "does the e-seal work for e-archive
 * too", "can I use the seal for e-archive", "is the e-seal valid for e-ledger as well", "mühür
 * e-defter için de geçerli mi", "e irsaliyede de kullanabilir miyiz". One certificate serves
 * e-Fatura, e-Defter and e-Arşiv alike (R1.1, R2.1): the before-applying answer. The classifier read
 * the delivery, the status ("valid"), the invoice or the revocation in them. An error while signing,
 * a status asked with "still", a loss, a revocation, an application named, and what the seal is
 * used for in general ("e-defterde mühür ne için kullanılır", "kullanılıyor mu": the seal's own
 * answer) are other topics.
 */
import { isQuestion } from "./question-form.ts";

/** An e-document named (folded: "e-Arşiv" is "earsiv", "e irsaliye" keeps its space). */
const eDocument =
  /\be ?(?:fatura|arsiv|defter|irsaliye|smm|mustahsil|invoice|archive|ledger|waybill|book)\w*/;

/** Serving it: works, used, valid, enough, covers, the same or a separate seal (folded). */
const serves =
  /\b(?:calisir\w*|calisiyor mu|calisacak mi\w*|kullanabil\w*|kullanilabil\w*|gecerli\w*|yeter\w*|kapsa\w*|ayri|ayni|work|works|use|usable|valid|cover\w*|enough|same|separate|sufficient)\b/;

/** Other topics' words: an error, a status, a loss or revocation, an application (folded). */
const otherTopic =
  /\b(?:hata\w*|error\w*|calismiyor\w*|calismadi\w*|olmuyor|sorun\w*|problem\w*|fail\w*|doesn t|does not|not work\w*|hala|still|anymore|artik|suresi|expir\w*|iptal\w*|revok\w*|cancel\w*|kayb\w*|kayip\w*|calin\w*|lost|stolen|basvur\w*|apply\w*|application|fiyat\w*|ucret\w*|price\w*|cost\w*|ne icin|ne ise|what for|what is)\b/;

/** Whether a folded message asks whether the seal serves another e-document. */
export function documentCoverageAsked(folded: string): boolean {
  return (
    eDocument.test(folded) && serves.test(folded) && !otherTopic.test(folded) && isQuestion(folded, folded)
  );
}
