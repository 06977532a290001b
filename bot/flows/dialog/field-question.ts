/**
 * A question about the application's own questions, typed at one of them: why a field is asked
 * ("TCKN neden gerekli?", "telefonumu niye soruyorsunuz", "why do you need my ID number?", "what do
 * you need the address for"), whether it may be given later or skipped ("adresi sonra yazsam olur
 * mu", "can I give the address later?") or whether it is required ("e-posta zorunlu mu?"). The
 * classifier reads these weakly (the contact topic, or nothing), so they got the contact answer, the
 * field's format error or "choose one". The answer is the field's reason (`app.field_question.why.*`:
 * what the field is for, nothing the certificate profile does not hold) for the field named, or the
 * current one; for "later" the honest answer (`app.field_question.later`: no application without
 * it; leaving with "menü"/"iptal" discards the answers and "başvuru" starts again from question 1,
 * as bot/dispatch/global-command.ts does); a required field gets both. The caller asks its question
 * again. A message holding a number or an e-mail address is an answer, never such a question.
 *
 * What happens if the value changes after the application ("bu mail sonra değişirse ne olacak",
 * "unvanımız ileride değişirse", "can we change the email afterwards") is asked too (kind "change"):
 * the e-mail and phone are updated later with identity verification (R5.1), a VKN or unvan change
 * needs a new mali mühür (R5.2), an address is not in the certificate; others go to the call centre
 * (`app.field_question.change.*`). Before, such a question got the field's format error, and at the
 * unvan question "şirket adı değişirse mühür ne olur" was stored as the unvan.
 */
import { isQuestion } from "../../nlu/question-form.ts";
import type { ApplicationFlow } from "../../state.ts";
import type { Turn } from "../../turn.ts";
import type { ApplicationStep } from "../application-steps.ts";

/** The reasons told (the keys of `app.field_question.why`). */
export type FieldReason =
  | "personType"
  | "vkn"
  | "tckn"
  | "idAny"
  | "title"
  | "personName"
  | "signerName"
  | "signerTckn"
  | "email"
  | "phone"
  | "medium"
  | "address"
  | "deliveryAddress"
  | "hsmAddress"
  | "hsmKind"
  | "group"
  | "tech";

/** What a message asks about a field: why it is asked, whether it can wait, whether it is required. */
export interface FieldQuestion {
  kind: "why" | "later" | "required" | "change" | "whose";
  /** The fields asked about, in the order named (the current question's when none is named). */
  reasons: FieldReason[];
}

/** The fields a message may name (folded text). */
type Named =
  | "email"
  | "signerTckn"
  | "signer"
  | "tech"
  | "group"
  | "vkn"
  | "tckn"
  | "id"
  | "phone"
  | "address"
  | "title"
  | "name"
  | "type"
  | "number";

/** Field words, most specific first; each match is cut out before the next is looked for. */
const fieldWords: [Named, RegExp][] = [
  ["email", /\b(?:e ?posta\w*|e ?mail\w*|mail\w*)(?: adres\w*)?/g],
  [
    "signerTckn",
    /\b(?:imza yetkili\w*|yetkili\w*|signator\w*)(?: \S+){0,2} (?:tckn\w*|t ?c(?: kimlik)?\w*|kimlik\w*|id|identity)(?: (?:no|numara|number)\w*)?/g,
  ],
  ["signer", /\b(?:imza yetkili\w*|imza sahibi\w*|signator(?:y|ies)|authori[sz]ed (?:person|signer))\b/g],
  ["tech", /\b(?:teknik (?:kisi|sorumlu|personel|yetkili)\w*|technical (?:contact|person)\w*)/g],
  ["group", /\b(?:grup\w*|barkod\w*|barcode\w*|group\w*)/g],
  [
    "vkn",
    /\b(?:vkn\w*|v k n|vergi (?:kimlik )?(?:no|numara)\w*|vergi kimlik\w*|tax (?:number|id|no)\w*|tax identification number)/g,
  ],
  [
    "tckn",
    /\b(?:tckn\w*|t ?c kimlik\w*|tc no\w*|tc\b|t c\b|(?:turkish|national|personal) id(?:entity)?(?: (?:card|number|no))?)(?: (?:no|numara)\w*)?/g,
  ],
  ["id", /\b(?:kimlik\w*(?: (?:no|numara)\w*)?|(?:id|identity|identification)(?: (?:number|no|card))?)\b/g],
  [
    "phone",
    /\b(?:telefon\w*|tel|cep\w*|gsm|(?:mobile |cell |phone )?(?:phone|mobile|cell)\w*)(?: (?:no|numara|number)\w*)?/g,
  ],
  ["address", /\b(?:adres\w*|address\w*)/g],
  [
    "title",
    /\b(?:unvan\w*|(?:firma|sirket|isletme)\w* (?:adi|ismi)\w*|(?:company|firm|trade|legal|registered) (?:title|name)|title)\b/g,
  ],
  [
    "name",
    /\b(?:ad soyad\w*|adim|adimi|adimizi|adinizi|isim\w*|ismim\w*|soyad\w*|(?:first |full |sur)?name)\b/g,
  ],
  ["type", /\b(?:tuzel\w*|gercek kisi\w*|kisi tur\w*|sahis\w*|(?:legal|real|natural) person|person type)\b/g],
  ["number", /\b(?:numara\w*|number)\b/g],
];

