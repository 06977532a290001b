/**
 * `/mm` subcommands (`interfaces.md` §5): each turns the agent's words into one call of the RA or
 * the hand-off service and the result into a Block Kit answer. No business rule lives here: who may
 * revoke, approve or update is decided by core (the agent id comes from Slack's signed request).
 * Identity and contact updates live in mm-identity.ts, revocation in mm-revocation.ts. Whatever an
 * agent typed is repeated masked (mm-format.ts); customer text is shown with Slack markup escaped.
 */
import type { TFunction } from "i18next";
import { AgentReplyRefusedError } from "../../bot/handoff/agent-handoffs.ts";
import type { HandoffView } from "../../bot/handoff/handoff-desk.ts";
import { DomainError } from "../../core/errors/domain-error.ts";
import { isMaskedIdNumber } from "../../core/identity/typed-subject.ts";
import { normaliseOrderNumber } from "../../core/ra/order-number.ts";
import { nextHsmStep } from "../../core/ra/order-state.ts";
import type { OrderStatusView } from "../../core/ra/registration-authority.ts";
import { formatLira } from "../../core/text/lira.ts";
import { normaliseTyped } from "../../core/text/normalise-typed.ts";
import { withoutCourtesy } from "./courtesy-words.ts";
import { maskedEmailAmong } from "./email-argument.ts";
import { foldCommandWord } from "./fold-command.ts";
import { readableSummary } from "./handoff-summary-text.ts";
import { orderStateText } from "./hsm-order-state.ts";
import { stepLine } from "./hsm-step-line.ts";
import {
  isConsoleName,
  subcommandsOnLines,
  withoutLeadMarkers,
  withUngluedSubcommand,
} from "./line-shape.ts";
import { normaliseCommandLine, readArguments, typedSerial, unwrapped } from "./mm-args.ts";
import { type MmDeps, mmActions } from "./mm-deps.ts";
import { describeCertificate, echoTyped, mediaOf, time, usage } from "./mm-format.ts";
import { identity, update, verify } from "./mm-identity.ts";
import { decide, revoke } from "./mm-revocation.ts";
import { orderNumberArgument } from "./order-number-argument.ts";
import { pendingRequestLines } from "./pending-request-lines.ts";
import { phoneAmong } from "./phone-argument.ts";
import { referenceKind, wrongKind } from "./reference-kind.ts";
import { withoutRequestLabel } from "./request-reference.ts";
import { severalCommands } from "./several-commands.ts";
import { isSubjectWord, severalSubjects } from "./several-subjects.ts";
import { type AnswerButton, answer, type SlackAnswer } from "./slack-answer.ts";
import { escapeSlackText } from "./slack-text.ts";
import { englishSubcommand, suggestedSubcommand } from "./subcommand-suggestion.ts";
import { ticketArgument, ticketsNamed } from "./ticket-argument.ts";
import { hasMaskedValue } from "./update-arguments.ts";

export { type MmDeps, mmActions } from "./mm-deps.ts";
export { decide } from "./mm-revocation.ts";

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

/** Subcommands that look a holder or a certificate up by what was typed: a phone number is none of it. */
const lookups: ReadonlySet<string> = new Set(["status", "identity", "verify", "revoke", "approve", "reject"]);

