/**
 * The application dialog (R3, `interfaces.md` §4): one field per question in the contract's
 * order, KVKK notice before question 2, R9 cases at question 1, card/HSM advice at question 8,
 * HSM group firms until "bitti", the masked summary with "onaylıyor musunuz?", corrections, and
 * the order number with the amount and payment channels.
 */
import { randomUUID } from "node:crypto";
import { ValidationError } from "../../core/errors/domain-error.ts";
import { type ApplicationField, validateApplicationField } from "../../core/ra/application-fields.ts";
import type { ApplicationSource } from "../../core/ra/application-source.ts";
import type { ApplicationInput } from "../../core/ra/registration-authority.ts";
import type { Choice } from "../choice.ts";
import { asksFieldCorrection, correctionPhrase } from "../nlu/correction-phrases.ts";
import { foldTurkish } from "../nlu/fold.ts";
import { foreignBranchTold } from "../nlu/foreign-branch.ts";
import { type Intent, recogniseIntent } from "../nlu/intents.ts";
import { associationTold, associationWord, firmFormTold, legalPersonTold } from "../nlu/legal-person.ts";
import { naturalPersonTold, naturalPersonToldOfSelf } from "../nlu/natural-person.ts";
import { isQuestion } from "../nlu/question-form.ts";
import { isR9Case } from "../nlu/r9.ts";
import { foreignPartnerTold } from "../nlu/r9-denial.ts";
import { signingNeedsOf } from "../nlu/signing-needs.ts";
import { yesNo } from "../nlu/yes-no.ts";
import type { ApplicationFlow } from "../state.ts";
import type { Turn } from "../turn.ts";
import { doneChoice, mediumChoices, yesNoChoices } from "./application-choices.ts";
import {
  type ApplicationStep,
  applicationSteps,
  correctionTargets,
  firstUnanswered,
  nextInTable,
  nextStep,
  previousStep,
  stepSpec,
  summaryLines,
} from "./application-steps.ts";
import { startContactProof } from "./contact-proof.ts";
import { barcodeAsked } from "./dialog/barcode-asked.ts";
import { mostSpecific, namedOptions, optionChosen, optionNamed, readChoice } from "./dialog/choice-answer.ts";
import { optionChoiceAsked } from "./dialog/choice-beside-question.ts";
import { continuedLater } from "./dialog/continued-later.ts";
import { type EarlierField, earlierValueCorrection } from "./dialog/correction-earlier-value.ts";
import { correctionValueIn } from "./dialog/correction-value.ts";
import { deliveryPlaceAsked } from "./dialog/delivery-place.ts";
import { otherRecipientAsked } from "./dialog/delivery-recipient.ts";
import { turkishLetterInAddress, withDottedCapitalsFolded } from "./dialog/email-letters.ts";
import { answerFieldQuestion } from "./dialog/field-question.ts";
import { foreignContactAsked, foreignPhoneAsked } from "./dialog/foreign-contact.ts";
import { saysAllForeign, saysForeignSignatory } from "./dialog/foreign-signatory.ts";
import { answerGlossaryQuestion } from "./dialog/glossary-question.ts";
import { idNumberAmongWords, isIdField } from "./dialog/id-number-answer.ts";
import { landlineAsked } from "./dialog/landline-asked.ts";
import { introducesNoName, nameAfterIntro } from "./dialog/name-after-intro.ts";
import { optionsAsked } from "./dialog/options-asked.ts";
import { companyFormNamed, personTypeOfIdNumber } from "./dialog/person-type-id.ts";
import { pricesAsked } from "./dialog/prices-asked.ts";
import { answerRevocationAside } from "./dialog/revocation-aside.ts";
import { saysSameNumber } from "./dialog/same-number.ts";
import { answerSideQuestion, answerSideTopic, sideTopicOf, twoSideTopicsOf } from "./dialog/side-question.ts";
import { answerSoleProprietorship } from "./dialog/sole-proprietor.ts";
import { someoneElseAsked } from "./dialog/someone-else-applies.ts";
import { subjectHelpAsked } from "./dialog/subject-help.ts";
import { courtesyOnly } from "./dialog/thanks-at-question.ts";
import { titleProblem, titleWithoutSentence } from "./dialog/title-answer.ts";
import { turkishLettersMissing } from "./dialog/title-spelling.ts";
import { titleWritingAsked } from "./dialog/title-writing.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { formatLira, linkParams } from "./info.ts";
import { orderPaymentUrl } from "./payment.ts";

/** Starts a new application. */
export async function startApplication(turn: Turn): Promise<void> {
  const flow: ApplicationFlow = {
    name: "application",
    step: "personType",
    data: {},
    // random, not the clock's instant: two applications of one conversation may start at one instant
    // (a replay's frozen clock), and one key would make the second a retry of the first
    key: `${turn.ref.id}:${randomUUID()}`,
  };
  turn.state.flow = flow;
  // "gerçek kişiyim", "şahsım" at the menu: question 1 is answered already (R3.1)
  if (turn.input.raw !== undefined && naturalPersonTold(turn.input.folded, turn.input.raw)) {
    turn.say("app.person_told");
    choosePersonType(turn, flow, "gercek");
    return;
  }
  // "Alman şirketinin Türkiye şubesiyiz": the branch applies online as a tüzel kişi unless all its
  // representatives are foreign (R9.1; bot/nlu/foreign-branch.ts), said with the GİB address for
  // that case (the foreign-partner text is not said before it: bot/intent-router.ts)
  if (turn.input.raw !== undefined && foreignBranchTold(turn.input.folded)) {
    turn.say("app.foreign_branch_alone");
    choosePersonType(turn, flow, "tuzel");
    return;
  }
  // "tüzel kişi başvurusu", "tuzel kisiyiz", "dernek olarak başvuru": question 1 is answered already
  // (R3.1; an association, foundation … applies as a tüzel kişi: bot/nlu/legal-person.ts)
  if (turn.input.raw !== undefined && legalPersonTold(turn.input.folded)) {
    turn.say(associationTold(turn.input.folded) ? "app.association_told" : "app.legal_told");
    choosePersonType(turn, flow, "tuzel");
    return;
  }
  // "firma adına başvuru, vkn 3230512384": the VKN tells a tüzel kişi, a TCKN a gerçek kişi
  if (personTypeByIdNumber(turn, flow)) return;
  prompt(turn, flow);
}

/**
 * Question 1 answered: the type stored, the privacy notice (before question 2), on to the next
 * question; a valid VKN or TCKN of that type in the same message answers question 2 too.
 */
