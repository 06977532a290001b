/**
 * Contact update (R5.1) after verification: which contact → the new value → a code sent to the
 * new contact → the code → updated (the RA tells the old contact).
 */

import { DomainError, RateLimitError, ValidationError } from "../../core/errors/domain-error.ts";
import { maskEmail, maskPhone } from "../../core/privacy/mask.ts";
import { validateApplicationField } from "../../core/ra/application-fields.ts";
import { synonymsOf } from "../nlu/choice-synonyms.ts";
import { isQuestion } from "../nlu/question-form.ts";
import { nluLocaleOf } from "../nlu/training-data.ts";
import { understand } from "../nlu/understand.ts";
import { yesNo } from "../nlu/yes-no.ts";
import type { ContactFlow } from "../state.ts";
import type { Choice, Turn } from "../turn.ts";
import { enterCode } from "./dialog/code-entry.ts";
import type { ContactKind } from "./dialog/contact-answers.ts";
import { asksBothContacts, namedContactKind, otherKindNamed } from "./dialog/contact-answers.ts";
import { turkishLetterInAddress, withDottedCapitalsFolded } from "./dialog/email-letters.ts";
import { declineForOtherTopic } from "./dialog/leaving-topic.ts";
import { oldContactOrCodeAsked } from "./dialog/old-contact-code.ts";
import { asksOtherTopic } from "./dialog/other-topic.ts";
import type { FlowHandler } from "./flow-handler.ts";

/** Which contact changes; the typed words are data (`locales/<lng>/choices.yaml`, question `contactKind`). */
export const kindChoices: Choice<"email" | "phone">[] = [
  { id: "email", labelKey: "contact.kind.email", synonyms: synonymsOf("contactKind", "email") },
  { id: "phone", labelKey: "contact.kind.phone", synonyms: synonymsOf("contactKind", "phone") },
];

/**
 * Asks which contact to change (verification already done); `noted` is the contact the request
 * named, said at the question (whose buttons stay, `interfaces.md` §4's order) and taken by "evet".
 */
export function startContactUpdate(turn: Turn, noted?: ContactKind, notedValue?: string): void {
  const flow: ContactFlow = {
    name: "contact",
    step: "kind",
    ...(noted ? { noted } : {}),
    ...(noted && notedValue ? { notedValue } : {}),
  };
  turn.state.flow = flow;
  prompt(turn, flow);
}

const masked = (kind: ContactKind, value: string) => (kind === "email" ? maskEmail(value) : maskPhone(value));

function prompt(turn: Turn, flow: ContactFlow): void {
  if (flow.step === "kind") {
    // the new value the request gave is named (masked): the code goes to it once the kind is chosen
    if (flow.noted && flow.notedValue)
      turn.say(`contact.value_understood.${flow.noted}`, { target: masked(flow.noted, flow.notedValue) });
    else if (flow.noted) turn.say(`contact.kind_understood.${flow.noted}`);
    turn.say("contact.ask_kind", undefined, turn.buttons(kindChoices));
  } else if (flow.step === "value") turn.say(`contact.ask_value.${flow.kind ?? "email"}`);
  else turn.say("contact.ask_code");
}

/**
 * Whether the verification behind the update still lasts (15 minutes, interfaces §4); when it ran
 * out, the flow ends with the expiry and a button to start again, before any further question.
 */
async function stillVerified(turn: Turn): Promise<boolean> {
  if (await turn.deps.ra.verifiedSubject(turn.ref.id)) return true;
  turn.state.flow = undefined;
  turn.say("verify.expired", undefined, [{ id: "i:contact_update", label: turn.t("verify.retry") }]);
  return false;
}

/**
 * The new value typed at the value question, for the kind asked or, when the customer changed their
 * mind, the other kind: its address or number ("muhasebe@ornek.com.tr" at the phone question) is
 * taken for that kind, and a bare mention of it ("aslında e-posta olsun") switches the question
 * (`switched`). Another topic is `declined`; otherwise the format error and the question again (undefined).
 */