/** The entry of `table` named by a typed word; never an inherited key such as `constructor` or `__proto__`. */
function ownEntry<T>(table: Record<string, T>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** Runs one `/mm` line for an agent already authorised; never throws. */
export async function runMm(deps: MmDeps, agentId: string, line: string): Promise<SlackAnswer> {
  // pasted arguments (a zero-width space after a VKN, full-width digits) read as what they look like
  // courtesy words ("lütfen", "please", "teşekkürler") name nothing: dropped wherever typed
  // a bullet or a quote marker pasted before it ("• /mm durum …" from the help, "> durum …") marks nothing
  const typed = withoutLeadMarkers(withoutCourtesy(normaliseCommandLine(line).split(" ").filter(Boolean)));
  // "/mm durum …" copied whole from a usage line or the help: the command's own name is no subcommand
  const named = typed.length > 1 && isConsoleName(typed[0]!) ? withoutLeadMarkers(typed.slice(1)) : typed;
  // "durum3230512384", "durum=3230512384": the subcommand glued to its argument
  const words = withUngluedSubcommand(named, Object.keys(subcommands));
  const sub = ownEntry(subcommands, foldCommandWord(unwrapped(words[0] ?? "yardim")));
  // "3230512384." copied from a sentence names the VKN; "Seri: 39 fc 6c …" one serial
  const args = readArguments(words.slice(1));
  const t = deps.t;
  await deps.audit.append({
    actor: `agent:${agentId}`,
    action: "slack_command",
    subject: sub ?? "unknown",
    details: { args: args.length },
  });
  // several commands pasted on lines of their own: one runs per /mm, so none does
  const pasted = subcommandsOnLines(normaliseTyped(line), (word) => Object.hasOwn(subcommands, word));
  if (pasted.length > 1) return severalCommands(t, pasted);
  // a VKN/TCKN copied back from an answer, masked ("32******84"), is no number: nothing is done
  const masked = sub && sub !== "help" ? args.find(isMaskedIdNumber) : undefined;
  if (masked !== undefined) return maskedSubject(t, masked, words[0] ?? "");
  // a contact copied back masked ("b***@o***.com.tr", "+90 5** *** ** 67"): read before the
  // arguments lose their stars to unwrapping, answered before anything is sent
  if (sub === "update" && hasMaskedValue(words.slice(1)))
    return answer([`:warning: ${t("update.masked_value")}`, `:information_source: ${t("usage.guncelle")}`]);
  // a phone number is no lookup key ("durum 0532 123 45 67" was read as a TCKN): said so, nothing done
  // (the digits of an order number or of a serial pasted in byte pairs are no phone number)
  const phone =
    sub && lookups.has(sub) && !orderNumberArgument(args) && !args.some((a) => typedSerial(a))
      ? phoneAmong(words.slice(1).map(unwrapped).filter(Boolean))
      : undefined;
  if (phone !== undefined) return notAKey(t, "status.phone_number", echoTyped(phone), words[0] ?? "");
  // nor is an e-mail address ("kimlik bilgi@ornek.com.tr", Slack's mailto: link): named masked, nothing done
  const email = sub && lookups.has(sub) ? maskedEmailAmong(words.slice(1)) : undefined;
  if (email !== undefined) return notAKey(t, "status.email_address", escapeSlackText(email), words[0] ?? "");
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
      case "reject": {
        // "#IP-…", "talep IP-…", "IP 7K2M9QXA": the request number alone
        const refs = withoutRequestLabel(args);
        // one reference, nothing more: "onayla <VKN> değil, <başka VKN>" must not approve anything
        if (refs.length !== 1) return usage(t, sub === "approve" ? "onayla" : "reddet");
        // a hand-off ticket or an order number is no revocation request: say which command takes it
        if (referenceKind(refs[0]!) === "ticket" || referenceKind(refs[0]!) === "order")
          return wrongKind(t, refs[0]!, sub === "approve" ? "onayla" : "reddet");
        return await decide(deps, agentId, refs[0], sub === "approve");
      }
      case "application":
        return await application(deps, args);
      case "take":
      case "finish":
        return await handoff(deps, agentId, withoutRequestLabel(args), sub);
      default: {
        // an English name or a typo of a subcommand is named, never run
        // a word before it ("check status <VKN>", "lütfen bir durum …"): the next word names it
        const meant =
          suggestedSubcommand(foldCommandWord(unwrapped(words[0] ?? ""))) ?? secondWordSubcommand(words[1]);
        return answer([
          t("unknown_subcommand", { word: echoTyped(words[0] ?? "") }),
          ...(meant ? [t("unknown_suggestion", { command: meant })] : []),
          t("help.title"),
          t("help.body"),
        ]);
      }
    }
  } catch (error) {
    return failure(deps, error);
  }
}

/** The subcommand a second word names (a Turkish name, an English one), never a typo's guess. */
function secondWordSubcommand(word: string | undefined): string | undefined {
  const folded = foldCommandWord(unwrapped(word ?? ""));
  if (folded === "help" || folded === "yardim") return undefined;
  return Object.hasOwn(subcommands, folded) ? folded : englishSubcommand(folded);
}

