/** `mm issue`: a mali mühür issued directly (operators) or a paid card order produced now. */
import { Command } from "commander";
import { DomainError } from "../../../core/errors/domain-error.ts";
import { parseProfileName } from "../../../core/pki/ca-default-profile.ts";
import type { CaRepository } from "../../../core/pki/ca-repository.ts";
import { turkishUpperCase } from "../../../core/pki/distinguished-name.ts";
import { toPem } from "../../../core/pki/pem.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";
import type { CertificateAuthorityPort, CertificateView } from "../../../core/ports/certificate-authority.ts";
import { maskIdNumber } from "../../../core/privacy/mask.ts";
import { readEnvironment } from "../../config/environment.ts";
import { type OutputFile, withOutputFile } from "../output-file.ts";
import { withAssistant } from "./assistant-context.ts";
import { refusePinInUri } from "./key-uri-option.ts";
import { progress, withPki } from "./pki-context.ts";
import { idNumberOption, titleOption } from "./subject-options.ts";

interface IssueOptions {
  vkn: string;
  title: string;
  medium: string;
  token?: string;
  order?: string;
  out?: string;
  direct?: boolean;
  profile?: string;
}

/** The `issue` command. */
export function issueCommand(): Command {
  return new Command("issue")
    .description("issue a mali mühür (signing + encryption certificate); the key is generated on the token")
    .requiredOption("--vkn <vkn>", "VKN (or TCKN) of the subscriber")
    .requiredOption("--title <unvan>", "unvan (or ad soyad)")
    .option("--medium <medium>", "card or hsm", "card")
    .option(
      "--token <key-uri>",
      "token for the subscriber key, e.g. pkcs11:token=<card>;object=<vkn> (default softkey:card-<order>)",
    )
    .option(
      "--order <id>",
      "a paid order number (MM + 10 digits) to produce now, or an operator's own order id (idempotency: one order never yields a second certificate)",
    )
    .option("--out <file.pem>", "write the signing certificate here")
    .option("--direct", "issue without a paid order (operators)")
    .option(
      "--profile <profile>",
      "certificate profile of this issuance, kamusm or qseal (default: the CA's default profile, see ca init --profile); not for paid MM orders, which use MM_CERT_PROFILE",
    )
    .action(async (o: IssueOptions) => {
      // every option is checked before storage is opened, in the order of the options (and of the
      // application dialog): the VKN/TCKN first, then the unvan, which becomes the certificate's
      // name (the application's rules hold for an operator's issuance too)
      const vkn = idNumberOption(o.vkn, readEnvironment().MM_TEST_MODE);
      const title = titleOption(o.title);
      if (o.medium !== "card" && o.medium !== "hsm")
        throw new DomainError("invalid_medium", "--medium must be card or hsm");
      if (o.token !== undefined) refusePinInUri(o.token, "--token");
      if (!o.direct && !o.order)
        throw new DomainError("order_required", "give --order <id> of a paid order, or --direct");
      const profile = o.profile === undefined ? undefined : parseProfileName(o.profile);
      checkPublicUrl();
      if (o.order && /^MM\d{10}$/.test(o.order)) {
        if (profile)
          throw new DomainError(
            "bad_arguments",
            "--profile is for --direct issuance; a paid order is produced with MM_CERT_PROFILE or the CA's default profile",
          );
        const orderNo = o.order;
        // the --out file is opened first: one that cannot be written must not let anything be issued
        await withOutputFile(o.out, (out) => issueForPaidOrder(orderNo, vkn, title, out));
        return;
      }
      const orderId = o.order ?? `direct-${Date.now().toString(36)}`;
      await withOutputFile(o.out, (out) =>
        withPki(async ({ pki }) => {
          if (o.order) refuseSpentOrder(orderId, title, await certificatesOf(pki.engine, vkn, orderId));
          progress(`issuing for order ${orderId}…`);
          const { signing, encryption } = await pki.engine.issueForOrder({
            orderId,
            vkn,
            title,
            tokenUri: o.token ?? `softkey:card-${orderId.toLowerCase().replace(/[^a-z0-9._-]/g, "-")}`,
            ...(profile ? { profile } : {}),
            actor: "cli",
          });
          console.log(`signing\t${signing.serial}\tvalid until ${signing.notAfter.toISOString()}`);
          console.log(`encryption\t${encryption.serial}\tvalid until ${encryption.notAfter.toISOString()}`);
          if (out) await writeCertificate(pki.repository, signing.serial, out);
        }),
      );
    });
}

/**
 * The certificates' CRL, OCSP, CA-certificate and CPS URLs come from `MM_PUBLIC_URL` (core/pki/profile-config.ts).
 * Unset, the environment's default is `http://localhost:<PORT>`, which only a development set-up
 * may write into a certificate (outside tester: `mm issue` without `PORT` wrote localhost:3000
 * while the service ran on another port): in production the issuance is refused before anything
 * is opened; in development it goes on with a warning on stderr naming the URLs.
 */