function readNewValue(
  turn: Turn,
  flow: ContactFlow,
  raw: string,
): { kind: ContactKind; value: string } | "switched" | "declined" | undefined {
  const asked = flow.kind ?? "email";
  // "YENİ@ORNEK.COM": the dotted capital İ of a Turkish keyboard is folded (dialog/email-letters.ts)
  const typed = withDottedCapitalsFolded(raw);
  let reason: string;
  try {
    return { kind: asked, value: validateApplicationField(asked, asked === "email" ? typed : raw) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    reason = turn.t(`errors.${error.code}`);
  }
  const other: ContactKind = asked === "email" ? "phone" : "email";
  try {
    const value = validateApplicationField(other, other === "email" ? typed : raw);
    flow.kind = other;
    return { kind: other, value };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
  }
  if (otherKindNamed(turn.input.folded, asked) && !/\d{3}|@/.test(raw)) {
    flow.kind = other;
    return "switched";
  }
  // an address or a number typed alone is an answer, whatever topic its words suggest to the
  // classifier ("muhasebe@fırma.com" read as applying); only a sentence may ask another topic
  if (!typedAlone(raw) && asksOtherTopic(turn)) return "declined";
  // "muhasebe@fırma.com": an address with a Turkish letter is refused saying why
  if (turkishLetterInAddress(typed)) reason = turn.t("app.email_turkish_letters");
  turn.say("app.invalid", { reason });
  prompt(turn, flow);
  return undefined;
}

/** One word holding "@", or a number with its separators: what a value typed alone looks like. */
function typedAlone(raw: string): boolean {
  return /^\S*@\S*$|^[\d\s()+-]{7,}$/.test(raw.trim());
}

/**
 * The kind of a contact typed alone but not valid: one word holding "@" is an e-mail address, a
 * number of 7 or more digits beginning with "0" or "+" a phone number (a bare 10-digit number may be
 * a VKN typed again, and is no answer here).
 */
function attemptedContact(raw: string): ContactKind | undefined {
  const text = raw.trim();
  if (/^\S*@\S*$/.test(text)) return "email";
  if (/^\(?[0+][\d\s()+-]{6,}$/.test(text) && text.replace(/\D/g, "").length >= 7) return "phone";
  return undefined;
}

/** The kind of a new e-mail address or mobile number typed whole, if the text is one. */
function typedContact(raw: string): ContactKind | undefined {
  for (const kind of ["email", "phone"] as const) {
    try {
      validateApplicationField(kind, kind === "email" ? withDottedCapitalsFolded(raw) : raw);
      return kind;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
  }
  return undefined;
}

/** Declines another topic for the engine; leaving the update is said (dialog/leaving-topic.ts). */
function declineFor(turn: Turn): false {
  return declineForOtherTopic(turn, "contact.left", "contact_update");
}

/**
 * The answer to the offer made after an update: the other contact by "evet", by its button or its
 * name, or the new value typed at once; "hayır" closes it; anything else is another topic, and the
 * offer goes without a word (the update itself is done).
 */
async function answerOffer(turn: Turn, flow: ContactFlow): Promise<boolean> {
  const raw = turn.input.raw;
  const typed = raw === undefined ? undefined : typedContact(raw);
  const answer = raw === undefined ? undefined : yesNo(turn.input.folded, raw);
  // a question, even one naming it ("telefon numaranız nedir?"), is another topic
  if (raw !== undefined && !typed && isQuestion(raw, turn.input.folded)) {
    turn.state.flow = undefined;
    return false;
  }
  const named = raw === undefined ? undefined : namedContactKind(turn.input.folded);
  const kind =
    turn.pick(kindChoices) ??
    typed ??
    (answer === "yes" ? flow.noted : undefined) ??
    (named && answer !== "no" ? named : undefined);
  if (!kind) {
    turn.state.flow = undefined;
    if (answer !== "no") return false;
    turn.say("contact.offer_declined");
    return true;
  }
  if (!(await stillVerified(turn))) return true;
  turn.state.flow = { name: "contact", step: "value", kind };
  if (typed) return contactUpdateFlow.handle(turn, turn.state.flow);
  prompt(turn, turn.state.flow);
  return true;
}

/** The old contact and whether it is told, asked (folded): "eski numaraya bildirim gider mi". */
const oldContactTold =
  /\b(eski|onceki|mevcut|kayitli)\w* (numara|telefon|adres|e ?posta|mail|iletisim)\w*( \S+){0,3} (bildirim|bilgi|haber|mesaj|sms|mail)\w*|\b(old|previous|current|registered) (number|phone|address|email|e mail|contact)\w*( \S+){0,3} (be )?(told|notified|informed|get|receive|hear)\w*|\b(notify|tell|inform)\w* (the )?(old|previous) (number|phone|address|email|e mail|contact)\b/;

/** Whether a folded message asks if the old contact is told of the change. */
function oldContactAsked(folded: string): boolean {
  return oldContactTold.test(folded);
}

/** The contact update flow as the engine drives it. */
export const contactUpdateFlow: FlowHandler<ContactFlow> = {
  async handle(turn, flow) {
    if (flow.step === "kind") {
      // "eski numaraya bildirim gider mi", "will the old e-mail be told?": yes, the old contact is
      // told of the change (KVKK, domain brief); the question again
      if (turn.input.raw !== undefined && oldContactAsked(turn.input.folded)) {
        turn.say("contact.old_told_asked");
        prompt(turn, flow);
        return true;
      }
      // both at once: the update goes one contact at a time (interfaces §4), the question again
      if (turn.input.raw !== undefined && asksBothContacts(turn.input.folded)) {
        turn.say("contact.one_at_a_time");
        prompt(turn, flow);
        return true;
      }
      // after an update: the other contact offered, taken by "evet" or by naming it ("bir de telefon")
      if (flow.offered) return answerOffer(turn, flow);
      // the contact named before ("evet"), or the new address or number typed at once
      const typed = turn.input.raw === undefined ? undefined : typedContact(turn.input.raw);
      // a value typed alone but mistyped ("muhasebe@ornek,com.tr", "0532 98 76") is still an answer
      // of its kind: the value question below tells the format and asks again
      const attempted =
        typed ?? (turn.input.raw === undefined ? undefined : attemptedContact(turn.input.raw));
      const kind =
        turn.pick(kindChoices) ??
        (flow.noted && yesNo(turn.input.folded, turn.input.raw) === "yes" ? flow.noted : undefined) ??
        attempted;
      // Another topic (R5.2 "unvanımız değişti", a price question …): the engine answers it.
      if (
        !kind &&
        turn.input.raw !== undefined &&
        understand(turn.input.folded, nluLocaleOf(turn.ref.locale)).kind === "intent"
      )
        return declineFor(turn);
      if (!kind) {
        turn.say("app.choose_one");
        prompt(turn, flow);
        return true;
      }
      if (!(await stillVerified(turn))) return true;
      flow.kind = kind;
      flow.step = "value";
      // "0533 222 11 00" at the question: the answer and the new value at once
      if (attempted) return contactUpdateFlow.handle(turn, flow);
      // the new value the request gave ("0544 111 22 33 olarak güncellemek istiyoruz"): not asked again
      const given = kind === flow.noted ? flow.notedValue : undefined;
      flow.notedValue = undefined;
      if (given !== undefined) return sendToNewContact(turn, flow, kind, given);
      prompt(turn, flow);
      return true;
    }
    const raw = turn.input.raw;
    if (raw === undefined) return false;
    if (flow.step === "value") {
      // "eski numara artık kullanılmıyor kod oraya gitti mi": the code goes to the new contact
      if (oldContactOrCodeAsked(turn.input.folded)) {
        turn.say("contact.code_to_new_contact");
        prompt(turn, flow);
        return true;
      }
      const read = readNewValue(turn, flow, raw);
      if (read === "switched") {
        if (await stillVerified(turn)) prompt(turn, flow);
        return true;
      }
      if (read === "declined") return declineFor(turn);
      if (read === undefined) return true;
      return sendToNewContact(turn, flow, read.kind, read.value);
    }
    return enterNewContactCode(turn, flow);
  },
  reprompt(turn, flow) {
    prompt(turn, flow);
  },
  back(turn, flow) {
    if (flow.step === "kind") return false;
    flow.step = flow.step === "code" ? "value" : "kind";
    prompt(turn, flow);
    return true;
  },
  expectsNumber(flow) {
    return flow.step !== "kind";
  },
};

/** Sends the code to the new contact (checked by the RA) and moves to the code question. */
async function sendToNewContact(
  turn: Turn,
  flow: ContactFlow,
  kind: ContactKind,
  value: string,
): Promise<boolean> {
  try {
    const sent = await turn.deps.ra.startContactUpdate({
      ...turn.codeRequester(),
      kind,
      newValue: value,
    });
    flow.step = "code";
    flow.codeSentAt = turn.deps.clock.now().getTime();
    turn.say("contact.code_sent", {
      target: sent.maskedTarget || (kind === "email" ? maskEmail(value) : maskPhone(value)),
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error instanceof RateLimitError) {
      turn.state.flow = undefined;
      turn.say("verify.rate_limited");
      return true;
    }
    if (error instanceof ValidationError || error.code === "same_contact") {
      turn.say(error.code === "same_contact" ? "contact.same" : "app.invalid", {
        reason: turn.t(`errors.${error.code}`),
      });
      prompt(turn, flow);
      return true;
    }
    turn.state.flow = undefined;
    turn.say("verify.expired", undefined, [{ id: "i:contact_update", label: turn.t("verify.retry") }]);
  }
  return true;
}

/** The code sent to the new contact: checked, then the update is done and the other contact offered. */
async function enterNewContactCode(turn: Turn, flow: ContactFlow): Promise<boolean> {
  const entered = await enterCode(turn, {
    check: async (code) => {
      const { updated, attemptsLeft, expired } = await turn.deps.ra.confirmContactUpdate({
        conversationId: turn.ref.id,
        code,
        locale: turn.ref.locale,
      });
      return { ok: updated, attemptsLeft, expired };
    },
    sentAt: flow.codeSentAt,
    retryTopic: "contact_update",
    // an address typed here asks again for the code it was sent; a code that does not arrive to
    // the new contact may mean the new value is mistyped
    contactTypedKey: `contact.code_reminder.${flow.kind ?? "email"}`,
    unreachableKey: `contact.code_not_arriving.${flow.kind ?? "email"}`,
  });
  if (entered === "declined") return declineFor(turn);
  if (entered === "ok") {
    // the other contact is offered at once ("şimdi telefon", "evet"); anything else leaves silently
    const other: ContactKind = flow.kind === "phone" ? "email" : "phone";
    turn.state.flow = { name: "contact", step: "kind", noted: other, offered: true };
    turn.say(`contact.updated.${flow.kind ?? "email"}`);
    turn.say(
      `contact.offer_other.${other}`,
      undefined,
      turn.buttons(kindChoices.filter((c) => c.id === other)),
    );
  }
  return true;
}
