/**
 * `/mm` subcommands (`interfaces.md` §5): each turns the agent's words into one call of the RA or
 * the hand-off service and the result into a Block Kit answer. No business rule lives here: who may
 * revoke, approve or update is decided by core (the agent id comes from Slack's signed request).
 */
import type { TFunction } from "i18next";
import type { AgentHandoffs } from "../../bot/handoff/agent-handoffs.ts";
import type { HandoffView } from "../../bot/handoff/handoff-desk.ts";
import type { AuditEvent } from "../../core/audit/audit-log.ts";
import { DomainError } from "../../core/errors/domain-error.ts";
import { normaliseSerial } from "../../core/pki/serial-number.ts";
import type { CertificateView } from "../../core/ports/certificate-authority.ts";
import { maskIdNumber } from "../../core/privacy/mask.ts";
import type { SeedRevocationReason } from "../../core/ra/ports/revocation-request-repository.ts";
import { hsmSteps } from "../../core/ra/production-service.ts";
import type { OrderStatusView } from "../../core/ra/registration-authority.ts";
import type { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import { foldCommandWord } from "./fold-command.ts";
import { type AnswerButton, answer, type SlackAnswer } from "./slack-answer.ts";

/** What the subcommands work with. */
export interface MmDeps {
  ra: RegistrationAuthorityService;
  handoffs: AgentHandoffs;
  audit: { append(event: AuditEvent): Promise<unknown> };
  /** Texts of `locales/<lng>/slack.json`. */
  t: TFunction;
  /** Posts a revocation request with Onayla/Reddet buttons to the support channel (four eyes). */
  announceRevocationRequest(text: SlackAnswer): Promise<void>;
  /** Told of an unexpected failure (logged by the console); the agent sees a generic answer. */
  onUnexpected?(error: unknown): void;
}

/** Action ids of the console's buttons. */
export const mmActions = {
  approve: "mm_revocation_approve",
  reject: "mm_revocation_reject",
  hsmStep: "mm_hsm_step",
  take: "mm_handoff_take",
} as const;

const subcommands: Record<string, string> = {
  yardim: "help",
  help: "help",
  durum: "status",
  kimlik: "identity",
  dogrula: "verify",
  guncelle: "update",
  iptal: "revoke",
  onayla: "approve",
  reddet: "reject",
  basvuru: "application",
  devral: "take",
  bitir: "finish",
};

const revocationReasons: Record<string, SeedRevocationReason> = {
  kayip: "kayip",
  calinti: "calinti",
  gib: "gib",
  kotuye: "misuse",
};

/** The entry of `table` named by a typed word; never an inherited key such as `constructor` or `__proto__`. */
function ownEntry<T>(table: Record<string, T>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** Runs one `/mm` line for an agent already authorised; never throws. */
export async function runMm(deps: MmDeps, agentId: string, line: string): Promise<SlackAnswer> {
  const words = line.trim().split(/\s+/).filter(Boolean);
  const sub = ownEntry(subcommands, foldCommandWord(words[0] ?? "yardim"));
  const args = words.slice(1);
  const t = deps.t;
  await deps.audit.append({
    actor: `agent:${agentId}`,
    action: "slack_command",
    subject: sub ?? "unknown",
    details: { args: args.length },
  });
  try {
    switch (sub) {
      case "help":
        return help(t);
      case "status":
        return await status(deps, agentId, args);
      case "identity":
        return await identity(deps, agentId, args);
      case "verify":
        return await verify(deps, agentId, args);
      case "update":
        return await update(deps, agentId, args);
      case "revoke":
        return await revoke(deps, agentId, args);
      case "approve":
      case "reject":
        return await decide(deps, agentId, args[0], sub === "approve");
      case "application":
        return await application(deps, args);
      case "take":
      case "finish":
        return await handoff(deps, agentId, args, sub);
      default:
        return answer([t("unknown_subcommand", { word: words[0] ?? "" }), t("help.title"), t("help.body")]);
    }
  } catch (error) {
    return failure(deps, error);
  }
}

/** A coded error as the agent reads it; anything else as a generic failure (details go to the log). */
export function failure(deps: Pick<MmDeps, "t" | "onUnexpected">, error: unknown): SlackAnswer {
  const t = deps.t;
  if (error instanceof DomainError)
    return answer([
      `:warning: ${t(`errors.${error.code}`, { defaultValue: t("errors.generic"), ...error.details })}`,
    ]);
  deps.onUnexpected?.(error);
  return answer([`:warning: ${t("errors.generic")}`]);
}

function help(t: TFunction): SlackAnswer {
  return answer([t("help.title"), t("help.body")]);
}

function usage(t: TFunction, sub: string): SlackAnswer {
  return answer([`:information_source: ${t(`usage.${sub}`)}`]);
}

async function status(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  const arg = args.join("");
  if (!arg) return usage(t, "durum");
  if (/^\d{10,11}$/.test(arg)) {
    const certs = (await deps.ra.agents.certificatesOf({ agentId, subject: arg })).filter(
      (c) => c.kind === "sign",
    );
    if (certs.length === 0) return answer([t("status.none", { subject: maskIdNumber(arg) })]);
    return answer(certs.map((c) => describeCertificate(t, c)));
  }
  if (/^mm\d{10}$/i.test(arg)) {
    await audit(deps, agentId, "agent_status_lookup", arg.toUpperCase());
    const order = await deps.ra.orderStatus(arg);
    if (!order) return answer([t("status.no_order", { orderNo: arg.toUpperCase() })]);
    return answer(describeOrder(t, order));
  }
  await audit(deps, agentId, "agent_status_lookup", normaliseSerial(arg) ?? arg.toLowerCase());
  const certificate = await deps.ra.certificateStatus(arg);
  if (!certificate) return answer([t("status.none", { subject: arg })]);
  return answer([describeCertificate(t, certificate)]);
}

/** One certificate as agents read it: serial, holder masked, validity or revocation. */
export function describeCertificate(t: TFunction, c: CertificateView): string {
  const base = { serial: c.serial, vkn: maskIdNumber(c.vkn), notAfter: day(c.notAfter) };
  if (c.status === "revoked")
    return t("status.revoked", {
      ...base,
      revokedAt: time(c.revokedAt),
      reason: t(`reasons.${c.revocationReason ?? "unspecified"}`, { defaultValue: c.revocationReason ?? "" }),
    });
  return t(`status.${c.status}`, base);
}

function describeOrder(t: TFunction, o: OrderStatusView): string[] {
  const lines = [
    t("order.head", {
      orderNo: o.orderNo,
      medium: t(`order.medium_${o.medium}`),
      status: t(`order.status_${o.status}`, { defaultValue: o.status }),
    }),
    o.paid
      ? o.paymentPostsAt
        ? t("order.payment_posting", { at: time(o.paymentPostsAt) })
        : t("order.paid")
      : t("order.unpaid", { amount: (o.amountKurus / 100).toFixed(2) }),
  ];
  if (o.steps.length > 0)
    lines.push(
      o.steps.map((s) => `• ${t(`steps.${s.step}`, { defaultValue: s.step })} — ${time(s.at)}`).join("\n"),
    );
  if (o.delivery)
    lines.push(
      t("order.delivery", {
        status: t(`order.delivery_${o.delivery.status}`, { defaultValue: o.delivery.status }),
        tracking: o.delivery.trackingNo ?? "—",
      }),
    );
  return lines;
}

async function identity(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  if (args.length !== 1) return usage(t, "kimlik");
  const sent = await deps.ra.agents.startVerification({ agentId, subject: args[0]! });
  return answer([t("identity.sent", { vkn: maskIdNumber(args[0]!), ...sent })]);
}

async function verify(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  if (args.length !== 2) return usage(t, "dogrula");
  const [subject, code] = args as [string, string];
  const outcome = await deps.ra.agents.submitCode({ agentId, subject, code });
  const vkn = maskIdNumber(subject);
  if (outcome.kind === "verified") return answer([`:white_check_mark: ${t("identity.verified", { vkn })}`]);
  if (outcome.kind === "contact_updated") return answer([`:white_check_mark: ${t("update.done", { vkn })}`]);
  return answer([`:x: ${t("identity.wrong_code", { vkn, count: outcome.attemptsLeft })}`]);
}

async function update(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  if (args.length < 3) return usage(t, "guncelle");
  const [subject, rawKind, ...value] = args as [string, string, ...string[]];
  const kindWord = foldCommandWord(rawKind);
  const kind =
    kindWord === "eposta" || kindWord === "e-posta" || kindWord === "email"
      ? "email"
      : kindWord === "telefon"
        ? "phone"
        : undefined;
  if (!kind) return usage(t, "guncelle");
  const started = await deps.ra.agents.startContactUpdate({
    agentId,
    subject,
    kind,
    newValue: value.join(" "),
  });
  return answer([t("update.code_sent", { vkn: maskIdNumber(subject), target: started.maskedTarget })]);
}

async function revoke(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  const reason = ownEntry(revocationReasons, foldCommandWord(args[1] ?? ""));
  if (args.length !== 2 || !reason) return usage(t, "iptal");
  let serial = args[0]!;
  if (/^\d{10,11}$/.test(serial)) {
    const live = (await deps.ra.agents.certificatesOf({ agentId, subject: serial })).filter(
      (c) => c.kind === "sign" && c.status !== "revoked",
    );
    if (live.length === 0) return answer([t("status.none", { subject: maskIdNumber(serial) })]);
    if (live.length > 1)
      return answer([
        t("revoke.which", { vkn: maskIdNumber(serial) }),
        live.map((c) => describeCertificate(t, c)).join("\n"),
      ]);
    serial = live[0]!.serial;
  }
  const result = await deps.ra.revocation.byAgent({ serial, reason, agentId });
  const reasonText = t(`revoke.reason_${reason}`);
  if (result.request.status === "pending") {
    const request = answer(
      [
        t("revoke.pending_channel", {
          agent: `<@${agentId}>`,
          serial: result.certificate.serial,
          reason: reasonText,
          id: result.request.id,
        }),
      ],
      [
        {
          actionId: mmActions.approve,
          label: t("buttons.approve"),
          value: result.request.id,
          style: "primary",
        },
        { actionId: mmActions.reject, label: t("buttons.reject"), value: result.request.id, style: "danger" },
      ],
    );
    await deps.announceRevocationRequest(request);
    return answer([
      t("revoke.pending", { id: result.request.id, serial: result.certificate.serial, reason: reasonText }),
    ]);
  }
  return answer([
    `:white_check_mark: ${t("revoke.done", { serial: result.certificate.serial, at: time(result.certificate.revokedAt), reason: reasonText })}`,
  ]);
}

/** `onayla`/`reddet` and the channel buttons: a second agent decides a pending request. */
export async function decide(
  deps: MmDeps,
  agentId: string,
  reference: string | undefined,
  approve: boolean,
): Promise<SlackAnswer> {
  const t = deps.t;
  if (!reference) return usage(t, approve ? "onayla" : "reddet");
  const pending = await deps.ra.revocation.findPending(reference);
  if (!pending) return answer([`:warning: ${t("errors.unknown_request")}`]);
  const decided = await deps.ra.revocation.decide({ requestId: pending.id, agentId, approve });
  if (!approve)
    return answer([t("revoke.rejected", { id: pending.id, agent: `<@${agentId}>`, serial: pending.serial })]);
  return answer([
    `:white_check_mark: ${t("revoke.approved", { id: pending.id, agent: `<@${agentId}>`, serial: pending.serial, at: time(decided.certificate.revokedAt) })}`,
  ]);
}

async function application(deps: MmDeps, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  if (args.length < 1) return usage(t, "basvuru");
  const order = await deps.ra.orderStatus(args.join(""));
  if (!order) return answer([t("status.no_order", { orderNo: args.join("").toUpperCase() })]);
  const lines = describeOrder(t, order);
  if (order.medium !== "hsm") return answer(lines);
  const done = order.steps.map((s) => s.step).filter((s) => (hsmSteps as readonly string[]).includes(s));
  const next = hsmSteps[done.length];
  if (!next || order.status === "awaiting_payment") {
    lines.push(next ? t("hsm.wait_payment") : t("hsm.complete"));
    return answer(lines);
  }
  lines.push(t("hsm.next", { step: t(`steps.${next}`) }));
  const button: AnswerButton = {
    actionId: mmActions.hsmStep,
    label: t(`hsm.button_${next}`),
    value: `${order.orderNo}:${next}`,
    style: "primary",
  };
  return answer(lines, [button]);
}

async function handoff(
  deps: MmDeps,
  agentId: string,
  args: string[],
  sub: "take" | "finish",
): Promise<SlackAnswer> {
  const t = deps.t;
  const ticket = (args[0] ?? "").toUpperCase();
  if (!ticket) return usage(t, sub === "take" ? "devral" : "bitir");
  const view: HandoffView =
    sub === "take" ? await deps.handoffs.take(ticket, agentId) : await deps.handoffs.finish(ticket, agentId);
  await audit(deps, agentId, sub === "take" ? "handoff_taken" : "handoff_finished", view.ticket);
  return answer([
    t(sub === "take" ? "handoff.taken" : "handoff.finished", { ticket: view.ticket, summary: view.summary }),
  ]);
}

async function audit(deps: MmDeps, agentId: string, action: string, subject: string): Promise<void> {
  await deps.audit.append({ actor: `agent:${agentId}`, action, subject });
}

function day(at: Date): string {
  return at.toLocaleDateString("tr-TR", {
    timeZone: "Europe/Istanbul",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
}

function time(at: Date | undefined): string {
  if (!at) return "—";
  return at.toLocaleString("tr-TR", {
    timeZone: "Europe/Istanbul",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