/** The fields named in a folded message, in the order of the table. */
function namedFields(folded: string): Named[] {
  let rest = ` ${folded} `;
  const found: Named[] = [];
  for (const [named, re] of fieldWords) {
    if (!re.test(rest)) continue;
    re.lastIndex = 0;
    found.push(named);
    rest = rest.replace(re, " ");
  }
  return found;
}

/** Why (folded): "neden", "niye", "niçin", "why". */
const whyWord = /\b(?:neden|niye|nicin|ne diye|why|how come)\b/;

/**
 * What for (folded): "ne için", "ne amaçla", "ne işe yarayacak", "what … for", "what is it used for";
 * what will be sent to it: "telefona ne gelecek", "bu numaraya ne gönderilecek", "what will you send
 * to this phone?" (read only with the field named: the answer is the field's reason).
 */
const purposeWord =
  /\b(?:ne icin|ne amacla|hangi amacla|ne ise yara\w*|nerede kullan\w*|nerde kullan\w*|ne yapacak\w*|napacak\w*|ne (?:gelecek|gelir|geliyor|gonderilecek|gonderilir|gonderece\w*|gonderiyor\w*|gonderir\w*|atacak\w*|yollayacak\w*))\b|\bwhat\b.*\bfor\b|\bwhat\b.* (?:used|needed)\b|\bwhat (?:will|do|would|does|is) (?:you |it |be |)(?:send|sent|come|arrive|get)\w*\b/;

/** Asking for it, needing it, using it (folded): "gerekli", "lazım", "istiyorsunuz", "soruyorsunuz", "need". */
const needWord =
  /\b(?:gerek\w*|lazim\w*|iste\w*|isti\w*|sor(?:uyor|ulu|du|uy|man|mak|ar|acak)\w*|kullan\w*|yara\w*|zorunlu\w*|sart\w*|mecbur\w*|need\w*|ask\w*|want\w*|requir\w*|necessary|mandatory|use\w*|collect\w*)\b/;

/** A bare "why?" ("neden?", "niye ki", "peki neden", "but why"). */
const bareWhy =
  /^(?:(?:peki|ama|ya|bu|bunu|sey|soru|but|ok|and|so)\s+)*(?:neden|niye|nicin|ne icin|why|what for)(?:\s+(?:ki|peki|acaba|ama|bu|bunu|that|this|so))*$/;

/** Later, or skipped (folded): "sonra", "daha sonra", "yarın", "atlasam", "later", "skip". */
const laterWord =
  /\b(?:sonra\w*|sonradan|ileride|ilerde|yarin|birazdan|later|afterwards|tomorrow|another time)\b/;
const skipWord =
  /\b(?:atla\w*|bos (?:birak|gec)\w*|gecebilir\w*|gecsem|gecsek|skip\w*|leave (?:it |this |that |the \w+ )?(?:blank|empty|out))\b/;

/** Giving an answer (folded): "yazsam", "versem", "girebilir", "gönderebilir", "give", "send". */
const giveWord =
  /\b(?:yaz\w*|ver\w*|gir\w*|gonder\w*|bildir\w*|ilet\w*|ekle\w*|tamamla\w*|soyle\w*|give|send|write|type|enter|provide|add|fill|tell)\b/;

