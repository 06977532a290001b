/**
 * Messages whose words name no object the bot could act on: "iptal" or "cancel" alone (the
 * certificate or the application?) and a bare "I don't know" ("bilmiyorum ki", "emin değilim",
 * "no idea"). The classifier would place them by the examples that share a word ("iptal" is
 * mostly revocation's, "bilmiyoruz" one of a locked PIN's), so these shapes are judged first.
 */
import { tokensOf } from "./fold.ts";

/** The cancel word itself (folded), typos of it included: "iptal", "iptall", "cancel". */
const cancelWord = /^(ipta+l+|iptal\w{0,2}|cancel\w{0,4}|cancellation)$/;
/**
 * What may stand beside it without naming an object (folded): a light verb or request form,
 * courtesy, fillers. "iptal et", "iptal edin lütfen", "cancel please", "cancel it".
 */
const bareCancelFiller =
  /^(et|etmek|edin|ediniz|edelim|edeyim|ediyorum|ediyoruz|ediyoz|edecem|edicem|ettirecegim|ettirecegiz|edecegim|edecegiz|edilsin mi|islem|islemi|eder misiniz|edebilir|edebilir misiniz|ettir|ettirmek|ettirin|edilsin|olsun|istiyorum|istiyoruz|lutfen|rica|ederim|ederiz|hemen|simdi|yap|yapin|yapalim|it|please|pls|now|want|to|i|we|do|can|you|need|mi|mu|misiniz|musunuz)$/;

/**
 * Whether a folded message is "iptal" or "cancel" with only light words beside it: no seal, no
 * application, no reason named. Revocation is irreversible (R7.1), so such a message is asked back.
 */
export function bareCancel(folded: string): boolean {
  const words = tokensOf(folded);
  const cancels = words.filter((w) => cancelWord.test(w));
  return (
    cancels.length === 1 &&
    words.length <= 4 &&
    words.every((w) => cancelWord.test(w) || bareCancelFiller.test(w))
  );
}

/** The not-knowing itself (folded): "bilmiyorum", "bilmiyoz", "bilemedim", "emin değilim", "no idea". */
const dontKnowPhrase =
  /(^|\s)(bilmiyo\w*|bilmiyor\w*|bilmem|bilmeyiz|bilemiyo\w*|bilemedi\w*|ne bileyim|ne bilem|emin degil\w*|(?:hic |hicbir )?fikr\w* yok|i don t know|i do not know|don t know|dont know|dunno|idk|no idea|not sure|i m not sure|i am not sure|no clue)(?=\s|$)/g;
/** Words that go with it and name nothing (folded): particles, fillers, address, courtesy. */
const dontKnowFiller = new Set(
  `ki ya yaa valla vallahi vallaha hic ben biz de da ki ama ki ki abi abla hocam efendim su an suan simdi
  tam olarak cok pek yani iste ki ki really honestly just actually sorry hmm hm um uh well i we ok okay
  tamam peki aslinda maalesef malesef`.split(/\s+/),
);

/**
 * Whether a folded message says only that the writer does not know ("bilmiyorum ki", "hiç
 * bilmiyorum valla", "I don't know", "not sure"): it names no topic.
 */
export function dontKnowOnly(folded: string): boolean {
  const rest = folded.replace(dontKnowPhrase, " ");
  if (rest === folded) return false;
  return tokensOf(rest).every((w) => dontKnowFiller.has(w));
}
