/**
 * What becomes of the documents already signed or sealed with a certificate that is (to be) revoked
 * or has ended, asked (folded): "daha önce imzaladığımız faturalar ne olacak", "mühürlenmiş e-defterler
 * geçersiz mi olur", "what happens to invoices we already signed?", "are the documents we sealed
 * still valid?". The domain brief is silent on it (R7.1 says only that the certificate is closed for
 * use): the bot says it cannot answer that and names the call centre (info.signed_documents), never
 * the refund's or the undo's text.
 */

/** A document signed or sealed in the past (folded), either word order. */
const signedDocument =
  /\b(imzaladig\w*|imzalanmis\w*|imzalanan\w*|imzali|muhurledig\w*|muhurlenmis\w*|muhurlenen\w*|onceki|gecmis|eski|daha once \S+)( \S+){0,2} (fatura\w*|belge\w*|evrak\w*|defter\w*|e ?fatura\w*|e ?defter\w*|e ?arsiv\w*|dokuman\w*|irsaliye\w*)|\b(fatura\w*|belge\w*|evrak\w*|defter\w*|dokuman\w*)( \S+){0,3} (imzalamis\w*|imzaladik|imzalandi|muhurledik|muhurlendi)\b|\b(invoices?|documents?|ledgers?|e ?fatura|e ?defter|files?|records?)( \S+){0,4} (signed|sealed)\b|\b(signed|sealed|past|previous|earlier|old) (invoices?|documents?|ledgers?|e ?fatura|e ?defter|files?|records?)\b/;

/** Their fate asked (folded): "ne olacak", "geçerli mi", "etkilenir mi", "what happens", "still valid". */
const fateAsked =
  /\b(ne ol\w*|gecerli\w*|gecersiz\w*|etkilen\w*|sorun\w*|problem\w*|iptal ol\w*|bozul\w*|what happens|what will happen|what about|happen\w*|valid|invalid\w*|affected|remain|stay|still)\b/;

/** Whether a folded message asks what becomes of documents signed before. */
export function signedDocumentsAsked(folded: string): boolean {
  return signedDocument.test(folded) && fateAsked.test(folded);
}
