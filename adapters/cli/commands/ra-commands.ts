/**
 * Operator commands of the registration authority: order status, payments (a bank collection line
 * typed in, refunds), HSM workflow steps, card delivery, four-eyes revocation and a job run. Each
 * prints one line per fact on stdout; bad input is one coded line and exit 1 (main.ts).
 */
import { Command } from "commander";
import { DomainError } from "../../../core/errors/domain-error.ts";
import { nextHsmStep, orderStateWord } from "../../../core/ra/order-state.ts";
import type { SeedRevocationReason } from "../../../core/ra/ports/revocation-request-repository.ts";
import { readEnvironment } from "../../config/environment.ts";
import { checkPublicUrlAtStart } from "../../config/public-url.ts";
import { actorOption } from "./actor-option.ts";
import { withAssistant } from "./assistant-context.ts";
import { choiceOption } from "./choice-option.ts";
import { paymentChannelOption, recipientOption, withOptionNames } from "./delivery-options.ts";
import { copiesOption, hsmStepOption, orderNoOption, recordableHsmSteps } from "./order-options.ts";
import { requestIdOption } from "./request-id-option.ts";
import { serialOption } from "./serial-option.ts";

function dateOption(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new DomainError("invalid_date", `${name} must be an ISO-8601 time`);
  return date;
}

function kurus(value: string): number {
  if (!/^\d{1,12}$/.test(value))
    throw new DomainError("invalid_amount", "--amount is a whole number of kuruş");
  return Number(value);
}

/** `mm order …`: status, HSM steps, shipping and hand-over. */
export function orderCommand(): Command {
  const order = new Command("order").description("orders of the registration authority");
  order
    .command("status")
    .description("status, payment, production steps and delivery of an order")
    .argument("<orderNo>", "order number (MM + 10 digits)")
    .action(async (typed: string) => {
      // the shape is checked before storage is opened: a typo answers at once and creates nothing
      const orderNo = orderNoOption(typed);
      await withAssistant(
        async (assistant) => {
          const view = await assistant.ra.orderStatus(orderNo);
          if (!view) throw new DomainError("unknown_order", `no order ${orderNo}`);
          // an HSM order by its R3.3.4 workflow's last step (hsm_firm_ready, …), as /mm durum and
          // /mm basvuru name it, never in_production all through the workflow
          console.log(
            `order\t${view.orderNo}\t${view.medium}\t${orderStateWord(view)}\t${view.amountKurus} kuruş`,
          );
          console.log(
            `payment\t${view.paid ? (view.paymentPostsAt ? `posts ${view.paymentPostsAt.toISOString()}` : "posted") : "none"}`,
          );
          for (const step of view.steps) console.log(`step\t${step.at.toISOString()}\t${step.step}`);
          const next = nextHsmStep(view);
          // the step `mm order hsm-step --step` records next, as /mm basvuru offers its button
          if (next) console.log(`next\t${next}`);
          if (view.delivery)
            console.log(`delivery\t${view.delivery.status}\t${view.delivery.trackingNo ?? "-"}`);
          if (view.revokedAt) console.log(`revoked\t${view.revokedAt.toISOString()}`);
          // read-only: storage without a CA is refused, never given one (existing-ca.ts)
        },
        { existingCaOnly: true },
      );
    });
  order
    .command("hsm-step")
    .description(`record the next HSM workflow step (R3.3.4): ${recordableHsmSteps.join(" → ")}`)
    .requiredOption("--order <orderNo>", "order number")
    .requiredOption("--step <step>", "the step")
    .requiredOption("--actor <id>", "who did it")
    .option("--appointment <iso>", "appointment_set: the agreed time")
    .option("--token <key-uri>", "loaded_on_hsm: key URI on the firm's HSM")
    .option("--copies <n>", "service_report_signed: copies signed (two)")
    .action(
      async (o: {
        order: string;
        step: string;
        actor: string;
        appointment?: string;
        token?: string;
        copies?: string;
      }) => {
        const orderNo = orderNoOption(o.order);
        const step = hsmStepOption(o.step);
        const actor = actorOption(o.actor, "--actor");
        const appointmentAt = dateOption(o.appointment, "--appointment");
        const reportCopies = copiesOption(o.copies);
        // the order must exist: storage without a CA is refused, never given one (existing-ca.ts)
        await withAssistant(
          async (assistant) => {
            const done = await assistant.ra.production.advanceHsm({
              orderNo,
              step,
              actor,
              appointmentAt,
              hsmTokenUri: o.token,
              reportCopies,
            });
            console.log(`step\t${done.step}\torder ${done.status}`);
          },
          { existingCaOnly: true },
        );
      },
    );
  order
    .command("ship")
    .description("record the shipment of a produced card")
    .requiredOption("--order <orderNo>", "order number")
    .requiredOption("--tracking <no>", "courier tracking number")
    .requiredOption("--actor <id>", "who shipped it")
    .action(async (o: { order: string; tracking: string; actor: string }) => {
      const orderNo = orderNoOption(o.order);
      const actor = actorOption(o.actor, "--actor");
      await withAssistant(
        async (assistant) => {
          const d = await withOptionNames(assistant, orderNo, () =>
            assistant.ra.delivery.ship({ orderNo, trackingNo: o.tracking, actor }),
          );
          console.log(`delivery\t${d.status}\t${d.trackingNo}`);
        },
        { existingCaOnly: true },
      );
    });
  order
    .command("deliver")
    .description("record the hand-over of a card (R3.3.2 recipients need their documents)")
    .requiredOption("--order <orderNo>", "order number")
    .requiredOption("--recipient <kind>", "signatory, proxy or petition")
    .option("--name <name>", "the recipient (proxy or petition)")
    .option(
      "--documents <list>",
      "comma-separated: notarised_power_of_attorney, delivery_petition, imza_sirkuleri",
    )
    .option("--petition-writer-listed", "the petition's writer is listed in the imza sirküleri")
    .requiredOption("--actor <id>", "who handed it over")
    .action(
      async (o: {
        order: string;
        recipient: string;
        name?: string;
        documents?: string;
        petitionWriterListed?: boolean;
        actor: string;
      }) => {
        const orderNo = orderNoOption(o.order);
        const recipientKind = recipientOption(o.recipient);
        const actor = actorOption(o.actor, "--actor");
        await withAssistant(
          async (assistant) => {
            const d = await withOptionNames(assistant, orderNo, () =>
              assistant.ra.delivery.deliver({
                orderNo,
                recipientKind,
                recipientName: o.name,
                documents: o.documents
                  ?.split(",")
                  .map((s) => s.trim())
                  .filter(Boolean),
                petitionWriterInImzaSirkuleri: o.petitionWriterListed === true,
                actor,
              }),
            );
            console.log(`delivery\t${d.status}\t${d.recipientKind}`);
          },
          { existingCaOnly: true },
        );
      },
    );
  return order;
}

