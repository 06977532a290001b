/**
 * What a customer tells at the card-or-HSM question (R2.2/R2.3, `interfaces.md` §4 step 8): a
 * signing volume ("dakikada 200 fatura", "saatte 6000", a bare "200"), several signers ("5 kişi
 * farklı bilgisayarlardan imzalayacak"), branches that also issue e-Fatura ("3 şubemiz var"), or
 * a plain "which?". A number counts as a volume only when it counts documents or signatures, or
 * stands with a unit of time: a number of branches, people or computers is no volume, and the
 * "one" of "which one" or "bir tane" is no number at all. Works on folded text (fold.ts).
 */
import { tokensOf } from "./fold.ts";
import { numbersIn } from "./numbers.ts";

/** What the message says about the firm's signing. */
export interface SigningNeeds {
  /** Signatures (documents) per minute, when the message gives a volume. */
  perMinute?: number;
  /** Several people sign from different computers (R2.2). */
  severalSigners: boolean;
  /** Branches (several sites) that also issue e-Fatura (R2.2). */
  branches: boolean;
  /**
   * The message describes how the firm signs (a count of branches or signers, one computer, no
   * branches), whether or not that calls for an HSM.
   */
  describesSetup: boolean;
  /** The message asks which medium fits ("hangisi?", "which one?"). */
  asksWhich: boolean;
}

/** Units of time and their length in minutes (folded word prefixes). */
const timeUnits: [RegExp, number][] = [
  [/^(saniye|sn$|second|sec$|secs$)/, 1 / 60],
  [/^(dakika|dk$|minute|min$|mins$)/, 1],
  [/^(saat|hour)/, 60],
  [/^(gun|day|daily)/, 60 * 8],
  [/^(hafta|week)/, 60 * 8 * 5],
  [/^(ayda|aylik|month)/, 60 * 8 * 22],
  [/^(yil|year|annual)/, 60 * 8 * 250],
];

/** Things a volume counts: documents and signatures. */
const documents =
  /^(e?fatura|efatur|invoice|imza|signature|sign$|belge|document|doc$|docs$|muhur|seal|earsiv|edefter|irsaliye)/;

/** Things a number may count that are no volume: branches, sites, people, computers. */
const branchNouns = /^(sube|branch|ofis|office|lokasyon|location|magaza|store|bayi|fabrika|depo|site|tesis)/;
const signerNouns =
  /^(kisi|kullanici|personel|calisan|imzaci|yetkili|muhasebeci|bilgisayar|pc$|makine|people|person|user|employee|staff|signer|signator|accountant|computer|machine)/;

/** A number used as a pronoun: "which one", "the one", "one of them", "hangi biri". */
const pronounNumber =
  /\b(which|the|this|that|either|each|any|every|no|other|one) one\b|\bone (of|or the other)\b|\bhangi ?biri\w*|\bbirini\b/g;

const asksWhichWords =
  /\b(hangisi|hangisini|hangi ?biri|hangi|bilmiyorum|emin degilim|oner|tavsiye|fark|which|recommend|not sure|difference|should i|choose|advise)/;
const onOneComputer = /\b(tek|ayni) (bilgisayar|pc)|\b(one|single|same) (computer|pc|machine)/;
const oneSigner =
  /\btek (kisi|kullanici|imzaci|yetkili)|\b(one|single) (person|user|signer)\b|\b(sadece|yalnizca) ben\b|\bonly me\b/;
const severalSignerWords =
  /(birden fazla (kisi|kullanici|bilgisayar|imzaci)|farkli bilgisayar|cok kisi|several (people|users|signers|computers)|multiple (people|users|signers|computers)|different computers)/;
const branchWords = /\b(sube|branch)/;
const noBranches = /\bsube\w* (yok|bulunmuyor|olmadigi)|\bsubesiz|\bno (other )?branch|\bwithout branch/;

/** Words between a number and what it counts: "3 ayrı şube", "5 farklı kişi", "10 tane fatura". */
const countWords = /^(farkli|ayri|different|separate|other|diger|tane|adet|civari|kadar|more|daha)$/;

/** The word a number counts: the first after it that is not a count word ("" when none). */
function nounAfter(tokens: readonly string[], end: number): string {
  let at = end;
  while (at < tokens.length && countWords.test(tokens[at]!)) at++;
  return tokens[at] ?? "";
}

/** The minutes of the time unit near a number (up to three words after or two before), if any. */
function unitNear(tokens: readonly string[], start: number, end: number): number | undefined {
  const near = [tokens[start - 1], tokens[end], tokens[end + 1], tokens[end + 2], tokens[start - 2]];
  for (const word of near) {
    if (!word) continue;
    for (const [re, minutes] of timeUnits) if (re.test(word)) return minutes;
  }
  return undefined;
}

/** Reads what a folded message says about the firm's signing. */
export function signingNeedsOf(folded: string): SigningNeeds {
  const text = folded.replace(pronounNumber, " ").replace(/\s+/g, " ").trim();
  const tokens = tokensOf(text);
  let signerCount = 0;
  let branchCount = 0;
  let perMinute: number | undefined;
  const mentionsDocuments = tokens.some((w) => documents.test(w));
  for (const n of numbersIn(text)) {
    const noun = nounAfter(tokens, n.end);
    if (branchNouns.test(noun)) branchCount = Math.max(branchCount, n.value);
    else if (signerNouns.test(noun)) signerCount = Math.max(signerCount, n.value);
    else if (perMinute === undefined) {
      const minutes = unitNear(tokens, n.start, n.end);
      // "bir"/"one" alone is an article as often as a number: a volume only with a unit of time.
      if (minutes !== undefined) perMinute = n.value / minutes;
      else if (n.singleWord) continue;
      else if (mentionsDocuments || tokens.length === n.end - n.start) perMinute = n.value;
    }
  }
  const oneComputer = onOneComputer.test(text);
  const severalSigners = !oneComputer && (signerCount >= 2 || severalSignerWords.test(text));
  const branchless = noBranches.test(text);
  const branches = !branchless && branchWords.test(text);
  return {
    perMinute,
    severalSigners,
    branches,
    describesSetup: signerCount > 0 || branchCount > 0 || oneComputer || branchless || oneSigner.test(text),
    asksWhich: asksWhichWords.test(folded),
  };
}
