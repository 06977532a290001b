/**
 * A change of mind that names the new answer (folded, the words after the leaving word): "kart
 * kalsın", "HSM olsun", "gerçek kişi olarak devam edelim", "telefonu seçiyorum", "the card
 * instead", "let's go with HSM". After "vazgeçtim" / "boşver" / "never mind" these are not leaving:
 * before, "vazgeçtim kart kalsın" at the medium question left the application and deleted every
 * answer given. The open dialog's question reads the message instead (bot/nlu/leave-phrase.ts).
 */

/** Words that choose, let be or keep an answer (folded). */
const choosing =
  /\b(?:olsun|kalsin|kalsin|olarak devam\w*|devam ed(?:elim|iyorum|ecegim|ek)|sec(?:iyorum|iyoruz|tim|tik|elim|eyim|ecegim)|tercih (?:ediyorum|ediyoruz|ettim)|istiyorum|istiyoruz|alalim|alayim|instead|go with|going with|take the|i ll take|we ll take|prefer|rather)\b/;

/** A rest that only puts the matter off ("başka zaman olsun", "sonra kalsın"): leaving still. */
const postponed =
  /\b(?:sonra\w*|sonraya|baska (?:zaman|sefer|gun)|ileride|simdilik|later|another time|some other time)\b/;

/** Whether the rest of a message after a leaving word names the answer chosen instead. */
export function choiceChangedTo(rest: string): boolean {
  return rest.split(" ").length <= 6 && choosing.test(rest) && !postponed.test(rest);
}
