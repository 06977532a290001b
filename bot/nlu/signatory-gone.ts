/**
 * The authorised signatory unable to receive the card (folded): "yetkili vefat etti", "imza
 * yetkilimiz hayatını kaybetti", "müdürümüz şirketten ayrıldı", "the signatory passed away",
 * "our authorised signatory left the company". R3.3.2: the card may then be handed to a person
 * holding a notarised full power of attorney from the firm's signatory, or to the person named in
 * a delivery petition by an officer in the imza sirküleri: the delivery's answer (info.delivery),
 * not a hand-off. The seal itself belongs to the firm (its VKN and unvan), not to the signatory.
 */

/** The signatory named (folded). */
const signatoryNamed =
  /\b(?:yetkili\w*|imza yetkili\w*|mudur\w*|signator\w*|authori[sz]ed (?:person|signatory|officer)|director|manager)\b/;
/** Gone: died, left, not reachable (folded). */
const gone =
  /\b(?:vefat\w*|ol(?:du|mus|dugu)\b|hayatini kaybet\w*|rahmet\w*|ayrildi\w*|ayrilmis\w*|istifa\w*|isten cikti\w*|passed away|died|deceased|dead|left (?:the |our )?(?:company|firm)|resigned|no longer (?:with|works|at))/;

/** Whether a folded message tells the signatory died, left or cannot be reached. */
export function signatoryGone(folded: string): boolean {
  return signatoryNamed.test(folded) && gone.test(folded);
}
