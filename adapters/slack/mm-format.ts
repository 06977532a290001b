/**
 * How the console's answers show things: certificates, dates, usage lines, and whatever an agent
 * typed when an answer repeats it (masked as personal data, Slack markup escaped; `interfaces.md` §5).
 */
import type { TFunction } from "i18next";
import { normaliseSerial } from "../../core/pki/serial-number.ts";
import type { CertificateView } from "../../core/ports/certificate-authority.ts";
import { maskPersonalData } from "../../core/privacy/mask.ts";
import type { AgentCertificateView } from "../../core/ra/agent-case-service.ts";
import { normaliseOrderNumber } from "../../core/ra/order-number.ts";
import { idLabelled } from "./id-label.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";
import { escapeSlackText } from "./slack-text.ts";

/** Most characters of an agent's typed word an answer repeats; a longer one is cut and ends in "…". */
export const maxEchoLength = 40;

/**
 * A word an agent typed, as an answer may repeat it: an order number or a certificate serial in its
 * stored form, anything else with every VKN, TCKN, phone number and e-mail address in it masked and
 * Slack markup escaped; at most {@link maxEchoLength} characters of it (then "…"), so that a pasted essay is not echoed back.
 */
export function echoTyped(value: string): string {
  return (
    normaliseOrderNumber(value) ?? serialTyped(value) ?? escapeSlackText(shortened(maskPersonalData(value)))
  );
}

/**
 * A certificate serial typed (16 or more hex digits, at least one a letter), in its stored form: a
 * serial is no personal data, though its digits may hold a run that passes the VKN checksum
 * ("67******52ea9c7f…" was echoed before). Digits alone are masked as any other number.
 */
function serialTyped(value: string): string | undefined {
  const hex = value.trim().replace(/^0x/i, "").replace(/:/g, "");
  return /^(?=[0-9a-f]*[a-f])[0-9a-f]{16,40}$/i.test(hex) ? normaliseSerial(hex) : undefined;
}

/** `value` cut to {@link maxEchoLength} characters (code points) plus "…" when longer. */
function shortened(value: string): string {
  const chars = Array.from(value);
  return chars.length <= maxEchoLength ? value : `${chars.slice(0, maxEchoLength).join("")}…`;
}

/** The usage line of a subcommand (`usage.<sub>`). */
export function usage(t: TFunction, sub: string): SlackAnswer {
  return answer([`:information_source: ${t(`usage.${sub}`)}`]);
}

/**
 * One certificate as agents read it: its medium (card or HSM, when known) and kind first, as the
 * customer chat's buttons say it ("Akıllı kart: …"), so that the lines of one holder are told apart;
 * then serial, holder masked, validity or revocation.
 */
export function describeCertificate(t: TFunction, c: AgentCertificateView, medium?: "card" | "hsm"): string {
  const kind = t(`certificate.${c.kind}`);
  const label = medium
    ? t("certificate.label", { medium: t(`certificate.${medium}`), kind })
    : t("certificate.label_kind", { kind });
  return `${label} ${certificateState(t, c)}`;
}

/**
 * Serial, holder masked, validity or revocation; the reason is the agents' request's own (GİB or
 * misuse) where one revoked it, else the X.509 reason.
 */
function certificateState(t: TFunction, c: AgentCertificateView): string {
  const base = { serial: c.serial, vkn: idLabelled(c.vkn), notAfter: day(c.notAfter) };
  if (c.status === "revoked")
    return t("status.revoked", { ...base, revokedAt: time(c.revokedAt), reason: revocationReasonText(t, c) });
  return t(`status.${c.status}`, base);
}

/**
 * Why a certificate was revoked, as agents read it: the reason of the request that revoked it (kayıp,
 * çalıntı, GİB talebi, amacı dışında kullanım) where one did, else the X.509 reason.
 */
export function revocationReasonText(t: TFunction, c: AgentCertificateView): string {
  return c.requestedReason
    ? t(`revoke.reason_${c.requestedReason}`)
    : t(`reasons.${c.revocationReason ?? "unspecified"}`, { defaultValue: c.revocationReason ?? "" });
}

/**
 * The medium of each certificate of a holder, by order id: what the holder's latest orders say, else
 * what the token's key URI names (`card-…`, `hsm-…`); absent when neither tells.
 */
export async function mediaOf(
  ra: {
    agents: { ordersOf(request: { agentId: string; subject: string }): Promise<string[]> };
    applicationOf(orderNo: string): Promise<{ id: string; medium: "card" | "hsm" } | undefined>;
  },
  agentId: string,
  subject: string,
): Promise<(c: CertificateView) => "card" | "hsm" | undefined> {
  const byOrder = new Map<string, "card" | "hsm">();
  for (const orderNo of await ra.agents.ordersOf({ agentId, subject })) {
    const application = await ra.applicationOf(orderNo);
    if (application) byOrder.set(application.id, application.medium);
  }
  return (c) => {
    const known = c.orderId ? byOrder.get(c.orderId) : undefined;
    if (known) return known;
    const token = c.tokenUri?.toLowerCase() ?? "";
    if (/(?<![a-z])hsm(?![a-z])/.test(token)) return "hsm";
    if (/(?<![a-z])card(?![a-z])/.test(token)) return "card";
    return undefined;
  };
}

/** A date in Istanbul time, `GG.AA.YYYY`. */
export function day(at: Date): string {
  return at.toLocaleDateString("tr-TR", {
    timeZone: "Europe/Istanbul",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
}

/** A moment in Istanbul time, `GG.AA.YYYY SS:DD`; `—` when there is none. */
export function time(at: Date | undefined): string {
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