/** `mm payment …`: record a provider's or bank's payment, refund (R6.3). */
export function paymentCommand(): Command {
  const payment = new Command("payment").description("payments (R3.2, R6.3)");
  payment
    .command("record")
    .description("record a payment (a repeated reference records nothing; a second payment is refused)")
    .requiredOption("--order <orderNo>", "order number")
    .requiredOption("--channel <channel>", "sanalpos, vakifbank or ziraat")
    .requiredOption("--ref <providerRef>", "the provider's or bank's reference")
    .requiredOption("--amount <kuruş>", "amount in kuruş")
    .option("--received-at <iso>", "when the payment was taken (default now)")
    .action(
      async (o: { order: string; channel: string; ref: string; amount: string; receivedAt?: string }) => {
        const orderNo = orderNoOption(o.order);
        const channel = paymentChannelOption(o.channel);
        const receivedAt = dateOption(o.receivedAt, "--received-at");
        const amountKurus = kurus(o.amount);
        await withAssistant(
          async (assistant) => {
            const r = await withOptionNames(assistant, orderNo, () =>
              assistant.ra.payments.record({
                orderNo,
                channel,
                providerRef: o.ref,
                amountKurus,
                receivedAt,
              }),
            );
            console.log(
              `payment\t${r.orderNo}\t${r.posted ? "posted" : `posts ${r.postsAt.toISOString()}`}${r.created ? "" : "\t(already recorded)"}`,
            );
          },
          { existingCaOnly: true },
        );
      },
    );
  payment
    .command("refund")
    .description("refund an order's payment: before production, or for a CA error (R6.3)")
    .requiredOption("--order <orderNo>", "order number")
    .requiredOption("--reason <reason>", "ca_error or customer_request")
    .requiredOption("--actor <id>", "who decided it")
    .action(async (o: { order: string; reason: string; actor: string }) => {
      const orderNo = orderNoOption(o.order);
      // "CA_ERROR", " ca_error ": the reason meant, in any letter case
      const reason = choiceOption(o.reason, ["ca_error", "customer_request"] as const);
      if (!reason) throw new DomainError("invalid_reason", "--reason is ca_error or customer_request");
      const actor = actorOption(o.actor, "--actor");
      await withAssistant(
        async (assistant) => {
          const p = await assistant.ra.payments.refund({
            orderNo,
            reason,
            actor,
          });
          console.log(`refunded\t${orderNo}\t${p.amountKurus} kuruş\t${p.refundReason}`);
        },
        { existingCaOnly: true },
      );
    });
  return payment;
}

