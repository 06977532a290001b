/**
 * A change of the firm's authorised signatory told (folded): "yetkili değişti", "imza yetkilimiz
 * değişti", "yetkili değişikliği oldu", "yeni müdür atandı", "our authorised signatory changed", "we
 * have a new director". The seal's certificate names the firm only (serialNumber = VKN, CN = unvan,
 * no person: ../shared/docs/domain.md, the real certificate profile), so a new signatory needs no
 * new seal; R5.2's new application is for a changed VKN or unvan. Not the signatory gone (died,
 * left: who may receive the card, R3.3.2, bot/nlu/signatory-gone.ts), nor the firm's own identifier
 * changed.
 */

/** The signatory named (folded). */
const signatoryNamed =
  /\b(?:yetkili\w*|imza yetkili\w*|mudur\w*|signator\w*|authori[sz]ed (?:person|signatory|officer)|director\w*|manager\w*|ceo)\b/;
/** A change of the signatory (folded): changed, replaced, a new one appointed. */
const changeOfSignatory =
  /\b(?:degis\w*|yenilendi|yeni (?:yetkili|imza yetkili|mudur)\w*|atandi|atanmis|changed|has changed|replaced|new (?:director|manager|signatory|authori[sz]ed \w+|ceo)|appointed)\b/;
/** The firm's own identifier named, or the signatory gone: other answers (R5.2, R3.3.2). */
const otherAnswer =
  /\b(?:unvan\w*|vkn\w*|vergi (?:no|numara\w*|kimlik\w*)|ticaret unvan\w*|title|company name|tax (?:number|id)|vefat\w*|hayatini kaybet\w*|ayrildi\w*|istifa\w*|passed away|died|deceased|left|resigned)\b/;
/**
 * Someone asked for, the card lost, or the signatory's contact changed ("yetkili kişinin cep telefonu
 * değişti": R5.1's update): other topics whatever the signatory's words.
 */
const otherTopic =
  /\b(?:gorus\w*|konus\w*|bagla\w*|kayb\w*|kayip|calin\w*|lost|stolen|speak|talk|telefon\w*|cep\w*|gsm|numara\w*|e ?posta\w*|e ?mail\w*|mail\w*|adres\w*|phone\w*|mobile|number|address\w*)\b/;

/** Whether a folded message tells that the firm's authorised signatory changed. */
export function signatoryChanged(folded: string): boolean {
  return (
    signatoryNamed.test(folded) &&
    changeOfSignatory.test(folded) &&
    !otherAnswer.test(folded) &&
    !otherTopic.test(folded)
  );
}