/** A coded error as the agent reads it; anything else as a generic failure (details go to the log). */
export function failure(deps: Pick<MmDeps, "t" | "onUnexpected">, error: unknown): SlackAnswer {
  const t = deps.t;
  if (error instanceof DomainError || error instanceof AgentReplyRefusedError)
    return answer([
      `:warning: ${t(`errors.${error.code}`, { defaultValue: t("errors.generic"), ...shownDetails(t, error) })}`,
    ]);
  deps.onUnexpected?.(error);
  return answer([`:warning: ${t("errors.generic")}`]);
}

/** An error's details as the agent reads them: an HSM step by what to do, never its code (`firm_ready`). */
function shownDetails(t: TFunction, error: DomainError | AgentReplyRefusedError): Record<string, unknown> {
  const details: Record<string, unknown> = { ...error.details };
  if (error.code === "step_out_of_order" && typeof details.expected === "string")
    details.expected = t(`hsm.next_${details.expected}`, { defaultValue: details.expected });
  return details;
}

/**
 * A phone number or an e-mail address typed where a record is looked up (`key` says which, `shown` is
 * it masked): said so, with the subcommand's usage line.
 */
function notAKey(t: TFunction, key: string, shown: string, typedSub: string): SlackAnswer {
  const name = foldCommandWord(unwrapped(typedSub));
  return answer([
    `:warning: ${t(key, { subject: shown })}`,
    ...(t(`usage.${name}`, { defaultValue: "" }) ? [`:information_source: ${t(`usage.${name}`)}`] : []),
  ]);
}

/** A masked VKN/TCKN typed: said so, with the subcommand's usage line; nothing looked up. */
function maskedSubject(t: TFunction, masked: string, typedSub: string): SlackAnswer {
  const name = Object.keys(subcommands).find(
    (word) => word === foldCommandWord(unwrapped(typedSub)) && t(`usage.${word}`, { defaultValue: "" }),
  );
  return answer([
    `:warning: ${t("masked_subject", { subject: escapeSlackText(masked) })}`,
    ...(name ? [`:information_source: ${t(`usage.${name}`)}`] : []),
  ]);
}

function help(t: TFunction): SlackAnswer {
  return answer([t("help.title"), t("help.body")]);
}

/**
 * The one subject of `durum`: a single word (a VKN/TCKN typed in groups is already one, see
 * `withGroupedSubject`), or an order number typed in groups ("MM 4821 093375"); anything else is
 * undefined (the usage line).
 */
function statusSubject(args: string[]): string | undefined {
  return orderNumberArgument(args) ?? (args.length === 1 ? args[0] : undefined);
}