function checkPublicUrl(): void {
  const env = readEnvironment();
  if (process.env.MM_PUBLIC_URL) return; // configured (an empty one counts as unset)
  if (env.NODE_ENV === "production")
    throw new DomainError(
      "bad_arguments",
      `MM_PUBLIC_URL is not set: NODE_ENV=production never writes ${env.MM_PUBLIC_URL} into certificates; set MM_PUBLIC_URL to the service's public base URL (e.g. https://mm.example.com.tr), where its CRL, OCSP and CA certificates are served (nothing was issued)`,
    );
  const urls = defaultProfileConfig(env.MM_PUBLIC_URL);
  progress(
    `warning: MM_PUBLIC_URL is not set; the certificates name the development default ${env.MM_PUBLIC_URL}: CRL ${urls.crlUri}, OCSP ${urls.ocspUri}, CA ${urls.caIssuersUri}, CPS ${urls.cpsUri} (set MM_PUBLIC_URL to the service's public base URL)`,
  );
}

/** The certificates already issued for `orderId` (the engine's idempotency key) to `vkn`. */
async function certificatesOf(
  engine: Pick<CertificateAuthorityPort, "findByVkn">,
  vkn: string,
  orderId: string,
): Promise<CertificateView[]> {
  return (await engine.findByVkn(vkn)).filter((c) => c.orderId === orderId);
}

/**
 * Refuses to answer an order again that cannot yield what `mm issue` promises: one whose
 * certificate was revoked (it was printed as "valid until …"; one order never yields a second
 * certificate, so a new application is needed, R7.4), or one issued under another unvan than
 * `--title` (it was ignored). The stored unvan is not echoed: for a gerçek kişi it is a name.
 */
function refuseSpentOrder(order: string, title: string, certificates: CertificateView[]): void {
  const revoked =
    certificates.find((c) => c.status === "revoked" && c.kind === "sign") ??
    certificates.find((c) => c.status === "revoked");
  if (revoked)
    throw new DomainError(
      "new_application_required",
      `order ${order}: its certificate ${revoked.serial} was revoked at ${revoked.revokedAt?.toISOString() ?? "an unknown time"} (${revoked.revocationReason ?? "unspecified"}); one order never yields a second certificate: a new application is needed (R7.4)`,
    );
  if (certificates.some((c) => c.subjectCn !== turkishUpperCase(title))) throw titleMismatch(order);
}

function titleMismatch(order: string): DomainError {
  return new DomainError(
    "invalid_title",
    `order ${order} is for another unvan than --title; give the unvan of the order (nothing was issued)`,
  );
}

/**
 * `issue --order MM…`: produces a card order whose payment has posted (what the produce_card job
 * does, e.g. after a card token was replaced) and prints its certificates; idempotent. `--title`
 * must be the application's unvan (compared as the certificate's name: Turkish upper case, single
 * spaces), and an order whose certificate was revoked is refused.
 */
async function issueForPaidOrder(
  orderNo: string,
  vkn: string,
  title: string,
  out?: OutputFile,
): Promise<void> {
  await withAssistant(async ({ ra, pki }) => {
    const order = await ra.orderStatus(orderNo);
    if (!order) throw new DomainError("unknown_order", `no order ${orderNo}`);
    const application = await ra.applicationOf(orderNo);
    if (!application) throw new DomainError("unknown_order", `no order ${orderNo}`);
    if (application.idNumber !== vkn)
      throw new DomainError("vkn_mismatch", `order ${orderNo} is not for VKN/TCKN ${maskIdNumber(vkn)}`);
    if (turkishUpperCase(application.title) !== turkishUpperCase(title)) throw titleMismatch(orderNo);
    refuseSpentOrder(orderNo, title, await certificatesOf(pki.engine, vkn, application.id));
    if (order.status === "paid")
      throw new DomainError(
        "payment_not_posted",
        `the payment of ${orderNo} posts at ${order.paymentPostsAt?.toISOString()}; production starts then (R3.3)`,
      );
    if (!["in_production", "produced", "shipped", "delivered", "completed"].includes(order.status))
      throw new DomainError("order_not_paid", `order ${orderNo} is ${order.status}`);
    if (order.medium !== "card")
      throw new DomainError("hsm_order", "an HSM order is produced on the appointment: mm order hsm-step");
    progress(`producing order ${orderNo}…`);
    await ra.production.produceCard(application.id);
    const certificates = await certificatesOf(pki.engine, vkn, application.id);
    if (certificates.length === 0)
      throw new DomainError("production_failed", "the card token could not be used; see the job log");
    for (const c of certificates.sort((a, b) => a.kind.localeCompare(b.kind)).reverse())
      console.log(
        `${c.kind === "sign" ? "signing" : "encryption"}\t${c.serial}\tvalid until ${c.notAfter.toISOString()}`,
      );
    if (out) await writeCertificate(pki.repository, certificates.find((c) => c.kind === "sign")!.serial, out);
  });
}

/** Writes the certificate of `serial` as PEM to the opened `--out` file. */
async function writeCertificate(repository: CaRepository, serial: string, out: OutputFile): Promise<void> {
  const record = await repository.bySerial(serial);
  if (!record?.certDer) throw new DomainError("unknown_serial", `no issued certificate ${serial}`);
  out.commit(toPem(record.certDer));
  progress("written the --out file");
}
