/**
 * A plain request to revoke the seal, in English, in a few words (folded): "revoke my certificate",
 * "please revoke our e-seal", "can you revoke my certificate?", "cancel my e-seal please", "revoke it
 * please", "revocation please". The classifier spreads such short requests over the status, the
 * application's cancellation and even thanks; their form says what they ask (R7). Turkish requests
 * ("sertifikamı iptal edin", "iptal eder misiniz") are read by the classifier and the rules already.
 *
 * "cancel" asks to revoke only with the seal, its certificate or card named ("cancel it" may be the
 * application, asked back elsewhere); "revoke" needs no object. Another thing cancelled (the
 * application, an order, an appointment), a question about revoking ("what happens if I revoke"), a
 * denial ("don't revoke") or an undo is no such request.
 */

/** Polite words before or after the request. */
const polite = String.raw`(?:please|pls|plz|kindly|can you|could you|would you|will you|can we|could we|i d like you to|we d like you to|i would like you to|we would like you to|i want you to|we want you to|just)`;
/** Words after the request that change nothing. */
const after = String.raw`(?:please|pls|plz|now|asap|immediately|urgently|right away|right now|today|thanks|thank you|for us|for me)`;
/** The seal, its certificate or its card, as the object of the request. */
const sealObject = String.raw`(?:(?:my|our|the|this|that|its|their|company|company s|firm s|companys)\s+)*(?:(?:mali muhur|smart card s|smart card|card s|seal|eseal|e seal|electronic seal|financial seal|company)\s+)*(?:certificates?|certs?|seals?|eseals?|e seals?|mali muhur|cards?|smart cards?)`;
/** Verbs that revoke the seal named after them. */
const revokingVerb = String.raw`(?:revoke|cancel|deactivate|invalidate|terminate|disable)`;

const request = new RegExp(
  String.raw`^(?:${polite}\s+)*(?:${revokingVerb}\s+${sealObject}|revoke(?:\s+(?:it|them))?|revocation)(?:\s+${after})*$`,
);

/** Whether a folded message is only a plain request to revoke the seal (see the file's comment). */
export function revocationRequested(folded: string): boolean {
  const words = folded
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
  return words.length > 0 && words.length <= 80 && request.test(words);
}