function choosePersonType(turn: Turn, flow: ApplicationFlow, picked: "tuzel" | "gercek"): void {
  const answer = stepSpec("personType").answer;
  if (answer.kind === "choice") answer.store(flow.data, picked);
  turn.say("app.kvkk");
  flow.editing = false;
  const id =
    turn.input.raw === undefined || turn.input.button
      ? undefined
      : personTypeOfIdNumber(turn.input.raw, { testMode: turn.deps.testMode ?? false });
  if (id?.personType === picked) {
    flow.data.idNumber = id.idNumber;
    advance(turn, flow, "idNumber");
    return;
  }
  advance(turn, flow, "personType");
}

/** A message whose one valid VKN or TCKN tells the applicant's type: said so, and question 1 and 2 answered. */
function personTypeByIdNumber(turn: Turn, flow: ApplicationFlow): boolean {
  if (turn.input.raw === undefined || turn.input.button) return false;
  const id = personTypeOfIdNumber(turn.input.raw, { testMode: turn.deps.testMode ?? false });
  if (!id) return false;
  turn.say(id.personType === "tuzel" ? "app.legal_told" : "app.person_told");
  choosePersonType(turn, flow, id.personType);
  return true;
}

/**
 * The person type chosen told again at the next question ("gerçek kişiyim", "ben şahsım" after
 * "gerçek kişi"; "tüzel kişiyiz" after "tüzel"): no identity number nor name, so it was refused
 * with the field's format ("TCKN 11 haneli bir sayıdır"). Acknowledged, and the question again.
 */
function personTypeRepeated(turn: Turn, flow: ApplicationFlow): boolean {
  const raw = turn.input.raw;
  if (raw === undefined || turn.input.button || /\d/.test(raw)) return false;
  const folded = turn.input.folded;
  const type = flow.data.personType;
  const repeated =
    type === "gercek"
      ? naturalPersonTold(folded, raw)
      : type === "tuzel" && !associationTold(folded) && !isQuestion(raw, folded) && legalPersonTold(folded);
  if (!repeated) return false;
  turn.say(`app.person_type_kept.${type}`);
  prompt(turn, flow);
  return true;
}

/**
 * "aslında gerçek kişiyim" at a tüzel kişi's VKN or unvan question: the type was chosen wrong; the
 * application goes on as a gerçek kişi's (the VKN and unvan asked so far do not fit and are cleared).
 */
function personTypeSwitched(turn: Turn, flow: ApplicationFlow): boolean {
  if (turn.input.raw === undefined || flow.data.personType !== "tuzel") return false;
  if (flow.step !== "idNumber" && flow.step !== "title") return false;
  if (!naturalPersonToldOfSelf(turn.input.folded, turn.input.raw)) return false;
  flow.data.resumeAt = undefined;
  turn.say("app.person_switched");
  choosePersonType(turn, flow, "gercek");
  return true;
}

/** The summary's correction targets as choices (ids are step names, "group" for the HSM kind). */
function correctionChoices(flow: ApplicationFlow): Choice[] {
  return correctionTargets(flow.data).map(({ correction: c }) => ({
    id: c.id,
    labelKey: c.labelKey(flow.data),
    synonyms: c.synonyms(flow.data),
  }));
}

/** The field a typed text names to correct ("unvanı", "imza yetkilisinin tc si"), the most specific one. */
function correctionNamed(turn: Turn, flow: ApplicationFlow): string | undefined {
  const choices = correctionChoices(flow);
  if (turn.input.button || turn.input.raw === undefined) return turn.pick(choices);
  const byLabel = turn.pick(choices.map(({ synonyms: _s, ...c }) => c));
  if (byLabel) return byLabel;
  const named = optionNamed(turn, choices, { mostSpecific: true });
  return named.kind === "picked" ? named.id : undefined;
}

/** Words that ask to correct a field named with them ("telefonu düzeltmek istiyorum", "unvan yanlış"). */
const correctionCue =
  /\b(duzelt\w*|degis\w*|yanlis\w*|hatali|hata\w*|eksik|guncelle\w*|wrong|fix\w*|change\w*|typo|mistake\w*|incorrect|update)\b|\bcorrect(ing)? (the|my|it)\b/;

/** Words of a question about the summary itself ("onaylarsam ne olur?"). */
const aboutSummary = /\b(onay\w*|ozet\w*|evet|hayir|confirm\w*|summary|yes|no)\b/;

/** Topics a question about a step's options leans to that its explanation answers better. */
const generalTopics = new Set<Intent>(["about", "difference", "before_apply", "hsm_supply", "hsm_vs_card"]);

/** The step's own explanation of its options, for a question about them ("tüzel kişi nedir?"). */
const explanations: Partial<Record<ApplicationStep, string>> = {
  personType: "app.explain.personType",
  medium: "info.hsm_vs_card",
  hsmKind: "app.explain.hsmKind",
  summary: "app.explain.summary",
};

/**
 * A question typed at a choice question: a side topic gets its info answer (two side topics in one
 * message, both); a question about the step's options gets the step's explanation. True when
 * answered (the caller asks again).
 */
function answerChoiceQuestion(turn: Turn, flow: ApplicationFlow, choices: readonly Choice[]): boolean {
  const topic = sideTopicOf(turn);
  const explanation = explanations[flow.step];
  const folded = turn.input.folded;
  const options = choices.map((c) => ({
    id: c.id,
    words: [foldTurkish(turn.t(c.labelKey)), ...(c.synonyms ?? [])],
  }));
  // "fark ne", "hangisi bizim için", "which one?": the options asked without naming them
  const named = flow.step === "summary" ? [] : namedOptions(folded, options);
  const aboutOptions =
    flow.step === "summary" ? aboutSummary.test(folded) : named.length > 0 || optionsAsked(folded);
  // "kart mı olsun?", "should we take the card?": which to choose, whatever topic the words lean to
  const choiceAsked = optionChoiceAsked(folded, named);
  // "tüzel kişi nedir?": the step's own explanation over a general topic the classifier leans to
  if (
    explanation &&
    aboutOptions &&
    (choiceAsked || !topic || (topic !== "field_question" && generalTopics.has(topic)))
  ) {
    turn.say(explanation, linkParams(turn));
    return true;
  }
  const two = aboutOptions ? undefined : twoSideTopicsOf(turn);
  if (two) {
    for (const side of two) answerSideTopic(turn, side);
    return true;
  }
  if (!topic) return false;
  answerSideTopic(turn, topic);
  return true;
}