/** Required? (folded): "zorunlu mu", "gerekli mi", "lazım mı", "şart mı", "vermesem olur mu", "is it required". */
const requiredAsked =
  /\b(?:zorunlu mu\w*|gerekli mi\w*|lazim mi\w*|m[iu] lazim|gerek var mi|sart mi\w*|mecburi mi|mecbur mu\w*|zorunda mi\w*|gerekiyor mu|\w+(?:mesem|masam|mesek|masak) olur mu|is it (?:required|mandatory|necessary|needed)|(?:do|must) (?:i|we) (?:have to |need to )?(?:give|provide|enter|type|write)|(?:required|mandatory)\?)/;

/**
 * The value changing after the application, asked (folded): "değişirse", "değişince", "değişecek",
 * "değişebilir", "değiştirebilir miyiz", "güncellenebilir mi", "taşınırsak", "if … changes",
 * "change … later", "can we change". Not a change told ("değişti") nor one wanted now
 * ("değiştirmek istiyorum": the correction of an earlier answer).
 */
const laterChange =
  /\b(?:degis(?:irse|ir|ec|eb|ince|tig|mesi durumunda|se)\w*|degistir(?:ebil|irse|ir mi|se|ece|ilebil|mek mumkun)\w*|guncelle(?:yebil|nebil|nir|rse|necek)\w*|farkli olursa|tasin(?:irsa|irse|acag|ir)\w*)|\bif\b(?: \S+){0,6} (?:chang|move)\w*|\bchang\w*(?: \S+){0,4} (?:later|afterwards|in (?:the )?future|one day|someday)\b|\b(?:can|could|may) (?:i|we) (?:\S+ )?(?:change|update)\b/;

/** Another topic's words: without a field named, "neden pahalı", "pinim neden bloke" are no field question. */
const otherTopic =
  /\b(?:pin\w*|puk|sifre\w*|fiyat\w*|ucret\w*|para|pahali\w*|odeme\w*|ode\w*|fatura\w*|kargo\w*|iptal\w*|gelmedi|bloke|kilit\w*|hata\w*|hsm\w*|kart\w*|card\w*|sertifika\w*|muhur\w*|price\w*|cost\w*|fee\w*|pay\w*|invoice\w*|error\w*|certificate\w*|seal)\b/;

/**
 * A value offered as a question (folded): "34710 mu yazayım", "34000 yazsam olur mu", "yeterli mi",
 * "should I write 34710", "is 34710 enough?".
 */
const offeredAsQuestion =
  /\b(?:mi|mu) (?:yaz|gir|ver|gonder|ekle|koy|belirt|diye)\w*|\b\w+(?:sam|sem|sak|sek) (?:olur|yeter|yeterli|uygun)\w* mu\b|\b(?:olur|yeter|yeterli|uygun|dogru|tamam)\w* (?:mi|mu)\b|\b(?:should|shall|can|could|may) (?:i|we) (?:just |only )?(?:write|put|enter|type|give|use|send)\b|\b(?:is|would|will) (?:that|this|it|\w+ \w+|\d+) (?:be )?(?:ok|okay|enough|fine|sufficient)\b/;

/** Questions whose answer is free text, stored as typed (an address, a name, an unvan). */
const freeTextSteps = new Set<ApplicationStep>([
  "title",
  "signerName",
  "deliveryAddress",
  "hsmAddress",
  "techName",
  "groupTitle",
]);

/**
 * An answer in the message: a number of several digits, or an e-mail address. At a free-text
 * question a why or what-for question about the field that offers its digits as a question
 * ("teslimat adresi ne için lazım, 34710 mu yazayım", "adres neden gerekli 34000 yazsam olur mu")
 * is none: the whole text would be stored. A real address with digits ("Neden Sokak No 5 34000
 * Fatih") asks nothing, and an answer given beside the why ("neden lazım anlamadım ama Moda Cad.
 * No 12 34710") offers nothing as a question: both stay answers.
 */
