/**
 * Reading a typed answer to a choice question (`interfaces.md` §4: tüzel/gerçek, kart/HSM,
 * bireysel/grup, the field to correct): a QUESTION about an option ("HSM nedir?", "kart kaç günde
 * gelir", "what is an HSM?") chooses nothing, and a NEGATED option ("kart değil hsm", "hsm'i
 * istemiyorum, kart", "not the card, HSM") is never picked: the other option is, when it is named.
 * A choice's words match with a Turkish suffix ("kartı", "unvanı", "imza yetkilisinin tc si"), the
 * longest of overlapping words wins ("şahıs firması" is gerçek kişi, not "firma"). Works on folded
 * text (bot/nlu/fold.ts).
 */
import type { Choice } from "../../choice.ts";
import { foldTurkish, tokensOf } from "../../nlu/fold.ts";
import { negatedAfter, negatedBefore } from "../../nlu/negation.ts";
import { isQuestion } from "../../nlu/question-form.ts";
import type { Turn } from "../../turn.ts";
import { choiceBesideQuestion, type OptionMatch } from "./choice-beside-question.ts";
import { optionWithTypo } from "./choice-typo.ts";

/** What a typed answer to a choice question says. */
export type ChoiceReading<T extends string> =
  /** `withQuestion`: chosen beside a side question ("kart olsun, kaç günde gelir?"), which is answered too. */
  | { kind: "picked"; id: T; withQuestion?: boolean }
  /** A question (about an option or anything else): nothing is chosen. */
  | { kind: "question" }
  /** Only negated options were named ("hsm istemiyorum"): nothing is chosen. */
  | { kind: "negated" }
  | { kind: "none" };

/**
 * Turkish case and possessive endings (folded) a choice's word may carry: "karti", "unvanimiz", and
 * the possessive with the accusative: "telefonumu", "adresimi", "postami", "unvanimizi".
 */
const suffix =
  "(?:y?[iu]|y?[ea]|n[iu]|s[iu]|n?[iu]n|s[iu]n|n[iu]n|s[iu]n[iu]|[iu]n[iu]|[iu]m|[iu]m[iu]|[iu]m[iu]z|[iu]m[iu]z[iu]|m[iu]|m[iu]z|m[iu]z[iu]|l[ea]r|l[ea]r[iu]|l[ea]r[iu]m[iu]z|[dt][ea]|[dt][ea]n|y?l[ea]|l[iu]|[dt][iu]r|y?d[iu]|y?m[iu]s)?";
/** The same ending split off by an apostrophe: "hsm'i" folds to "hsm i". */
const splitSuffix = `(?:\\s${suffix.slice(0, -1)}(?=\\s|$))?`;

const patterns = new Map<string, RegExp>();

/** A folded word or phrase as a pattern: each word with an optional Turkish ending. */
function patternOf(words: string): RegExp {
  let re = patterns.get(words);
  if (!re) {
    const escaped = tokensOf(words).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + suffix);
    re = new RegExp(`(?<=^|\\s)${escaped.join("\\s")}${splitSuffix}(?=\\s|$)`, "g");
    if (patterns.size > 2000) patterns.clear();
    patterns.set(words, re);
  }
  return re;
}

type Match<T> = OptionMatch<T>;

/** Every option named in a folded text, longest first where they overlap, with whether it is negated. */
export function namedOptions<T extends string>(
  folded: string,
  options: { id: T; words: string[] }[],
): Match<T>[] {
  const found: Match<T>[] = [];
  for (const option of options)
    for (const words of option.words)
      for (const m of folded.matchAll(patternOf(words))) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        const negated = negatedAfter(folded.slice(end)) || negatedBefore(folded.slice(0, start));
        found.push({ id: option.id, start, end, negated });
      }
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Match<T>[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}

/**
 * The most specific of several options named: a word right after another option's word is the head
 * of a compound the first one qualifies ("mail adresi", "e-posta adresim", "vergi kimlik numarası",
 * "email address": the modifier comes first in Turkish and English), so it names less than its
 * modifier and is passed over; of the rest, the longest (the order of {@link namedOptions}).
 */
