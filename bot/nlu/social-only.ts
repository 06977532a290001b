/**
 * Messages made only of social words: a thanks with a closing ("teşekkürler, başka sorum yok",
 * "sağolun sorun çözüldü", "ok thanks bye") or a greeting with the announcement of a question
 * ("selamlar bir sorum olacak", "hello, I have a question"). The classifier drops courtesy words
 * when a message has more (features.ts), so what is left of such a message ("başka sorum yok",
 * "sorun çözüldü", "question") would be taken for a topic. Also messages made only of navigation
 * words ("başlangıca dön", "go back"), which are the menu outside a dialog.
 */
import { tokensOf } from "./fold.ts";

/** A thanks word (folded). */
const thanksWord =
  /^(tesekkur\w*|tsk\w*|tskler|tesekkurler|sagol\w*|saol\w*|eyvallah|eyv|thank\w*|thx|ty|cheers|appreciate\w*|eline|emeg\w*|eksik|razi)$/;
/** Whether a folded message thanks ("ok thanks", "tamam teşekkürler", "sağolun"), whatever else it says. */
export function thanksSaid(folded: string): boolean {
  return tokensOf(folded).some((t) => thanksWord.test(t));
}

/** A greeting word (folded). */
const greetingWord =
  /^(merhaba\w*|meraba\w*|mrhb|mrb|selam\w*|slm|sa|gunaydin\w*|hello|hi|hiya|hey|morning|afternoon|evening|aleykum|aleyk\w*|hayirli)$/;
/**
 * Words that go with thanks or a greeting and say nothing of a topic (folded): closings, fillers,
 * forms of address, "a question".
 */
const socialFiller = new Set(
  `cok cokk gercekten tamam tamamdir tmm ok okay okey peki anladim anlasildi anladik baska sorum sorumuz
  soru sorularim yok kalmadi bu kadar bilgi bilgiler yeterli yeter icin ilginiz ilginize bilgilendirme
  iyi gunler aksamlar calismalar geceler kolay gelsin efendim hocam abi abla bey hanim arkadaslar
  ederim ederiz olsun allah saglik elinize eline emeginize var vardi olacak olacakti bir sey sormak
  soracagim soracaktim soracaktik istiyorum istiyoruz istemistim size sizlere de da ve nasilsiniz
  nasilsin super harika mukemmel bot
  thanks thank you very much so a lot bye goodbye good day great perfect that s it all i ve have got
  quick question questions we d like to ask one small there again for your the info information kind
  regards everyone anyone`.split(/\s+/),
);
/** Words that close a conversation only with a thanks: "sorun çözüldü", "problem solved", "your help". */
const thanksFiller = new Set(
  `sorun sorunumuz sorunum cozuldu cozdum cozduk hallettim halloldu hallettik oldu yardiminiz
  yardimlariniz yardimciniz yardimci oldunuz help solved fixed sorted problem issue`.split(/\s+/),
);

/**
 * Farewells (folded): "görüşürüz", "görüşmek üzere", "hoşça kalın", "bye", "see you". They close a
 * conversation as a thanks does; "görüşmek" alone is no farewell ("biriyle görüşmek istiyorum" asks
 * for a person), and a farewell once read a hand-off that paged the call centre.
 */
const farewellPhrases =
  /(^|\s)(gorusuruz|gorusuruz\w*|gorusmek uzere|hosca ?kal\w*|allaha ismarladik|bye bye|bye|good ?bye|see you( later| soon)?|take care)(?=\s|$)/g;

/**
 * "thanks" or "greeting" when a folded message is only social words with one of them (a farewell
 * counts as a thanks), else undefined.
 */
export function socialOnly(folded: string): "thanks" | "greeting" | undefined {
  const rest = folded.replace(farewellPhrases, " ");
  const farewell = rest !== folded;
  const words = tokensOf(rest);
  if (words.length === 0) return farewell ? "thanks" : undefined;
  let thanks = false;
  let greeting = false;
  let closing = false;
  for (const word of words) {
    if (thanksWord.test(word)) thanks = true;
    else if (greetingWord.test(word)) greeting = true;
    else if (thanksFiller.has(word)) closing = true;
    else if (!socialFiller.has(word)) return undefined;
  }
  return thanks || farewell ? "thanks" : greeting && !closing ? "greeting" : undefined;
}

/** A navigation word (folded): back, the start, the menu. */
const navigationWord =
  /^(geri|don|donelim|donmek|git|gidelim|basa|bastan|baslangic\w*|baslat|ana|menu\w*|en|ilk|back|go|return|start|beginning|home|main|menu|over|to|the|please|lutfen)$/;
/** A word that makes the move itself (folded), without which "en", "the", "please" say nothing. */
const navigationCore =
  /^(geri|don|donelim|donmek|basa|bastan|baslangic\w*|menu\w*|back|return|beginning|home|menu)$/;

/** Whether a folded message is only navigation words: "başlangıca dön", "geri dön", "go back". */
export function navigationOnly(folded: string): boolean {
  const words = tokensOf(folded);
  return (
    words.length > 0 &&
    words.every((w) => navigationWord.test(w)) &&
    words.some((w) => navigationCore.test(w))
  );
}
