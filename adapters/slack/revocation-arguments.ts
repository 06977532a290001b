/**
 * The arguments of `/mm iptal` as agents type them: the subject (VKN/TCKN or serial) and the reason,
 * in either order, the reason in one word or a few (`kayıp`, `kayboldu`, `kötüye kullanım`,
 * `GİB talebi`), in any letter case, with or without Turkish letters.
 */
import type { SeedRevocationReason } from "../../core/ra/ports/revocation-request-repository.ts";
import { foldCommandWord } from "./fold-command.ts";
import { readArguments } from "./mm-args.ts";

/**
 * Reason phrases, folded (foldCommandWord): the seed's words, their everyday Turkish spellings and
 * their English names (agents keep notes in either language), never the RFC 5280 codes such as
 * `keyCompromise`, which name no reason of R7.2 by themselves.
 */
const revocationReasons: Readonly<Record<string, SeedRevocationReason>> = {
  kayip: "kayip",
  kayboldu: "kayip",
  kaybolmus: "kayip",
  kaybettik: "kayip",
  kaybetti: "kayip",
  "kayip kart": "kayip",
  "kart kayip": "kayip",
  "kart kayboldu": "kayip",
  "karti kaybetti": "kayip",
  "karti kaybettik": "kayip",
  lost: "kayip",
  "card lost": "kayip",
  "lost card": "kayip",
  "card was lost": "kayip",
  calinti: "calinti",
  calindi: "calinti",
  calinmis: "calinti",
  "calinti kart": "calinti",
  "kart calinti": "calinti",
  "kart calindi": "calinti",
  "karti calindi": "calinti",
  hirsizlik: "calinti",
  stolen: "calinti",
  theft: "calinti",
  "card stolen": "calinti",
  "stolen card": "calinti",
  "card was stolen": "calinti",
  gib: "gib",
  "gib talebi": "gib",
  "gib istegi": "gib",
  "gib karari": "gib",
  "gib request": "gib",
  tax: "gib",
  "tax office": "gib",
  "tax authority": "gib",
  kotuye: "misuse",
  "kotuye kullanim": "misuse",
  "kotuye kullanildi": "misuse",
  "kotuye kullaniliyor": "misuse",
  "kotuye kullanilmis": "misuse",
  "amaci disinda kullanim": "misuse",
  misuse: "misuse",
  abuse: "misuse",
  compromised: "misuse",
  misused: "misuse",
};

/** Words that name the reason before it ("sebep: kayıp", "iptal nedeni gib", "reason: lost"), folded. */
const reasonLabels: ReadonlySet<string> = new Set([
  "sebep",
  "sebebi",
  "neden",
  "nedeni",
  "gerekce",
  "gerekcesi",
  "iptal",
  "reason",
  "revocation",
]);

/** The reason `words` name together, after at most two label words, or undefined. */
function reasonOf(words: readonly string[]): SeedRevocationReason | undefined {
  let start = 0;
  while (start < Math.min(2, words.length - 1) && reasonLabels.has(foldCommandWord(words[start]!))) start++;
  if (words.length === start) return undefined;
  const phrase = words.slice(start).map(foldCommandWord).join(" ");
  return Object.hasOwn(revocationReasons, phrase) ? revocationReasons[phrase] : undefined;
}

/**
 * The subject and reason of `iptal`: `<subject> <reason…>` or `<reason…> <subject>`; undefined when
 * the words are not one subject and one reason (the usage line).
 */
export function revocationArguments(
  args: readonly string[],
): { subject: string; reason: SeedRevocationReason } | undefined {
  if (args.length < 2) return undefined;
  const first = args[0]!;
  const last = args.at(-1)!;
  const after = reasonOf(args.slice(1));
  if (after && !reasonOf([first])) return { subject: first, reason: after };
  const before = reasonOf(args.slice(0, -1));
  if (before && !reasonOf([last])) return { subject: last, reason: before };
  // the reason first, then the subject in several words, read as a first argument is read:
  // "kayıp 323 051 2384", "gib Seri: 39 fc 6c …"
  for (let k = 1; k < args.length - 1; k++) {
    const reason = reasonOf(args.slice(0, k));
    const subject = reason ? readArguments(args.slice(k)) : [];
    if (reason && subject.length === 1 && !reasonOf(subject)) return { subject: subject[0]!, reason };
  }
  return undefined;
}