/** Asks the current step's question (from the table; the summary and the correction question composed). */
function prompt(turn: Turn, flow: ApplicationFlow): void {
  const d = flow.data;
  if (flow.step === "summary") {
    const t = turn.t.bind(turn);
    turn.sayText(
      [t("app.summary.title"), ...summaryLines(t, d), "", t("app.summary.confirm")].join("\n"),
      turn.buttons(yesNoChoices),
    );
    return;
  }
  if (flow.step === "correct") {
    turn.say("app.ask.correct", undefined, turn.buttons(correctionChoices(flow)));
    return;
  }
  // an unvan awaiting its spelling check: the check is the open question (dialog/title-spelling.ts)
  if ((flow.step === "title" || flow.step === "groupTitle") && d.titleSpelling !== undefined) {
    turn.say(
      "app.title_spelling.check",
      { title: d.titleSpelling.toLocaleUpperCase("tr") },
      turn.buttons(yesNoChoices),
    );
    return;
  }
  const question = stepSpec(flow.step).question?.(d) ?? { key: `app.ask.${flow.step}` };
  turn.say(question.key, question.params, question.choices && turn.buttons([...question.choices]));
}

/**
 * Moves on after a valid answer: to the summary when correcting one field from it, back to the
 * question the dialog was at when an earlier field was corrected in mid-dialog, else to the next
 * question.
 */
function advance(turn: Turn, flow: ApplicationFlow, from: ApplicationStep): void {
  const resumeAt = applicationSteps.find((s) => s === flow.data.resumeAt);
  flow.data.resumeAt = undefined;
  if (flow.editing && !stepSpec(from).structural) flow.step = "summary";
  else if (resumeAt && !stepSpec(from).structural) flow.step = resumeAt;
  // the medium changed from the summary to HSM and back to the card: the address given is kept
  else if (flow.revising) flow.step = firstUnanswered(nextStep(from, flow.data), flow.data);
  else flow.step = nextStep(from, flow.data);
  if (flow.step === "summary") flow.revising = undefined;
  flow.editing = false;
  prompt(turn, flow);
}

function reasonOf(turn: Turn, error: ValidationError): string {
  return turn.t(`errors.${error.code}`);
}

/** Whether the customer asks something else; then the engine answers it. */
function asksSomethingElse(turn: Turn): boolean {
  const hit = recogniseIntent(turn.input.folded);
  return hit !== undefined && hit.score >= 2;
}

/**
 * "pardon yanlış yazdım", "bir önceki soru": back one question, as "geri"; "baştan", "yeniden
 * başla": the application from question 1, said so. Never stored as an answer. At the summary a
 * "wrong" is its "hayır" (the field to correct is asked).
 */
function correctionAsked(turn: Turn, flow: ApplicationFlow): boolean {
  if (turn.input.raw === undefined) return false;
  const phrase = correctionPhrase(turn.input.folded);
  if (!phrase) return false;
  if (phrase === "restart") {
    turn.say("app.restart");
    void startApplication(turn);
    return true;
  }
  if (flow.step === "summary" || flow.step === "correct") return false;
  if (!applicationFlow.back(turn, flow)) {
    turn.say("commands.no_previous");
    prompt(turn, flow);
  }
  return true;
}

/**
 * "vkn'yi yanlış yazdım", "unvanı yanlış girdim", "telefonu düzeltmek istiyorum" in mid-dialog (the
 * message holds nothing but the field and correction words): the question of that earlier field,
 * then on to where the dialog was, the other answers kept. A field that changes the questions after
 * it (person type, medium, HSM kind) goes on in order from there. The current field, or one not
 * asked yet, gets the current question again (with a word that the other one comes later).
 */
function earlierFieldNamed(turn: Turn, flow: ApplicationFlow): boolean {
  if (turn.input.raw === undefined || turn.input.button) return false;
  if (flow.step === "summary" || flow.step === "correct") return false;
  const here = applicationSteps.indexOf(flow.step);
  const targets = correctionTargets(flow.data);
  const options = targets.map(({ correction: c }) => ({
    id: c.id,
    words: [foldTurkish(turn.t(c.labelKey(flow.data))), ...c.synonyms(flow.data)],
  }));
  const folded = turn.input.folded;
  const named = namedOptions(folded, options).filter((m) => !m.negated);
  if (named.length === 0) return false;
  let rest = folded;
  for (const m of [...named].sort((a, b) => b.start - a.start))
    rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  if (!asksFieldCorrection(rest)) return false;
  // "imza yetkilisinin adını": the most specific field named, as at the summary
  const id = mostSpecific(folded, named).id;
  const target = targets.find((t) => t.correction.id === id)!;
  // this question's own field, or one not asked yet: this question again, with a word on when
  if (applicationSteps.indexOf(target.step) >= here) {
    if (target.step !== flow.step)
      turn.say("app.correct_not_asked", { field: turn.t(target.correction.labelKey(flow.data)) });
    prompt(turn, flow);
    return true;
  }
  if (flow.editing) {
    startCorrection(turn, flow, id);
    return true;
  }
  const resumeAt = flow.step;
  target.correction.reset?.(flow.data);
  flow.step = target.step;
  flow.data.resumeAt = stepSpec(target.step).structural ? undefined : resumeAt;
  prompt(turn, flow);
  return true;
}

/**
 * "pardon yanlış yazdım, 45678912316 olacak", "aslında e-posta farklı olsun muhasebe@ornek.com.tr"
 * at a later question: the earlier field the value names is changed (checked as its question checks
 * it), said so with the summary's masked line, and the current question asked again
 * (bot/flows/dialog/correction-earlier-value.ts).
 */
function earlierFieldCorrectedWithValue(turn: Turn, flow: ApplicationFlow): boolean {
  const raw = turn.input.raw;
  if (raw === undefined || turn.input.button) return false;
  if (flow.step === "summary" || flow.step === "correct") return false;
  const answer = stepSpec(flow.step).answer;
  const here = applicationSteps.indexOf(flow.step);
  const earlier: EarlierField[] = correctionTargets(flow.data).flatMap(({ step, correction: c }) => {
    const spec = stepSpec(step);
    if (applicationSteps.indexOf(step) >= here || spec.structural || spec.answer.kind !== "text") return [];
    if ((flow.data as Record<string, unknown>)[step] === undefined) return [];
    const words = [turn.t(c.labelKey(flow.data)), ...c.synonyms(flow.data)];
    return [{ id: c.id, words, field: spec.answer.field(flow.data) }];
  });
  const current = answer.kind === "text" ? answer.field(flow.data) : undefined;
  const found = earlierValueCorrection(raw, turn.input.folded, current, earlier, {
    testMode: turn.deps.testMode ?? false,
  });
  if (!found) return false;
  const target = correctionTargets(flow.data).find((t) => t.correction.id === found.id)!;
  const spec = stepSpec(target.step);
  if (spec.answer.kind === "text" && spec.answer.store) spec.answer.store(flow.data, found.value);
  else (flow.data as Record<string, unknown>)[target.step] = found.value;
  const line = spec.summary?.(turn.t.bind(turn), flow.data)[0]?.replace(/^•\s*/, "");
  if (line) turn.say("app.corrected_earlier", { line });
  prompt(turn, flow);
  return true;
}

