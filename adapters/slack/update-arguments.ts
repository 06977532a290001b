/**
 * The arguments of `/mm guncelle` as agents type them: `<VKN> <contact> <new value>` as documented,
 * the contact named first (`eposta 3230512384 yeni@ornek.com`, `cep telefonu VKN: 323 051 2384 0532 …`),
 * or not named when the new value says which it is (an address with '@', a number in digits).
 */
import type { AgentUpdateKind } from "../../core/ra/agent-case-service.ts";
import { namesCaller } from "./caller-subject.ts";
import { foldCommandWord } from "./fold-command.ts";
import { readArguments } from "./mm-args.ts";

/** The words for what `guncelle` changes, folded (fold-command.ts). */
const updateKinds: Readonly<Record<string, AgentUpdateKind>> = {
  eposta: "email",
  "e-posta": "email",
  email: "email",
  "e-mail": "email",
  "e-posta adresi": "email",
  "eposta adresi": "email",
  mail: "email",
  "mail adresi": "email",
  telefon: "phone",
  "telefon numarasi": "phone",
  tel: "phone",
  cep: "phone",
  "cep telefonu": "phone",
  "cep no": "phone",
  gsm: "phone",
  phone: "phone",
  unvan: "title",
  unvani: "title",
  title: "title",
  vkn: "vkn",
  tckn: "vkn",
};

/** What `guncelle` was asked: whose contact, which one (when named or told by the value), the new value's words. */
export interface UpdateArguments {
  subject: string;
  kind: AgentUpdateKind | undefined;
  value: string[];
}

/**
 * The subject (a VKN/TCKN or a certificate serial), contact and new value of `guncelle`; the subject undefined when none was typed. A
 * value without its contact named is an e-mail address when a word of it has '@', a phone number
 * when it is digits (with `+`, spaces, brackets, dots or hyphens), else of no kind (the usage line).
 */
export function updateArguments(args: readonly string[]): UpdateArguments | undefined {
  const first = kindAt(args, 0);
  if (first && !namesCaller(args[0]!)) {
    // the contact before the VKN or serial: either may still be in groups or labelled after it
    const [subject, ...value] = readArguments(args.slice(first.words));
    if (subject === undefined || !namesCaller(subject)) return undefined;
    return { subject, kind: first.kind, value };
  }
  const [subject, ...rest] = args;
  if (subject === undefined) return undefined;
  const named = kindAt(rest, 0);
  if (named) return { subject, kind: named.kind, value: rest.slice(named.words) };
  return { subject, kind: kindOfValue(rest), value: rest };
}

/**
 * The contact named at `words[at]`, in two words ("cep telefonu", "e-posta adresi") or one, with the
 * number of words it took; undefined when none is named there.
 */
function kindAt(words: readonly string[], at: number): { kind: AgentUpdateKind; words: number } | undefined {
  const two = words.length > at + 2 ? ownKind(foldCommandWord(`${words[at]} ${words[at + 1]}`)) : undefined;
  if (two) return { kind: two, words: 2 };
  const one = words[at] === undefined ? undefined : ownKind(foldCommandWord(words[at]!));
  return one ? { kind: one, words: 1 } : undefined;
}

/** The contact a new value is, when its contact was not named: '@' an address, digits a phone number. */
function kindOfValue(value: readonly string[]): AgentUpdateKind | undefined {
  if (value.length === 0) return undefined;
  if (value.some((word) => word.includes("@"))) return "email";
  const typed = value.join(" ");
  return /^\+?[\d\s().-]+$/.test(typed) && typed.replace(/\D/g, "").length >= 10 ? "phone" : undefined;
}

/**
 * Whether words typed to `guncelle` hold a value as answers mask it: a run of two or more mask
 * characters ("b***@o***.com.tr", "+90 5** *** ** 67", the bullets of "5•• •••"). Slack's bold marks
 * one star each side, and an address may hold one star; a masked value has two or more together.
 */
export function hasMaskedValue(words: readonly string[]): boolean {
  return words.some((word) => /[*•●∗·]{2,}/u.test(word));
}

function ownKind(word: string): AgentUpdateKind | undefined {
  return Object.hasOwn(updateKinds, word) ? updateKinds[word] : undefined;
}