export function mostSpecific<T>(folded: string, matches: Match<T>[]): Match<T> {
  const heads = matches.filter((m) =>
    matches.some((q) => q.id !== m.id && q.end <= m.start && folded.slice(q.end, m.start).trim() === ""),
  );
  return matches.find((m) => !heads.includes(m)) ?? matches[0]!;
}

/** The choices with their words: the folded label and the synonyms. */
function optionsOf<T extends string>(turn: Turn, choices: readonly Choice<T>[]) {
  return choices.map((c) => ({
    id: c.id,
    words: [foldTurkish(turn.t(c.labelKey, c.labelParams)), ...(c.synonyms ?? [])].filter((w) => w !== ""),
  }));
}

/**
 * The option a typed text names and does not negate (the longest when several are named and
 * `mostSpecific`; otherwise several distinct options are no answer), or why there is none.
 */
export function optionNamed<T extends string>(
  turn: Turn,
  choices: readonly Choice<T>[],
  options: { mostSpecific?: boolean } = {},
): ChoiceReading<T> {
  const matches = namedOptions(turn.input.folded, optionsOf(turn, choices));
  const positive = matches.filter((m) => !m.negated);
  const ids = [...new Set(positive.map((m) => m.id))];
  if (ids.length === 1) return { kind: "picked", id: positive[0]!.id };
  if (ids.length > 1 && options.mostSpecific)
    return { kind: "picked", id: mostSpecific(turn.input.folded, positive).id };
  if (ids.length === 0 && matches.length > 0) return { kind: "negated" };
  return { kind: "none" };
}

/** An option with the question particle glued to it: "kartmı alsak", "hsmmi" (folded "kartmi", "hsmmi"). */
function particleGlued<T extends string>(folded: string, options: { id: T; words: string[] }[]): boolean {
  return namedOptions(folded, options).some((m) => /[^aeiou\s]m[iu]$/.test(folded.slice(m.start, m.end)));
}

/**
 * The option a typed text chooses with a choosing word beside it ("HSM istiyoruz", "kart olsun",
 * "I'll take the card"), whether or not it also asks something; undefined for a mere mention.
 */
export function optionChosen<T extends string>(turn: Turn, choices: readonly Choice<T>[]): T | undefined {
  if (turn.input.button || turn.input.raw === undefined) return undefined;
  const folded = turn.input.folded;
  return choiceBesideQuestion(folded, namedOptions(folded, optionsOf(turn, choices)));
}

/**
 * Reads the answer to a choice question: the pressed button or the typed label; a question (an
 * option chosen beside it with a choosing word is still picked, `withQuestion`); the one option
 * named and not negated; else the one option a word names with one typo ("tuzle").
 */
export function readChoice<T extends string>(
  turn: Turn,
  choices: readonly Choice<T>[],
  options: { mostSpecific?: boolean } = {},
): ChoiceReading<T> {
  const raw = turn.input.raw;
  if (turn.input.button || raw === undefined) {
    const id = turn.pick([...choices]);
    return id ? { kind: "picked", id } : { kind: "none" };
  }
  // a typed label exactly ("Akıllı kart") is the button
  const byLabel = turn.pick(choices.map(({ synonyms: _s, ...c }) => c));
  if (byLabel) return { kind: "picked", id: byLabel };
  const folded = turn.input.folded;
  if (isQuestion(raw, folded) || particleGlued(folded, optionsOf(turn, choices))) {
    const chosen = optionChosen(turn, choices);
    return chosen ? { kind: "picked", id: chosen, withQuestion: true } : { kind: "question" };
  }
  const named = optionNamed(turn, choices, options);
  if (named.kind !== "none") return named;
  const typo = optionWithTypo(folded, optionsOf(turn, choices));
  if (!typo) return named;
  const negated = negatedAfter(folded.slice(typo.end)) || negatedBefore(folded.slice(0, typo.start));
  return negated ? { kind: "negated" } : { kind: "picked", id: typo.id };
}