/** Why a group firm's VKN is refused: already in the group, or the applicant's own. */
function groupVknRefusal(d: ApplicationFlow["data"], vkn: string): string | undefined {
  if (d.group?.some((f) => f.vkn === vkn)) return "app.group.duplicate";
  if (d.personType !== "gercek" && d.idNumber === vkn) return "app.group.own";
  return undefined;
}

/**
 * A VKN or TCKN typed among words at its question ("vkn miz 3230512384 dir", "3230512384 kimin"):
 * the one number is the answer; several numbers, or a TCKN where a VKN is asked, are explained and
 * the question asked again. True when it handled the turn.
 */
function idNumberTyped(turn: Turn, flow: ApplicationFlow): boolean {
  const raw = turn.input.raw;
  const answer = stepSpec(flow.step).answer;
  if (raw === undefined || !/\d/.test(raw) || answer.kind !== "text") return false;
  const field = answer.field(flow.data);
  if (!isIdField(field)) return false;
  const read = idNumberAmongWords(raw, field, { testMode: turn.deps.testMode ?? false });
  if (!read) return false;
  if (read.kind === "value") {
    storeAnswer(turn, flow, read.value);
    return true;
  }
  if (read.kind === "several") turn.say("app.id_several");
  else if (read.kind === "tcknForVkn")
    turn.say(field === "groupVkn" ? "app.tckn_for_group_vkn" : "app.tckn_for_vkn");
  else turn.say("app.invalid", { reason: turn.t(`errors.${read.code}`) });
  prompt(turn, flow);
  return true;
}

/**
 * R9.1 and a foreign signatory, said at a question that takes a number or the signatory's name: ahead
 * of any number in the same message ("firmamız kooperatif, VKN'si …" is an R9 case, not a VKN). A
 * foreign signatory without a TCKN goes back to the signatory's name: a Turkish representative signs.
 */
function r9AtIdentityStep(turn: Turn, flow: ApplicationFlow): boolean {
  if (turn.input.raw === undefined) return false;
  if (contactStepAfterSigner(turn, flow)) return signerForeignAfterTckn(turn, flow);
  if (flow.step !== "idNumber" && flow.step !== "signerName" && flow.step !== "signerTckn") return false;
  const folded = turn.input.folded;
  // "yetkilimiz yabancı" is the one signatory; "yetkililerimizin hepsi yabancı" is R9.1 (r9.ts)
  if (flow.step !== "idNumber" && saysForeignSignatory(folded) && !saysAllForeign(folded)) {
    turn.say("app.signer_foreign");
    flow.step = "signerName";
    prompt(turn, flow);
    return true;
  }
  if (!isR9Case(folded)) return false;
  turn.state.flow = undefined;
  turn.say("info.r9");
  return true;
}

/**
 * The e-mail or the mobile question, asked right after the signatory's TCKN: what is said there of
 * the signatory ("yetkilimiz yabancı uyruklu, TC kimlik numarası yok") corrects the signatory, not
 * the contact (a message holding an address or a number is an answer, judged by the step).
 */
function contactStepAfterSigner(turn: Turn, flow: ApplicationFlow): boolean {
  if (flow.step !== "email" && flow.step !== "phone") return false;
  // "yabancı numara olur mu": the contact is foreign, not the signatory (dialog/foreign-contact.ts)
  return !/@|\d{3}/.test(turn.input.raw ?? "") && !foreignContactAsked(turn.input.folded);
}

/**
 * A foreign signatory told at the e-mail or mobile question: the TCKN given before cannot be the
 * signatory's. As at the signatory's questions: a Turkish representative signs, back to the
 * signatory's name; all representatives foreign is R9.1 (the application ends with its answer).
 */
function signerForeignAfterTckn(turn: Turn, flow: ApplicationFlow): boolean {
  const folded = turn.input.folded;
  if (!saysForeignSignatory(folded)) return false;
  if (saysAllForeign(folded)) {
    turn.state.flow = undefined;
    turn.say("info.r9");
    return true;
  }
  turn.say("app.signer_foreign");
  flow.step = "signerName";
  prompt(turn, flow);
  return true;
}