function holdsAnAnswer(raw: string, folded: string, step: ApplicationStep): boolean {
  if ((raw.match(/\d/g)?.length ?? 0) < 5 && !/\S@\S/.test(raw)) return false;
  if (!freeTextSteps.has(step)) return true;
  const whyNeeded = purposeWord.test(folded) || (whyWord.test(folded) && needWord.test(folded));
  return !(whyNeeded && (offeredAsQuestion.test(folded) || /\?\s*$/.test(raw)));
}

/**
 * Whose or which kind it should be, asked (folded): "kimin telefonu", "kimin maili olacak", "şirket
 * maili mi kişisel mi", "iş telefonu mu cep mi", "whose e-mail", "company or personal email?". Before,
 * these got the call centre's contact text. Answered with what the field is for (kind "whose").
 */
const whoseAsked =
  /\b(?:kimin|kime ait|kiminki|whose)\b|\b(?:sirket|firma|is|kurumsal|kisisel|sahsi|ozel|personal|private|company|work|business)\w* (?:mail\w*|e ?posta\w*|eposta\w*|numara\w*|telefon\w*|hat\w*|email|e mail|phone|number|mobile|address)\w* (?:mi|mu|or)\b/;

/** What the message asks, before its fields are resolved. */
function kindOf(raw: string, folded: string, named: boolean): FieldQuestion["kind"] | undefined {
  const question = isQuestion(raw, folded);
  const topicFree = named || !otherTopic.test(folded);
  const later = laterWord.test(folded) && giveWord.test(folded);
  if (question && topicFree && (later || skipWord.test(folded))) return "later";
  // "bu mail sonra değişirse ne olacak", "can we change the email afterwards"
  if (question && topicFree && laterChange.test(folded)) return "change";
  if (whoseAsked.test(folded) && (named || topicFree)) return "whose";
  if (bareWhy.test(folded)) return "why";
  // "e-posta ne için", "what is the phone number for": the purpose of a field named
  if (purposeWord.test(folded) && (named || (topicFree && needWord.test(folded)))) return "why";
  // "TCKN neden gerekli", "adres niye", "bunu neden soruyorsunuz"; not "neden kartım gelmedi"
  if (whyWord.test(folded)) {
    if (named && (needWord.test(folded) || folded.split(" ").length <= 4)) return "why";
    if (!named && topicFree && needWord.test(folded)) return "why";
  }
  if (topicFree && requiredAsked.test(`${folded}${/\?\s*$/.test(raw) ? "?" : ""}`)) return "required";
  return undefined;
}

/** The reason of the question being asked, or undefined at the summary. */
function currentReason(flow: ApplicationFlow): FieldReason | undefined {
  const gercek = flow.data.personType === "gercek";
  const byStep: Partial<Record<ApplicationStep, FieldReason>> = {
    personType: "personType",
    idNumber: gercek ? "tckn" : "vkn",
    title: gercek ? "personName" : "title",
    signerName: "signerName",
    signerTckn: "signerTckn",
    email: "email",
    phone: "phone",
    medium: "medium",
    deliveryAddress: "deliveryAddress",
    hsmKind: "hsmKind",
    groupVkn: "group",
    groupTitle: "group",
    groupBarcode: "group",
    hsmAddress: "hsmAddress",
    techName: "tech",
    techPhone: "tech",
  };
  return byStep[flow.step];
}

/**
 * The fields each question takes when named ("kimlik numaram" at the TCKN question is that TCKN; a
 * TCKN named at a tüzel kişi's VKN question is the signatory's, asked later).
 */
const namedAtStep = (gercek: boolean): Partial<Record<ApplicationStep, readonly Named[]>> => ({
  personType: ["type"],
  idNumber: gercek ? ["tckn", "id", "number"] : ["vkn", "id", "number"],
  title: ["title", "name"],
  signerName: ["signer", "name"],
  signerTckn: ["signerTckn", "tckn", "id", "number"],
  email: ["email"],
  phone: ["phone", "number"],
  deliveryAddress: ["address"],
  hsmKind: ["group"],
  groupVkn: ["group", "vkn", "number"],
  groupTitle: ["group", "title"],
  groupBarcode: ["group", "number"],
  hsmAddress: ["address"],
  techName: ["tech", "name"],
  techPhone: ["tech", "phone", "number"],
});

