/** Reason names no revocation may carry: a suspension, a delta-CRL marker, and inherited object keys. */
export const refusedReasonNames = [
  "certificateHold",
  "removeFromCRL",
  "aACompromise",
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "",
  "KEYCOMPROMISE",
  "keyCompromise ",
];