/** Behaviour of a step beyond its field: true when it handled the turn. */
async function beforeAnswer(turn: Turn, flow: ApplicationFlow): Promise<boolean> {
  const d = flow.data;
  switch (flow.step) {
    case "personType":
      // R9 at question 1: the R9 answer instead of the application.
      if (turn.input.raw !== undefined && isR9Case(turn.input.folded)) {
        turn.state.flow = undefined;
        turn.say("info.r9");
        return true;
      }
      // A foreign firm's branch in Turkey: how it applies, and the answer tüzel kişi (bot/nlu/foreign-branch.ts).
      if (turn.input.raw !== undefined && foreignBranchTold(turn.input.folded)) {
        turn.say("app.foreign_branch_alone");
        choosePersonType(turn, flow, "tuzel");
        return true;
      }
      // A foreign partner (with or without Turkish letters): the R9 text on foreign partners, then
      // question 1 again; only a 100 % foreign firm is an R9 case (caught above). A denied one
      // ("yabancı ortağımız yok") is no foreign partner (bot/nlu/r9-denial.ts).
      if (turn.input.raw !== undefined && foreignPartnerTold(turn.input.folded)) {
        turn.say("info.r9_foreign_partner");
        prompt(turn, flow);
        return true;
      }
      // "şahsım", "kendi şahsım adına", "I am a natural person": the answer gerçek kişi
      if (turn.input.raw !== undefined && naturalPersonTold(turn.input.folded, turn.input.raw)) {
        answerQuestionBeside(turn);
        choosePersonType(turn, flow, "gercek");
        return true;
      }
      // "biz bir derneğiz", "vakfıyız", "dernek": a body with its own VKN applies as a tüzel kişi
      if (turn.input.raw !== undefined && associationWord.test(turn.input.folded)) {
        turn.say("app.association_told");
        choosePersonType(turn, flow, "tuzel");
        return true;
      }
      // "vergi no 9876543217": a VKN is a tüzel kişi's, a TCKN a gerçek kişi's, and question 2's answer
      if (personTypeByIdNumber(turn, flow)) return true;
      // "biz limited şirketiz", "ltd şti", "anonim": a company applies as a tüzel kişi
      if (
        turn.input.raw !== undefined &&
        !turn.input.button &&
        (firmFormTold(turn.input.folded) ||
          (!isQuestion(turn.input.raw, turn.input.folded) &&
            (legalPersonTold(turn.input.folded) || companyFormNamed(turn.input.folded))))
      ) {
        answerQuestionBeside(turn);
        choosePersonType(turn, flow, "tuzel");
        return true;
      }
      return false;
    case "idNumber":
      // "gerçek kişiyim" right after choosing gerçek kişi: acknowledged, then the question again
      if (personTypeRepeated(turn, flow)) return true;
      // "VKN'mi hatırlamıyorum": where to find it, then the question again.
      if (turn.input.raw === undefined || d.personType === "gercek") return false;
      // "peki ya şahıs şirketiysek": a sole proprietorship applies as a gerçek kişi (R3.1)
      if (answerSoleProprietorship(turn)) {
        prompt(turn, flow);
        return true;
      }
      if (!["vkn", "any"].includes(subjectHelpAsked(turn.input.folded) ?? "")) return false;
      turn.say("app.vkn_help");
      prompt(turn, flow);
      return true;
    case "medium":
      // "fiyat farkı ne kadar", "hangisi daha ucuz": the prices (R6.1), after the advice when the
      // message tells how the firm signs ("dakikada 200 fatura, fiyatı ne"), then the question again
      if (turn.input.raw !== undefined && !turn.input.button && pricesAsked(turn.input.folded)) {
        if (describesSigning(turn.input.folded)) await adviseMedium(turn);
        answerSideTopic(turn, "prices");
        // "HSM istiyoruz, fiyatı ne?": the prices, and the medium chosen beside the question
        const chosen = optionChosen(turn, mediumChoices);
        if (chosen) {
          d.medium = chosen;
          advance(turn, flow, "medium");
          return true;
        }
        prompt(turn, flow);
        return true;
      }
      // R2.2/R2.3 at question 8: the advice, then the question again; a medium chosen beside the
      // volume ("HSM alalım, dakikada 300 fatura kesiyoruz") is taken after the advice
      if (!(await adviseMedium(turn))) return false;
      {
        const chosen = optionChosen(turn, mediumChoices);
        if (chosen) {
          d.medium = chosen;
          advance(turn, flow, "medium");
          return true;
        }
      }
      prompt(turn, flow);
      return true;
    case "groupVkn":
      if (!turn.pick(doneChoice)) return false;
      // R3.3.3: a group names at least one other firm
      if (!d.group?.length) {
        turn.say("app.group.empty");
        prompt(turn, flow);
        return true;
      }
      d.firm = undefined;
      flow.step = nextInTable("groupBarcode", d);
      if (flow.revising) flow.step = firstUnanswered(flow.step, d);
      if (flow.step === "summary") flow.revising = undefined;
      flow.editing = false;
      prompt(turn, flow);
      return true;
    case "groupBarcode":
      // "barkodumuz yok": no "yok" for "bitti", but what the barcode is (handleTextStep says it)
      if (turn.input.raw !== undefined && barcodeAsked(turn.input.raw, turn.input.folded)) return false;
      // "bitti" ends the list at the next VKN question; it is no barcode
      if (!turn.pick(doneChoice)) return false;
      turn.say("app.group.barcode_first");
      prompt(turn, flow);
      return true;
    case "title":
      // "şahsım" at a gerçek kişi's name question: acknowledged, then the question again
      if (d.personType === "gercek" && personTypeRepeated(turn, flow)) return true;
      return r9AtTitle(turn, flow);
    case "groupTitle":
      return r9AtTitle(turn, flow);
    default:
      return false;
  }
}

/**
 * "şirketiz, ne kadar sürer?", "we are a company, how long does it take?": the type told beside a
 * side question, which is answered before the type is taken (it was dropped).
 */
function answerQuestionBeside(turn: Turn): void {
  if (turn.input.raw !== undefined && isQuestion(turn.input.raw, turn.input.folded)) answerSideQuestion(turn);
}

/** R9 wherever the firm's type shows: an unvan such as "Örnek Kooperatifi" cannot apply online. */
function r9AtTitle(turn: Turn, flow: ApplicationFlow): boolean {
  if (turn.input.raw === undefined || !isR9Case(turn.input.folded)) return false;
  turn.say("info.r9");
  if (flow.step === "title") turn.state.flow = undefined;
  else {
    flow.data.firm = undefined;
    flow.step = "groupVkn";
    prompt(turn, flow);
  }
  return true;
}

async function handleChoiceStep(turn: Turn, flow: ApplicationFlow): Promise<boolean> {
  const spec = stepSpec(flow.step);
  const answer = spec.answer;
  if (answer.kind === "choice") {
    // "bu arada eski kartımız çalındı" at a button question: never the answer "kart"; revoke first
    if (turn.input.button === undefined && answerRevocationAside(turn)) {
      prompt(turn, flow);
      return true;
    }
    // "teşekkürler", "ok thanks, bye" at a button question: acknowledged, the answers stay
    const courtesy = turn.input.button ? undefined : courtesyOnly(turn.input.folded);
    if (courtesy) {
      turn.say(`app.courtesy_kept.${courtesy}`);
      prompt(turn, flow);
      return true;
    }
    const reading = readChoice(turn, answer.choices);
    const picked = reading.kind === "picked" ? reading.id : undefined;
    // "kart olsun, kaç günde gelir?": the side question answered, and the option taken
    if (reading.kind === "picked" && reading.withQuestion && !answerSideQuestion(turn))
      answerChoiceQuestion(turn, flow, answer.choices);
    if (reading.kind === "question" && answerChoiceQuestion(turn, flow, answer.choices)) {
      prompt(turn, flow);
      return true;
    }
    if (picked) {
      // The privacy notice before question 2 (and a VKN or TCKN typed with the type taken).
      if (flow.step === "personType") {
        choosePersonType(turn, flow, picked as "tuzel" | "gercek");
        return true;
      }
      answer.store(flow.data, picked);
      advance(turn, flow, flow.step);
      return true;
    }
  } else if (answer.kind === "summary") {
    // "onaylarsam ne olur?": a question is neither yes nor no
    if (
      turn.input.raw !== undefined &&
      isQuestion(turn.input.raw, turn.input.folded) &&
      answerChoiceQuestion(turn, flow, yesNoChoices)
    ) {
      prompt(turn, flow);
      return true;
    }
    // "hayır, unvanı yanlış yazmışım", "telefonu düzeltmek istiyorum": straight to that field
    if (turn.input.raw !== undefined) {
      const field = correctionNamed(turn, flow);
      const said = yesNo(turn.input.folded, turn.input.raw);
      if (field && (said !== "yes" || correctionCue.test(turn.input.folded))) {
        if (!correctedWithValue(turn, flow, field)) startCorrection(turn, flow, field);
        return true;
      }
    }
    const yes = turn.input.button ?? yesNo(turn.input.folded, turn.input.raw);
    if (yes === "yes") {
      await submit(turn, flow);
      return true;
    }
    if (yes === "no") {
      flow.step = "correct";
      prompt(turn, flow);
      return true;
    }
  } else if (answer.kind === "correct") {
    const picked = correctionNamed(turn, flow);
    if (picked) {
      if (!correctedWithValue(turn, flow, picked)) startCorrection(turn, flow, picked);
      return true;
    }
  } else return false;
  if (turn.input.raw !== undefined && asksSomethingElse(turn)) return false;
  // "tamam da", "evet ama", "hmm" at the summary: nothing submitted; what else they may type
  turn.say(flow.step === "summary" ? "app.summary_unclear" : "app.choose_one");
  prompt(turn, flow);
  return true;
}

