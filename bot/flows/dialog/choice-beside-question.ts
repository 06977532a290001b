/**
 * An option chosen beside a side question at a choice question: "kart olsun, kaç günde gelir?",
 * "HSM istiyoruz, fiyatı ne?", "akıllı kartı seçiyoruz ne zaman gelir", "I'll take the card, how long
 * does it take?", "we want HSM, what does it cost?". Before, any question chose nothing and the
 * choice was lost. A choosing word must stand right beside the option and not be asked itself: "kart
 * mı olsun?", "HSM mi alalım?", "kart olsun mu?", "should we take the card?", "do we want HSM?" and
 * "HSM mi daha iyi?" choose nothing. Works on folded text (bot/nlu/fold.ts) and on the options
 * named in it (bot/flows/dialog/choice-answer.ts namedOptions).
 */
import { tokensOf } from "../../nlu/fold.ts";

/** Turkish words that choose the option just before them: "kart olsun", "hsm istiyoruz", "kartla devam edelim". */
const turkishAfter = new RegExp(
  "^(?:olsun|olacak|istiyoru[mz]|isteri[mz]|alalim|alayim|aliyoru[mz]|alacag(?:im|iz)|aliri[mz]|" +
    "sectik|sectim|seciyoru[mz]|secelim|secerim|seceriz|secece(?:gim|giz)|kullanacag(?:im|iz)|kullanalim|" +
    "tercih (?:ediyoru[mz]|ederi[mz]|ettik|ettim|edecegi[mz])|(?:ile )?devam (?:edelim|ediyoru[mz]|edecegi[mz]|ederi[mz]))$",
);

/** Turkish words that choose the option just after them: "tercihimiz kart", "seçimimiz HSM". */
const turkishBefore = /(?:^|\s)(?:tercihimiz|tercihim|secimimiz|secimim|tercih)$/;

/** English first-person choosing phrases just before the option: "I'll take the", "we want", "let's go with". */
const englishBefore =
  /(?:^|\s)(?:i ?ll|i will|we ?ll|we will|i d|we d|let ?s|lets|i|we) (?:take|go with|choose|pick|prefer|want|like|need|have|get|go for|opt for|would like)(?: (?:a|an|the|one|to use|to go with))?$/;

/** Auxiliaries that make an English choosing phrase a question: "do we want", "should we take". */
const englishAsked =
  /(?:^|\s)(?:do|does|did|should|shall|can|could|would|will|may|must|is|are)(?: (?:i|we))?$/;

/** Question particles that ask about the option or its choosing word ("kart mı", "olsun mu"). */
const particle = /^(?:mi|mu|midir|mudur|miyiz|muyuz|miyim|muyum|misiniz|musunuz|acaba)$/;

/** Words that may stand between an option and its choosing word: "kart ile devam", "hsm secenegini seciyoruz". */
const between = new Set(["ile", "secenegi", "secenegini", "secenek", "olarak", "lutfen", "de", "da", "bu"]);

/** Whether the words after an option choose it (Turkish: the choosing word follows). */
function chosenAfter(rest: string[]): boolean {
  let i = 0;
  while (i < rest.length && i < 2 && between.has(rest[i]!)) i += 1;
  for (const length of [3, 2, 1]) {
    const words = rest.slice(i, i + length);
    if (words.length < length || !turkishAfter.test(words.join(" "))) continue;
    return !particle.test(rest[i + length] ?? "");
  }
  return false;
}

/** Whether the words before an option choose it (English, or "tercihimiz kart"). */
function chosenBefore(before: string): boolean {
  if (turkishBefore.test(before)) return true;
  const phrase = englishBefore.exec(before);
  if (!phrase) return false;
  return !englishAsked.test(before.slice(0, phrase.index).trimEnd());
}

/** An option named in a folded message: where, and whether it is negated. */
export interface OptionMatch<T> {
  id: T;
  start: number;
  end: number;
  negated: boolean;
}

/**
 * The one option a folded message chooses with a choosing word beside it, or undefined (none, a
 * negated one, an option asked about, or two options chosen). `matches` are the options it names.
 */
export function choiceBesideQuestion<T extends string>(
  folded: string,
  matches: readonly OptionMatch<T>[],
): T | undefined {
  const chosen = new Set<T>();
  for (const m of matches) {
    if (m.negated) continue;
    // "kart mı", "hsm'mi", "kartmı": the option matched with its question particle is asked about
    if (/(?:\s|[^aeiou])m[iu]$/.test(folded.slice(m.start, m.end))) continue;
    const after = tokensOf(folded.slice(m.end));
    if (particle.test(after[0] ?? "")) continue;
    if (chosenAfter(after) || chosenBefore(folded.slice(0, m.start).trimEnd())) chosen.add(m.id);
  }
  return chosen.size === 1 ? [...chosen][0] : undefined;
}

/** A choosing word in Turkish asked about: "olsun", "alalım", "alsak", "seçsek", "kullansak", "tercih etsek". */
const turkishAskedChoosing =
  /^(?:olsun|olsa|alalim|alsak|alsam|alayim|secelim|secsek|secsem|kullanalim|kullansak|kullansam|tercih (?:edelim|etsek|etsem))$/;

/** An English question whether to choose what follows: "should we take the", "do I need an". */
const englishAskedChoosing =
  /(?:^|\s)(?:should|shall|do|does|can|could|would|will|must) (?:i|we) (?:take|choose|pick|get|go with|go for|use|need|want|opt for)(?: (?:a|an|the))?$/;

/**
 * Whether a folded message asks which option to choose by naming one with a choosing word: "kart mı
 * olsun?", "HSM mi alalım", "kart olsun mu?", "should we take the card?", "do we need an HSM?". The
 * question's answer is the step's explanation of its options, not another topic its words lean to.
 */
export function optionChoiceAsked<T extends string>(
  folded: string,
  matches: readonly OptionMatch<T>[],
): boolean {
  return matches.some((m) => {
    if (englishAskedChoosing.test(folded.slice(0, m.start).trimEnd())) return true;
    const glued = /(?:\s|[^aeiou])m[iu]$/.test(folded.slice(m.start, m.end));
    let after = tokensOf(folded.slice(m.end));
    const askedBefore = glued || particle.test(after[0] ?? "");
    if (particle.test(after[0] ?? "")) after = after.slice(1);
    const words = [after.slice(0, 2).join(" "), after[0] ?? ""];
    const at = words.findIndex((w) => turkishAskedChoosing.test(w));
    if (at < 0) return false;
    const length = at === 0 ? 2 : 1;
    return askedBefore || particle.test(after[length] ?? "");
  });
}