/** `durum <VKN|seri|sipariş no>`: one subject; whatever it is, an unknown one is repeated masked. */
async function status(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  const arg = statusSubject(args);
  if (arg === undefined) return extraWords(t, args) ?? severalSubjects(t, "durum", args) ?? usage(t, "durum");
  if (/^\d{10,11}$/.test(arg)) {
    // a VKN/TCKN: its certificates, each card's signing and encryption certificate together (as the
    // customer's status lists them), then its latest orders (payment, production, delivery)
    const certs = byCard(await deps.ra.agents.certificatesOf({ agentId, subject: arg }));
    const mediumOf = await mediaOf(deps.ra, agentId, arg);
    const orders: string[] = [];
    for (const orderNo of await deps.ra.agents.ordersOf({ agentId, subject: arg })) {
      const order = await deps.ra.orderStatus(orderNo);
      if (order) orders.push(describeOrder(t, order).join("\n"));
    }
    if (certs.length === 0 && orders.length === 0)
      return answer([t("status.none", { subject: echoTyped(arg) })]);
    // a request a colleague opened (gib/kotuye) waits for a second agent: the next agent sees it
    const pending = certs.length > 0 ? await deps.ra.revocation.pendingRequests(arg) : [];
    return answer([
      ...(certs.length > 0
        ? certs.map((c) => describeCertificate(t, c, mediumOf(c)))
        : [t("status.no_certificate_yet", { subject: echoTyped(arg) })]),
      ...pendingRequestLines(t, pending),
      ...orders,
    ]);
  }
  const orderNo = normaliseOrderNumber(arg);
  if (orderNo) {
    await audit(deps, agentId, "agent_status_lookup", orderNo);
    const order = await deps.ra.orderStatus(orderNo);
    if (!order) return answer([t("status.no_order", { orderNo })]);
    return answer(describeOrder(t, order));
  }
  // neither a VKN/TCKN, an order number nor a serial ("merhaba", "32305123" a VKN two digits short):
  // nothing is looked up, so that no answer reads "no certificate for merhaba" to be told to a caller
  // a revocation request or a hand-off ticket: which command takes it, never "not a VKN/serial"
  const kind = referenceKind(arg);
  if (kind === "request" || kind === "ticket")
    return answer([
      // in the form the channel shows it ("ip-7k2m9qxa" is IP-7K2M9QXA), ready to copy
      `:warning: ${t(`status.${kind}_number`, { typed: echoTyped(arg.replace(/[İı]/g, "I").toUpperCase()) })}`,
      `:information_source: ${t("usage.durum")}`,
    ]);
  const serial = typedSerial(arg);
  if (!serial)
    return answer([
      `:warning: ${t("status.unreadable", { subject: echoTyped(arg) })}`,
      `:information_source: ${t("usage.durum")}`,
    ]);
  await audit(deps, agentId, "agent_status_lookup", serial);
  const certificate = await deps.ra.certificateStatus(arg);
  if (!certificate) return answer([t("status.none", { subject: echoTyped(arg) })]);
  // as `durum <VKN>` shows it: its medium, and the reason of the request that revoked it
  const holderCertificates = await deps.ra.agents
    .certificatesOf({ agentId, subject: certificate.vkn })
    .catch(() => []);
  const view = holderCertificates.find((c) => c.serial === certificate.serial) ?? certificate;
  const mediumOf = await mediaOf(deps.ra, agentId, certificate.vkn).catch(() => () => undefined);
  // a request waiting on either certificate of this card (signing or encryption)
  const card = new Set(
    holderCertificates
      .filter((c) => c.serial === view.serial || (view.orderId !== undefined && c.orderId === view.orderId))
      .map((c) => c.serial),
  ).add(view.serial);
  const pending = (await deps.ra.revocation.pendingRequests(certificate.vkn).catch(() => [])).filter((r) =>
    card.has(r.serial),
  );
  return answer([describeCertificate(t, view, mediumOf(view)), ...pendingRequestLines(t, pending)]);
}

/** Most extra words an answer names. */
const maxNamedWords = 5;

/**
 * One subject among other words ("durum 3230512384 hemen"): the other words named, with the usage
 * line; nothing is looked up (an extra word may be a second subject mistyped). Undefined when no
 * subject or more than one was typed (the usage line alone).
 */
function extraWords(t: TFunction, args: readonly string[]): SlackAnswer | undefined {
  const others = args.filter((word) => !isSubjectWord(word));
  if (args.length < 2 || args.length - others.length !== 1) return undefined;
  // a pasted paragraph names its first few words, not all of them
  const named = others.slice(0, maxNamedWords).map((word) => `\`${echoTyped(word)}\``);
  if (others.length > maxNamedWords) named.push("…");
  return answer([
    `:warning: ${t("status.extra_words", { words: named.join(", ") })}`,
    `:information_source: ${t("usage.durum")}`,
  ]);
}

/** Certificates grouped by card (order), in their order, each card's signing certificate first. */
function byCard<C extends { kind: string; orderId?: string | undefined; serial: string }>(
  certificates: C[],
): C[] {
  const group = (c: C) => certificates.findIndex((o) => (o.orderId ?? o.serial) === (c.orderId ?? c.serial));
  return [...certificates].sort(
    (a, b) => group(a) - group(b) || Number(a.kind !== "sign") - Number(b.kind !== "sign"),
  );
}

/** The language the console's texts are in (Turkish unless a fixed English `t`). */
function consoleLocale(t: TFunction): "tr" | "en" {
  return (t as { lng?: string }).lng === "en" ? "en" : "tr";
}