/**
 * R2.2/R2.3: "hangisi?", a volume ("dakikada 200 fatura"), several signers or branches get the
 * advice; true when advice was given. Used at question 8 and for the same question outside a dialog.
 * What the message says is read by bot/nlu/signing-needs.ts: a count of branches or people is no
 * volume, and "which one" names no number.
 */
export async function adviseMedium(turn: Turn): Promise<boolean> {
  const f = turn.input.folded;
  if (!f || turn.input.button) return false;
  const needs = signingNeedsOf(f);
  const { perMinute, severalSigners, branches } = needs;
  if (perMinute === undefined && !severalSigners && !branches && !needs.describesSetup) {
    if (!needs.asksWhich) return false;
    turn.say("info.hsm_vs_card");
    return true;
  }
  const advice = turn.deps.ra.adviseMedium({ invoicesPerMinute: perMinute, severalSigners, branches });
  let key = "app.advice.cardOther";
  if (advice.reasons.includes("volume_per_minute")) key = "app.advice.hsm";
  else if (advice.medium === "hsm") key = "app.advice.hsmOther";
  else if (perMinute !== undefined) key = "app.advice.card";
  turn.say(key, { perMinute: Math.round(perMinute ?? 0) });
  return true;
}

/** Whether a folded message tells how the firm signs (a volume, signers, branches): R2.2's advice applies. */
function describesSigning(folded: string): boolean {
  const needs = signingNeedsOf(folded);
  return needs.perMinute !== undefined || needs.severalSigners || needs.branches || needs.describesSetup;
}

/** `text` as the field's value, or undefined when the field refuses it. */
function validOrUndefined(turn: Turn, field: ApplicationField, text: string): string | undefined {
  try {
    return validateApplicationField(field, text, { testMode: turn.deps.testMode ?? false });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return undefined;
  }
}

