/**
 * "The code does not reach me" typed at a code question ("kayıtlı e-postaya artık erişimim yok",
 * "eski numara kullanılmıyor, kodu alamıyorum", "I can't receive the code"), or it went to someone
 * else ("kod müşteriye gitti, bana gelmedi", "the code went to our director's phone"; not where it
 * went, asked: "kod hangi maile gitti", dialog/code-destination.ts): the customer cannot use
 * the registered contacts, so only the call centre can verify them (R11); no other topic is meant.
 */

/** The phrases of that class over the folded text (bot/nlu/fold.ts: lower case, ASCII, no punctuation). */
const unreachable: readonly RegExp[] = [
  // Turkish: the code does not come / cannot be received
  /\b(kod|sms|mesaj|e ?posta|mail)\w* (hala |daha |hic |bana |telefonuma |bir turlu )?(gelme\w*|gelmi\w*|ulasma\w*|dusme\w*)/,
  /\bkod\w* (hic |bir turlu )?(alam\w*|goreme\w*|okuyam\w*)/,
  /\b(gelmedi|gelmiyor|ulasmadi|ulasmiyor)\w* (kod\w*|mesaj\w*|sms\w*|e ?posta\w*|mail\w*)/,
  // Turkish: no access to the registered contacts / the old number is gone
  /\berisim\w* (artik )?yok\b|\berisem\w*|\bulasam\w* (artik )?(e ?posta|mail|telefon|numara|hat)/,
  /\b(e ?posta\w*|mail\w*|telefon\w*|numara\w*|hat\w*|adres\w*|gsm)\b.*\b(kullanilmiyor|kullanmiyor\w*|kapandi|kapatildi|kapali|iptal edildi|degisti|yok artik|artik yok)\b/,
  /\b(artik )?(bende|elimde|bizde|elimizde) (degil|yok)\b/,
  /\beski (numara|telefon|hat|e ?posta|mail|adres)\w*\b.*\b(kullan\w*|yok|degil|kapan\w*|iptal\w*)/,
  // Turkish: the code gone to someone else ("kod müşteriye gitti", "patronun telefonuna gidiyor")
  /^(?!.*\b(hangi|nereye|nere|kime|which|where|whom)\b).*\b(kod|sms|mesaj)\w*( \S+){0,4} (gitti|gitmis|gidiyor|gider|gonderil\w*|dusuyor|dustu|dusmus)\b/,
  /\b(bana|bize) (hala |hic |daha |bir turlu )?(gelme\w*|gelmi\w*|ulasma\w*|dusme\w*)/,
  // English
  /^(?!.*\b(which|where|whom)\b).*\b(code|sms|text|it) (went|goes|has gone|was sent|is sent|is going|gets sent) to\b/,
  /\b(no|lost|don t have|do not have|no longer have|without) access\b/,
  /\b(can ?not|can t|couldn t|could not|unable to|didn t|did not|don t|do not|not) (receive|get|getting|receiving|reach|access)\b.*\b(code|sms|text|e ?mail|phone|number)/,
  /\b(code|sms|text|it)\b.*\b(not|never|hasn t|has not|didn t|did not|isn t|doesn t|does not) (arriv\w*|come|coming|came|reach\w*|get here)/,
  /\b(number|phone|e ?mail|address)\b.*\b(no longer|not in use|isn t used|not used any ?more|disconnected|deactivated|changed)\b/,
  /\bno longer (use|have|in use|work|valid)\w*\b/,
];

/** Whether a message typed at a code question says the code cannot reach the customer. */
export function saysCodeUnreachable(folded: string): boolean {
  return unreachable.some((pattern) => pattern.test(folded));
}
