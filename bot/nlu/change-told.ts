/**
 * R5.2 is a CHANGE of the firm's VKN or unvan: "unvanımız değişti", "VKN'miz değişti", "şirket
 * birleşti, yeni vergi no", "limited şirketten anonim şirkete geçtik", "our company name changed",
 * "we got a new tax number". A VKN, unvan or identity merely named ("we'd like to apply as a
 * company, our VKN is 3230512384", "kimlik doğrulama yapmak istiyorum", "biz limited şirketiz")
 * tells no change, and is no R5.2 question whatever the examples' words lean to.
 */

/** Words (folded) of a change, an update, a new or different identifier, a correction or a merger. */
const changeCue =
  /\b(degis\w*|guncel\w*|yenilen\w*|farkli\w*|gec(tik|tim|ti|mis|iyor|ecek|ecegiz|is)\w*|birles\w*|nevi|donus\w*|donust\w*|dondu\w*|donmus\w*|donecek\w*|oldu|olduk|olmus\w*|hatali\w*|yanlis\w*|duzelt\w*|ekle\w*|artik|yeni\w*|eski\w*|chang\w*|renam\w*|rebrand\w*|convert\w*|new|newly|old|outdated|different|amend\w*|merg\w*|updat\w*|correct\w*|wrong\w*|switch\w*|became|become|now)\b/;

/** Whether a folded message tells (or asks about) a change of something: what R5.2 needs. */
export function changeTold(folded: string): boolean {
  return changeCue.test(folded);
}