async function handleTextStep(turn: Turn, flow: ApplicationFlow): Promise<boolean> {
  const answer = stepSpec(flow.step).answer;
  if (answer.kind !== "text") return false;
  // "evet" to "is the unvan written so on your vergi levhası?" (dialog/title-spelling.ts)
  if (titleSpellingAnswered(turn, flow)) return true;
  const raw = turn.input.raw;
  if (raw === undefined) {
    turn.say("app.type_answer");
    prompt(turn, flow);
    return true;
  }
  const field = answer.field(flow.data);
  // "bu arada kartım çalındı": never an answer; how to revoke first, then the question again
  if (answerRevocationAside(turn)) {
    prompt(turn, flow);
    return true;
  }
  // "teşekkürler", "ok thanks, bye": acknowledged, the answers stay, the question again
  const courtesy = turn.input.button ? undefined : courtesyOnly(turn.input.folded);
  if (courtesy) {
    turn.say(`app.courtesy_kept.${courtesy}`);
    prompt(turn, flow);
    return true;
  }
  // "tamam teşekkürler sonra yazarım", "I'll continue later": the answers stay, the question again
  if (!turn.input.button && continuedLater(raw, turn.input.folded)) {
    turn.say("app.continued_later");
    prompt(turn, flow);
    return true;
  }
  // "muhasebeci başvurabilir mi", "can our accountant apply for us?": who is named, who gets the card
  if (someoneElseAsked(raw, turn.input.folded)) {
    turn.say("app.side.someone_else", linkParams(turn));
    prompt(turn, flow);
    return true;
  }
  // "ltd şti diye kısa yazsam olur mu", "unvan sertifikada nasıl görünecek": the certificate holds
  // the full unvan in Turkish capitals; never stored (a legal form in it passed the unvan check)
  const writing =
    field === "title" || field === "groupTitle" ? titleWritingAsked(raw, turn.input.folded) : undefined;
  if (writing) {
    turn.say(writing === "letters" ? "app.title_letters" : "info.title_full", linkParams(turn));
    prompt(turn, flow);
    return true;
  }
  // "şubemize gönderebilir misiniz", "can you ship it to our branch?": the address typed here is where it goes
  if (field === "deliveryAddress" && deliveryPlaceAsked(raw, turn.input.folded)) {
    turn.say("app.side.delivery_place");
    prompt(turn, flow);
    return true;
  }
  // "kartı muhasebecimize gönderebilir misiniz", "can it be sent to our accountant's office instead?":
  // who may receive the card (R3.3.1, R3.3.2), asked without an address; then the question again
  if (field === "deliveryAddress" && otherRecipientAsked(raw, turn.input.folded)) {
    turn.say("app.side.delivery", linkParams(turn));
    prompt(turn, flow);
    return true;
  }
  // "sabit hat yazsam olur mu", "can I give our office landline?": the question takes a mobile (§4)
  if ((field === "phone" || field === "techPhone") && landlineAsked(turn.input.folded)) {
    turn.say("app.phone_mobile_only");
    prompt(turn, flow);
    return true;
  }
  // "yabancı numara olur mu", "can I give a foreign mobile number?": a Turkish mobile is asked (§4)
  if ((field === "phone" || field === "techPhone") && foreignPhoneAsked(turn.input.folded)) {
    turn.say("app.phone_foreign", linkParams(turn));
    prompt(turn, flow);
    return true;
  }
  // "barkod nedir?", "what is the barcode?" at a group firm's questions: what it is (R3.3.3), then the question again
  if (field.startsWith("group") && barcodeAsked(raw, turn.input.folded)) {
    turn.say("app.barcode_explained", linkParams(turn));
    prompt(turn, flow);
    return true;
  }
  // "unvan ne demek?", "VKN nedir", "imza yetkilisi kim olmalı?": the glossary, then the question again
  if (answerGlossaryQuestion(turn)) {
    prompt(turn, flow);
    return true;
  }
  // "neden unvanımızı istiyorsunuz, anonim şirketiz": a question about the field, never its value
  // (a company-form word would pass the unvan check; the unvan becomes the certificate's CN)
  if (answerFieldQuestion(turn)) {
    prompt(turn, flow);
    return true;
  }
  // a question that would pass as a name, unvan or address ("pinim bloke oldu ne yapmalıyım")
  if (questionShaped(field, raw, turn.input.folded) && answerSideQuestion(turn)) {
    prompt(turn, flow);
    return true;
  }
  // the unvan becomes the certificate's name: a question, a non-answer or contact data is none
  const problem =
    field === "title" || field === "groupTitle" ? titleProblem(raw, turn.input.folded) : undefined;
  if (problem) {
    if (problem !== "question" || !answerSideQuestion(turn)) turn.say(`app.title_problem.${problem}`);
    prompt(turn, flow);
    return true;
  }
  // a gerçek kişi signing the seal himself: "aynı kişi", "kendim", "benim" at the signatory's name
  if (
    field === "signerName" &&
    flow.data.personType === "gercek" &&
    flow.data.title &&
    sameAsApplicant(turn.input.folded)
  ) {
    storeAnswer(turn, flow, flow.data.title);
    return true;
  }
  // "ben imza yetkilisiyim", "yetkili benim": who it is, but no name (it passed as one)
  if (["personName", "signerName", "techName"].includes(field) && introducesNoName(raw)) {
    turn.say("app.name_missing");
    prompt(turn, flow);
    return true;
  }
  // "YENİ@ORNEK.COM": the dotted capital İ of a Turkish keyboard is folded (dialog/email-letters.ts);
  // "Örnek Gıda Ltd. Şti.'yiz", "şirketimiz Örnek A.Ş.": the unvan without the sentence around it
  const isTitle = field === "title" || field === "groupTitle";
  const typed = field === "email" ? withDottedCapitalsFolded(raw) : isTitle ? titleWithoutSentence(raw) : raw;
  let value: string;
  try {
    value = validateApplicationField(field, typed, { testMode: turn.deps.testMode ?? false });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // "muhasebe@fırma.com": an address with a Turkish letter is refused saying why
    if (field === "email" && turkishLetterInAddress(typed)) {
      turn.say("app.invalid", { reason: turn.t("app.email_turkish_letters") });
      prompt(turn, flow);
      return true;
    }
    // "imza yetkilisi benim, Ayşe Yılmaz": the name after its introduction is the answer
    const named = nameAfterIntro(raw);
    const introduced = named === undefined ? undefined : validOrUndefined(turn, field, named);
    if (introduced !== undefined) {
      storeAnswer(turn, flow, introduced);
      return true;
    }
    // not this field's value: a side question gets its answer, then the same question; a text
    // longer than the field allows is an answer, never a side question (a 257-character unvan got
    // the "your unvan changed" answer), and gets its reason
    const max = error.details.max;
    const tooLong = typeof max === "number" && raw.trim().length > max;
    // "ok continue" at a name question acknowledges it: no side question, its reason
    const filler = error.code === "answer_is_filler" || error.code === "answer_is_medium";
    if (tooLong || filler || !answerSideQuestion(turn))
      turn.say("app.invalid", { reason: reasonOf(turn, error) });
    prompt(turn, flow);
    return true;
  }
  // "ornek bilisim anonim sirketi": how the CN will read, confirmed or typed again before it is kept
  if (isTitle && flow.data.titleSpelling !== value && turkishLettersMissing(typed)) {
    flow.data.titleSpelling = value;
    prompt(turn, flow);
    return true;
  }
  if (isTitle && typed !== raw) turn.say("app.title_read_as", { title: value.toLocaleUpperCase("tr") });
  storeAnswer(turn, flow, value);
  return true;
}

/**
 * The answer to the unvan's spelling check: yes keeps the unvan shown, no asks it again; anything
 * else is read as the unvan question's answer (typed again with its Turkish letters). True when handled.
 */
function titleSpellingAnswered(turn: Turn, flow: ApplicationFlow): boolean {
  const shown = flow.data.titleSpelling;
  if (shown === undefined) return false;
  const said =
    turn.input.button ??
    (turn.input.raw === undefined ? undefined : yesNo(turn.input.folded, turn.input.raw));
  if (said !== "yes" && said !== "no") return false;
  flow.data.titleSpelling = undefined;
  if (said === "yes") storeAnswer(turn, flow, shown);
  else turn.say("app.title_spelling.retype");
  return true;
}

/** "The signatory is the applicant himself", as answers to the signatory's name say it (folded text). */
function sameAsApplicant(folded: string): boolean {
  const text = folded.replace(/[.!]+$/u, "").trim();
  return /^(?:(?:evet|yine|o da|imza yetkilisi(?: de)?|yetkili(?: de)?)\s+)?(?:ayni kisi(?:yim|dir)?|ayni|kendim|kendisi|benim|ben(?: imzalayacagim| olacagim)?|(?:ben )?(?:imza )?yetkili(?:si)?yim|imzalayan (?:benim|ben)(?: zaten)?|imzayi ben (?:atacagim|atarim)|basvuran(?: kisi)?|kendi adima|same(?: person)?|myself|me|it s me)$/u.test(
    text,
  );
}

/** Stores a text step's valid answer and moves on (a group firm's VKN may still be refused). */
function storeAnswer(turn: Turn, flow: ApplicationFlow, value: string): void {
  const answer = stepSpec(flow.step).answer;
  if (answer.kind !== "text") return;
  const refusal = flow.step === "groupVkn" ? groupVknRefusal(flow.data, value) : undefined;
  if (refusal) {
    turn.say(refusal);
    prompt(turn, flow);
    return;
  }
  const step = flow.step;
  flow.data.titleSpelling = undefined;
  if (answer.store) answer.store(flow.data, value);
  else (flow.data as Record<string, unknown>)[step] = value;
  advance(turn, flow, step);
}

