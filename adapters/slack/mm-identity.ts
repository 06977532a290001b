/**
 * `/mm kimlik`, `/mm dogrula` and `/mm guncelle` (`interfaces.md` §5, R5): a caller's identity
 * verification by a code to the registered contacts, and contact updates while verified. Core decides
 * every rule (checksums, what is on record, R5.2); these turn its answers into the agent's words.
 */
import { DomainError } from "../../core/errors/domain-error.ts";
import type { AgentCodeOutcome } from "../../core/ra/agent-case-service.ts";
import { type CallerSubject, callerSubject, subjectForm } from "./caller-subject.ts";
import { idLabelled } from "./id-label.ts";
import type { MmDeps } from "./mm-deps.ts";
import { echoTyped, usage } from "./mm-format.ts";
import { severalSubjects } from "./several-subjects.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";
import { updateArguments } from "./update-arguments.ts";
import { verifyArguments } from "./verify-arguments.ts";

/**
 * `kimlik <VKN|seri>`: a code to the caller's registered (proven) contacts, those named masked; a
 * serial names its holder (caller-subject.ts), and the answer says whose it is.
 */
export async function identity(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  if (args.length !== 1) return severalSubjects(t, "kimlik", args) ?? usage(t, "kimlik");
  const named = await callerSubject(deps, args[0]!);
  if (named.kind === "unknown_serial") return unknownSerial(t, named);
  const subject = named.subject;
  const sent = await deps.ra.agents.startVerification({ agentId, subject });
  // a code goes only to proven contacts: the answer names those, never an empty other one
  const key =
    sent.maskedEmail && !sent.maskedPhone
      ? "identity.sent_email"
      : sent.maskedPhone && !sent.maskedEmail
        ? "identity.sent_phone"
        : "identity.sent";
  return answer([
    // dogrula named in the form the agent started with: the serial, or <VKN>/<TCKN>
    t(key, {
      ...sent,
      vkn: idLabelled(subject, echoTyped(subject)),
      form: subjectForm(subject, named.serial),
    }),
    // by serial: whose certificate it is
    ...(named.serial
      ? [t("identity.by_serial", { serial: named.serial, vkn: idLabelled(subject, echoTyped(subject)) })]
      : []),
    // the code sent before is void now: the caller must read out this latest one
    ...(sent.replacedEarlier ? [`:warning: ${t("identity.earlier_code_void")}`] : []),
  ]);
}

/** A serial no certificate has: said so, nothing sent or checked. */
function unknownSerial(
  t: MmDeps["t"],
  named: Extract<CallerSubject, { kind: "unknown_serial" }>,
): SlackAnswer {
  return answer([t("status.none", { subject: echoTyped(named.serial) })]);
}

/**
 * `dogrula <VKN|seri> <kod>` (or `<kod> <VKN|seri>`): completes the verification, or the pending
 * contact update, of the holder named (a serial names its holder, as for `kimlik`).
 */
