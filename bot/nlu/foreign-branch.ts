/**
 * A foreign company's branch in Turkey told (folded): "Alman şirketinin Türkiye şubesiyiz",
 * "yabancı firmanın Türkiye şubesi", "Türkiye şubesiyiz, merkezimiz Almanya'da", "we are the Turkish
 * branch of a German company". Nationalities and foreign countries read as "yabancı"/"foreign"
 * (./nationalities.ts asForeign).
 *
 * R9.1 keeps from the online application the firms "whose representatives are foreign (100 %
 * foreign-owned)" (seed: "şirketi temsile yetkili olan kişilerin yabancı olduğu kurumlar"): the
 * persons authorised to represent it decide, as the dialog does for the signatory (one foreign
 * signatory: a Turkish representative signs; all of them foreign: R9.1). A branch registered in
 * Turkey is a Turkish taxpayer with its own VKN and unvan and its own registered representative, so
 * it applies online as a tüzel kişi with a representative who has a TCKN; only when every person
 * authorised to represent it is foreign does R9.1 send it to GİB in writing. So the branch is no
 * R9 case by itself: the application, with that said (bot/flows/application.ts).
 */
import { asForeign } from "./nationalities.ts";
import { isQuestion } from "./question-form.ts";

const branch =
  /\byabanci( \S+)? (sirket|firma|kurulus|grup|holding)\w*( \S+){0,2} (sube|ofis)\w*|\bturkiye (sube|subesi)\w*.*\byabanci\b|\byabanci\b.*\bturkiye sube\w*|\bbranch (office )?(of|for) (an? |the |our )?foreign\b|\bforeign (company|firm|parent|group)( s)?( \S+){0,2} branch|\bturkish branch\b.*\bforeign\b|\bforeign\b.*\bturkish branch\b/;

/** Whether a folded message says the firm is a foreign company's branch in Turkey. */
export function foreignBranchTold(folded: string): boolean {
  return branch.test(asForeign(folded));
}

/** Able or allowed asked without a question word (folded): "başvurabilirmiyiz", "mümkünmü", "allowed". */
const ableAsked =
  /\b\w*(?:abilir|ebilir) ?m[iu]\w*|\bmumkun ?m[iu]\w*|\bolur ?mu\b|\b(?:allowed|eligible|able to|possible)\b/;

/**
 * Whether a message (raw for its "?", and folded) asks whether a foreign company's branch may apply
 * ("yabancı şirketin Türkiye şubesiyiz başvurabilir miyiz", "we are the Turkish branch of a German
 * company, can we apply?"): a question, not the branch told in order to apply.
 */
export function foreignBranchAsked(raw: string, folded: string): boolean {
  return foreignBranchTold(folded) && (isQuestion(raw, folded) || ableAsked.test(folded));
}