function describeOrder(t: TFunction, o: OrderStatusView): string[] {
  const lines = [
    t("order.head", {
      orderNo: o.orderNo,
      medium: t(`order.medium_${o.medium}`),
      // an HSM order by its R3.3.4 workflow's last step, not "üretimde" while it waits on the firm
      status: orderStateText(t, o),
    }),
    o.paid
      ? o.paymentPostsAt
        ? t("order.payment_posting", { at: time(o.paymentPostsAt) })
        : t("order.paid")
      : // the amount as the customer was told it ("6.000,00 TL"), never "6000.00"
        t("order.unpaid", { amount: formatLira(o.amountKurus, consoleLocale(t)) }),
  ];
  if (o.steps.length > 0) lines.push(o.steps.map((s) => stepLine(t, s, o)).join("\n"));
  if (o.delivery)
    lines.push(
      t("order.delivery", {
        status: t(`order.delivery_${o.delivery.status}`, { defaultValue: o.delivery.status }),
        tracking: o.delivery.trackingNo ?? "—",
      }),
    );
  if (o.revokedAt) lines.push(t("order.revoked", { at: time(o.revokedAt) }));
  return lines;
}

/**
 * `basvuru <sipariş no>`: the order's state, and for an HSM order in its workflow the next R3.3.4
 * step as an action, with its button.
 */
export async function application(deps: MmDeps, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  if (args.length === 0) return usage(t, "basvuru");
  // one order number, typed whole, in groups ("MM 3122 147717"), after a label or a '#'
  const orderNo = orderNumberArgument(args);
  if (!orderNo) {
    if (args.length > 1) return usage(t, "basvuru");
    // never "no such order" for what is no order number: a VKN read so would say the firm has none
    const typed = echoTyped(args[0]!);
    return answer([
      `:warning: ${t(/^\d{10,11}$/.test(args[0]!) ? "application.id_number" : "application.unreadable", { subject: typed })}`,
      `:information_source: ${t("usage.basvuru")}`,
    ]);
  }
  const order = await deps.ra.orderStatus(orderNo);
  if (!order) return answer([t("status.no_order", { orderNo })]);
  const lines = describeOrder(t, order);
  if (order.medium !== "hsm") return answer(lines);
  const next = nextHsmStep(order);
  if (!next) {
    // completed or refunded: the head line says so; before the payment posts, when the workflow starts
    if (order.status === "awaiting_payment" || order.status === "paid") lines.push(t("hsm.wait_payment"));
    return answer(lines);
  }
  // the head line says where the order stands, this line what the agent does next (never the same)
  lines.push(t("hsm.next", { step: t(`hsm.next_${next}`) }));
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
  // read out on the phone: "T ABCD2345", "ABCD2345", another dash are the ticket too
  const ticket = ticketArgument(args);
  // "bitir T-ABCD2345 T-EFGH2345": one hand-off per command, never the first taken and the rest left
  if (!ticket || ticketsNamed(args).length > 1) return usage(t, sub === "take" ? "devral" : "bitir");
  // a revocation request or an order number is no hand-off ticket: say which command takes it
  const kind = referenceKind(args[0] ?? "");
  if (kind === "request" || kind === "order")
    return wrongKind(t, args[0]!, sub === "take" ? "devral" : "bitir");
  // a supervisor may take over or finish a hand-off another agent holds (and left)
  const role = { supervisor: deps.roleOf?.(agentId) === "supervisor" };
  const view: HandoffView =
    sub === "take"
      ? await deps.handoffs.take(ticket, agentId, role)
      : await deps.handoffs.finish(ticket, agentId, role);
  await audit(deps, agentId, sub === "take" ? "handoff_taken" : "handoff_finished", view.ticket);
  return answer([
    t(sub === "take" ? "handoff.taken" : "handoff.finished", {
      ticket: view.ticket,
      summary: escapeSlackText(readableSummary(t, view.summary)),
    }),
  ]);
}

async function audit(deps: MmDeps, agentId: string, action: string, subject: string): Promise<void> {
  await deps.audit.append({ actor: `agent:${agentId}`, action, subject });
}