export async function verify(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  if (args.length < 2) return usage(t, "dogrula");
  // the holder and the code in either order, each with its label ("kod 123456 vkn 3230512384"); a word
  // beside the code ("482913 tamam") is a malformed line: the usage, before a try is counted
  const read = verifyArguments(args);
  if (read === undefined) return usage(t, "dogrula");
  const { subject: typedSubject, code } = read;
  const named = await callerSubject(deps, typedSubject);
  if (named.kind === "unknown_serial") return unknownSerial(t, named);
  const subject = named.subject;
  // core reads the code ("12 34 56" read out in groups is one code) and refuses a typo without a try
  let outcome: AgentCodeOutcome;
  try {
    outcome = await deps.ra.agents.submitCode({ agentId, subject, code });
  } catch (error) {
    if (error instanceof DomainError && error.code === "invalid_code_format")
      return answer([`:x: ${t("identity.code_format")}`]);
    throw error;
  }
  const vkn = idLabelled(subject, echoTyped(subject));
  if (outcome.kind === "verified") return answer([`:white_check_mark: ${t("identity.verified", { vkn })}`]);
  if (outcome.kind === "contact_updated")
    return answer([
      `:white_check_mark: ${
        outcome.changed
          ? t("update.done_named", {
              vkn,
              contact: t(`update.kind_${outcome.changed.kind}`),
              target: outcome.changed.maskedTarget,
            })
          : t("update.done", { vkn })
      }`,
    ]);
  if (outcome.kind === "update_verification_lapsed")
    return answer([`:x: ${t("update.verification_lapsed", { vkn })}`]);
  if (outcome.kind === "no_code") {
    // the same code sent again (a double submission): the caller is verified already, say so rather
    // than "no code, ask for a new one", which would send the caller a needless code
    if (await deps.ra.agents.isVerified({ agentId, subject }))
      return answer([`:information_source: ${t("identity.already_verified", { vkn })}`]);
    return answer([`:x: ${t("identity.no_code", { vkn })}`]);
  }
  if (outcome.attemptsLeft === 0) return answer([`:x: ${t("identity.no_attempts_left", { vkn })}`]);
  // the update's code was awaited: the caller's identity code typed again (already spent) is none of it
  if (outcome.forUpdate)
    return answer([
      `:x: ${t("update.wrong_code", {
        vkn,
        contact: t(`update.kind_${outcome.forUpdate.kind}`),
        target: outcome.forUpdate.maskedTarget,
        count: outcome.attemptsLeft,
      })}`,
    ]);
  return answer([`:x: ${t("identity.wrong_code", { vkn, count: outcome.attemptsLeft })}`]);
}

/** `guncelle <VKN> eposta|telefon <yeni değer>` (R5.1); `unvan`/`vkn` get the R5.2 answer from core. */
export async function update(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  // the contact in one word or two ("cep telefonu", "e-posta adresi"), before or after the VKN or
  // serial, or told by the new value itself
  const read = updateArguments(args);
  if (!read?.kind) return usage(t, "guncelle");
  const { kind, value } = read;
  // a VKN or unvan change needs no new value to be answered (R5.2)
  if (value.length === 0 && (kind === "email" || kind === "phone")) return usage(t, "guncelle");
  // an agent types the address itself; core would read one address among a customer's words, and
  // "ali veli@ornek.com" heard on the phone would send the code to veli@ornek.com, a stranger
  if (kind === "email" && value.length > 1) return answer([`:warning: ${t("update.email_with_spaces")}`]);
  // a serial names its holder, as for kimlik and dogrula
  const named = await callerSubject(deps, read.subject);
  if (named.kind === "unknown_serial") return unknownSerial(t, named);
  const subject = named.subject;
  let started: Awaited<ReturnType<MmDeps["ra"]["agents"]["startContactUpdate"]>>;
  try {
    started = await deps.ra.agents.startContactUpdate({ agentId, subject, kind, newValue: value.join(" ") });
  } catch (error) {
    const refused = notVerifiedBySerial(t, error, named.serial);
    if (refused) return refused;
    throw error;
  }
  return answer([
    t("update.code_sent", {
      vkn: idLabelled(subject, echoTyped(subject)),
      target: started.maskedTarget,
      form: subjectForm(subject, named.serial),
    }),
    // an earlier update waiting for its code is replaced: its code no longer works
    ...(started.replaced
      ? [
          `:warning: ${t("update.replaced", {
            contact: t(`update.kind_${started.replaced.kind}`),
            target: started.replaced.maskedTarget,
          })}`,
        ]
      : []),
  ]);
}

/**
 * Core's `not_verified` for a holder the agent named by serial: kimlik and dogrula named with that
 * serial (the generic answer names `<VKN>`, which the agent may not have); undefined otherwise.
 */
export function notVerifiedBySerial(
  t: MmDeps["t"],
  error: unknown,
  serial: string | undefined,
): SlackAnswer | undefined {
  if (!serial || !(error instanceof DomainError) || error.code !== "not_verified") return undefined;
  return answer([`:warning: ${t("errors.not_verified_by_serial", { serial })}`]);
}