/** A place named with "adres" (folded): then the address is no e-mail address. */
const placeNamed =
  /\b(?:teslimat\w*|kargo\w*|ofis\w*|is ?yeri\w*|firma\w*|sirket\w*|hsm\w*|fatura\w*|ev\w*|delivery|shipping|postal|office|company|firm|home|invoice)\b/;

/** The reason of a field named away from its question, by what is known of the application. */
function reasonOfNamed(named: Named, flow: ApplicationFlow): FieldReason | undefined {
  const { personType, medium } = flow.data;
  switch (named) {
    case "tckn":
      return personType === "gercek" ? "tckn" : personType === "tuzel" ? "signerTckn" : "idAny";
    case "id":
      return personType === "gercek" ? "tckn" : personType === "tuzel" ? "vkn" : "idAny";
    case "title":
      return personType === "gercek" ? "personName" : "title";
    case "name":
      return personType === "gercek" ? "personName" : "signerName";
    case "signer":
      return "signerName";
    case "address":
      return medium === "hsm" ? "hsmAddress" : medium === "card" ? "deliveryAddress" : "address";
    case "type":
      return "personType";
    case "number":
      return undefined;
    default:
      return named;
  }
}

/**
 * What a message typed at the application's question `flow.step` asks about its fields, or undefined
 * when it is none of these questions (an answer, another topic). `raw` is the typed text, `folded`
 * its folded form.
 */
export function fieldQuestionOf(
  raw: string,
  folded: string,
  flow: ApplicationFlow,
): FieldQuestion | undefined {
  if (holdsAnAnswer(raw, folded, flow.step)) return undefined;
  const named = namedFields(folded);
  const kind = kindOf(raw, folded, named.length > 0);
  if (!kind) return undefined;
  const current = currentReason(flow);
  const here = [...(namedAtStep(flow.data.personType === "gercek")[flow.step] ?? [])];
  // "bu adres değişirse" at the e-mail question: that address, unless a place is named with it
  if (flow.step === "email" && !placeNamed.test(folded)) here.push("address");
  const reasons: FieldReason[] = [];
  for (const field of named) {
    const reason = here.includes(field) ? current : reasonOfNamed(field, flow);
    if (reason && !reasons.includes(reason)) reasons.push(reason);
  }
  if (reasons.length === 0 && current) reasons.push(current);
  return reasons.length > 0 ? { kind, reasons } : undefined;
}

/** The field question typed at an open application's question this turn, or undefined. */
export function fieldQuestionAsked(turn: Turn): FieldQuestion | undefined {
  const flow = turn.state.flow;
  const raw = turn.input.raw;
  if (flow?.name !== "application" || raw === undefined || turn.input.button) return undefined;
  return fieldQuestionOf(raw, turn.input.folded, flow);
}

/** What a later change of each field means (the keys of `app.field_question.change`). */
const changeAnswers: Record<FieldReason, "contact" | "identity" | "signer" | "address" | "other"> = {
  personType: "other",
  vkn: "identity",
  tckn: "other",
  idAny: "other",
  title: "identity",
  personName: "other",
  signerName: "signer",
  signerTckn: "signer",
  email: "contact",
  phone: "contact",
  medium: "other",
  address: "address",
  deliveryAddress: "address",
  hsmAddress: "address",
  hsmKind: "other",
  group: "other",
  tech: "other",
};

/** Answers the field question typed this turn; true when it was one (the caller asks its question again). */
export function answerFieldQuestion(turn: Turn): boolean {
  const asked = fieldQuestionAsked(turn);
  if (!asked) return false;
  if (asked.kind === "change") {
    const keys = new Set(asked.reasons.map((reason) => changeAnswers[reason]));
    for (const key of keys) turn.say(`app.field_question.change.${key}`);
    return true;
  }
  if (asked.kind !== "later")
    for (const reason of asked.reasons) turn.say(`app.field_question.why.${reason}`);
  // whose e-mail or phone: no rule is known but that it must stay reachable (codes go only there)
  if (asked.kind === "whose") {
    if (asked.reasons.some((r) => r === "email" || r === "phone" || r === "tech"))
      turn.say("app.field_question.whose");
    return true;
  }
  if (asked.kind !== "why") turn.say("app.field_question.later");
  return true;
}