/** Free-text fields whose values never hold a question: names have no question words, an unvan or address no "?". */
function questionShaped(field: string, raw: string, folded: string): boolean {
  if (["personName", "signerName", "techName"].includes(field)) return isQuestion(raw, folded);
  if (["title", "groupTitle", "deliveryAddress", "hsmAddress"].includes(field)) return /\?\s*$/.test(raw);
  return false;
}

/** The conversation and network the application comes from (the new-application budget counts per client). */
function applicationSourceOf(turn: Turn): ApplicationSource {
  const { id, clientNetwork } = turn.ref;
  return clientNetwork ? { conversationId: id, network: clientNetwork } : { conversationId: id };
}

async function submit(turn: Turn, flow: ApplicationFlow): Promise<void> {
  const d = flow.data;
  const input: ApplicationInput = {
    personType: d.personType ?? "tuzel",
    idNumber: d.idNumber ?? "",
    title: d.title ?? "",
    signerName: d.signerName ?? "",
    signerTckn: d.signerTckn ?? "",
    email: d.email ?? "",
    phone: d.phone ?? "",
    medium: d.medium ?? "card",
    idempotencyKey: flow.key,
    channel: turn.ref.channel,
    locale: turn.ref.locale,
    source: applicationSourceOf(turn),
  };
  if (input.medium === "card") input.deliveryAddress = d.deliveryAddress ?? "";
  else
    input.hsm = {
      group: d.group ?? [],
      address: d.hsmAddress ?? "",
      techName: d.techName ?? "",
      techPhone: d.techPhone ?? "",
    };
  let result: Awaited<ReturnType<Turn["deps"]["ra"]["submitApplication"]>>;
  try {
    result = await turn.deps.ra.submitApplication(input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    turn.say("app.invalid", { reason: reasonOf(turn, error) });
    flow.step = "correct";
    prompt(turn, flow);
    return;
  }
  turn.state.flow = undefined;
  turn.state.lastOrderNo = result.orderNo;
  turn.state.orderShown = undefined;
  // R3.2: the virtual POS line carries this order's own payment link.
  const paymentUrl = orderPaymentUrl(turn, result);
  const channels = result.paymentChannels.map((c) =>
    turn.t(`payment.channel.${c.id}`, { count: c.postingDelayBusinessDays, paymentUrl }),
  );
  turn.sayText(
    [
      turn.t("app.submitted", { orderNo: result.orderNo, amount: formatLira(turn, result.amountKurus) }),
      ...channels.map((c) => `• ${c}`),
      turn.t("app.after_payment", { medium: turn.t(`app.medium.${input.medium}`) }),
    ].join("\n"),
    [
      { id: "i:order_status", label: turn.t("menu.order_status") },
      { id: "i:menu", label: turn.t("menu.menu") },
    ],
  );
  // After §4's last answer: a code to each contact proves it (R5.1, bot/flows/contact-proof.ts).
  await startContactProof(turn, result.orderNo);
}

function startCorrection(turn: Turn, flow: ApplicationFlow, id: string): void {
  const target = correctionTargets(flow.data).find((c) => c.correction.id === id);
  if (!target) return;
  target.correction.reset?.(flow.data);
  flow.step = target.step;
  flow.editing = !stepSpec(target.step).structural;
  flow.revising = stepSpec(target.step).structural ? true : undefined;
  prompt(turn, flow);
}

/**
 * A correction that names one field and holds a valid value for it ("hayır, telefon yanlış 0555 765
 * 43 21 olacak"): the value is stored, checked as the field's question checks it, and the summary
 * shown again. False when the message holds no such value (then the field's question is asked).
 */
function correctedWithValue(turn: Turn, flow: ApplicationFlow, id: string): boolean {
  const raw = turn.input.raw;
  const target = correctionTargets(flow.data).find((c) => c.correction.id === id);
  if (raw === undefined || turn.input.button || !target) return false;
  const spec = stepSpec(target.step);
  if (spec.structural || spec.answer.kind !== "text") return false;
  const value = correctionValueIn(spec.answer.field(flow.data), raw, {
    testMode: turn.deps.testMode ?? false,
  });
  if (value === undefined) return false;
  if (spec.answer.store) spec.answer.store(flow.data, value);
  else (flow.data as Record<string, unknown>)[target.step] = value;
  flow.step = "summary";
  flow.editing = false;
  prompt(turn, flow);
  return true;
}

/**
 * "Aynı", "benimki" at the signatory's TCKN of a gerçek kişi who signs the seal himself (his name
 * is the signatory's): the TCKN of question 2. Checked before the corrections, which would read
 * "kendi tc kimlik numaram" as naming that earlier field.
 */
function signerTcknIsApplicants(turn: Turn, flow: ApplicationFlow): boolean {
  const { personType, idNumber, title, signerName } = flow.data;
  if (flow.step !== "signerTckn" || personType !== "gercek" || !idNumber || !title || turn.input.button)
    return false;
  if (signerName?.toLocaleUpperCase("tr") !== title.toLocaleUpperCase("tr")) return false;
  if (!saysSameNumber(turn.input.folded)) return false;
  storeAnswer(turn, flow, idNumber);
  return true;
}

/** The application flow as the engine drives it. */
export const applicationFlow: FlowHandler<ApplicationFlow> = {
  async handle(turn, flow) {
    // the unvan's spelling check is answered only at its own question
    if (flow.step !== "title" && flow.step !== "groupTitle") flow.data.titleSpelling = undefined;
    if (signerTcknIsApplicants(turn, flow)) return true;
    if (earlierFieldCorrectedWithValue(turn, flow)) return true;
    if (correctionAsked(turn, flow)) return true;
    if (earlierFieldNamed(turn, flow)) return true;
    if (r9AtIdentityStep(turn, flow)) return true;
    if (personTypeSwitched(turn, flow)) return true;
    if (idNumberTyped(turn, flow)) return true;
    if (await beforeAnswer(turn, flow)) return true;
    if (stepSpec(flow.step).answer.kind === "text") return handleTextStep(turn, flow);
    return handleChoiceStep(turn, flow);
  },
  reprompt(turn, flow) {
    prompt(turn, flow);
  },
  back(turn, flow) {
    flow.data.resumeAt = undefined;
    if (flow.editing) {
      flow.editing = false;
      flow.step = "summary";
      prompt(turn, flow);
      return true;
    }
    const previous = previousStep(flow.step, flow.data);
    if (!previous) return false;
    flow.step = previous;
    prompt(turn, flow);
    return true;
  },
  expectsNumber(flow) {
    return stepSpec(flow.step).expectsNumber ?? false;
  },
};
