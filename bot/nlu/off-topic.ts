/**
 * A message with no topical word (folded): "hava nasıl", "bugün maç var mı", "how is the weather".
 * Every word is either a function word (question words, particles, pronouns, time words) or, and
 * at least one is, a word the training data does not know: not as it stands or typo-corrected, and (for words
 * of six letters or more) no training word starts with its first five letters. Such a message
 * gets the fallback (cannot help, the menu), never a topic that only a stem shared with a near
 * word ("hava" with "havale": the Turkish stemmer cuts "-le") or a function word would give.
 */

/**
 * Words that carry no topic (folded). Where and when ("nerede", "kaç", "where is my …") are left out:
 * with a possessive they point at the parcel or the order, a topic of their own.
 */
const functionWords = new Set(
  `nasil ne neden niye kim kimin hangi nedir neler mi mu mudur midir mi var yok bu su o bunlar onlar ben biz siz sen bana bize size sana benim bizim sizin senin de da ki ve veya ile icin gibi cok az en daha simdi bugun yarin dun acaba hic hep hala olur oldu olacak ediyor mi peki ama fakat ya
   how what why who whom which is are was were be been the a an of to in on at for and or it this that these those i we you he she they me us my our your do does did can could will would should today now then there here s`.split(
    /\s+/,
  ),
);

/** What the classifier knows of the words (bot/nlu/classifier.ts IntentClassifier). */
export interface WordKnowledge {
  knowsWord(word: string): boolean;
}

/** Whether a folded message's words are unknown to the training data, but for function words. */
export function noTopicalWord(words: readonly string[], known: WordKnowledge): boolean {
  const plain = words.filter((w) => !w.startsWith("#"));
  // one word alone ("paralel") is asked back by the classifier's rules (bot/nlu/lone-word.ts)
  if (plain.length < 2 || plain.length !== words.length) return false;
  // only function words ("what can you do", "ne yapabilirsiniz") are the classifier's to place
  const topical = plain.filter((w) => !functionWords.has(w));
  return topical.length > 0 && topical.every((w) => !known.knowsWord(w));
}