/** `mm revocation …`: GİB and misuse revocations with a second agent's approval (R7.2). */
export function revocationCommand(): Command {
  const revocation = new Command("revocation").description(
    "revocation requests that need a second agent (R7.2)",
  );
  revocation
    .command("request")
    .description("ask to revoke for a GİB request or misuse; a second agent decides")
    .requiredOption("--serial <hex>", "certificate serial")
    .requiredOption("--reason <reason>", "gib or misuse")
    .requiredOption("--agent <id>", "the requesting agent")
    .action(async (o: { serial: string; reason: string; agent: string }) => {
      // "GIB", "GİB", " Misuse ": the reason meant, in any letter case
      const reason = choiceOption<SeedRevocationReason>(o.reason, ["gib", "misuse"]);
      if (!reason)
        throw new DomainError(
          "invalid_reason",
          "--reason is gib or misuse (kayıp/çalıntı go through verification)",
        );
      const agentId = actorOption(o.agent, "--agent");
      // read as `status --serial` reads it ("Seri: …" pasted from the console), refused before storage
      const serial = serialOption(o.serial);
      // the certificate must exist: storage without a CA is refused, never given one
      await withAssistant(
        async (assistant) => {
          const r = await assistant.ra.revocation.byAgent({
            serial,
            reason,
            agentId,
          });
          console.log(`request\t${r.request.id}\t${r.request.status}\t${r.request.serial}`);
        },
        { existingCaOnly: true },
      );
    });
  for (const [name, approve] of [
    ["approve", true],
    ["reject", false],
  ] as const) {
    revocation
      .command(name)
      .description(`${name} a pending request (another agent than the requester)`)
      .requiredOption("--id <requestId>", "the request")
      .requiredOption("--agent <id>", "the deciding agent")
      .action(async (o: { id: string; agent: string }) => {
        const agentId = actorOption(o.agent, "--agent");
        // pasted from a sentence or a channel message: "IP-7K2M9QXA.", "#IP-7K2M9QXA"
        const requestId = requestIdOption(o.id);
        // the request must exist: storage without a CA is refused, never given one
        await withAssistant(
          async (assistant) => {
            const r = await assistant.ra.revocation.decide({
              requestId,
              agentId,
              approve,
              by: "operator",
            });
            console.log(`request\t${r.request.id}\t${r.request.status}\tcertificate ${r.certificate.status}`);
            // an approval closed the card for good (R7.1): its certificates as `mm revoke` prints them
            if (approve && r.certificate.status === "revoked") {
              const card = (await assistant.pki.engine.findByVkn(r.certificate.vkn)).filter(
                (c) =>
                  c.status === "revoked" &&
                  (c.serial === r.certificate.serial ||
                    (r.certificate.orderId !== undefined && c.orderId === r.certificate.orderId)),
              );
              for (const view of card.sort(
                (a, b) => (a.kind === "sign" ? 0 : 1) - (b.kind === "sign" ? 0 : 1),
              ))
                console.log(
                  `revoked\t${view.serial}\t${view.revokedAt?.toISOString()}\t${view.revocationReason}\t${view.kind}`,
                );
            }
          },
          { existingCaOnly: true },
        );
      });
  }
  return revocation;
}

/** `mm jobs run`: runs the due jobs once (notifications, payment posting, reminders, retention). */
export function jobsCommand(): Command {
  const jobs = new Command("jobs").description("the job runner");
  jobs
    .command("run")
    .description("run every due job once and print the counts")
    .action(async () => {
      // due card productions write MM_PUBLIC_URL's addresses into certificates: production refuses
      // the localhost default before anything is opened, as `npm start` and `mm issue` do
      const warning = checkPublicUrlAtStart(readEnvironment());
      if (warning) process.stderr.write(`warning: ${warning}\n`);
      await withAssistant(async (assistant) => {
        const summary = await assistant.jobs.runDueJobs(new Date());
        console.log(`jobs\tran ${summary.ran}\tfailed ${summary.failed}\tdeferred ${summary.deferred}`);
      });
    });
  return jobs;
}
