/** How certificates are shown to a customer: one line each, the verified subject's list, its holder. */
import type { CertificateView } from "../../core/ports/certificate-authority.ts";
import { maskIdNumber } from "../../core/privacy/mask.ts";
import type { Turn } from "../turn.ts";
import { formatDate, formatDateTime } from "./dates.ts";

/** One certificate's status line. */
export function describeCertificate(turn: Turn, c: CertificateView): string {
  const status = turn.t(`status.value.${c.status}`);
  const line = turn.t("status.line", {
    kind: turn.t(`status.kind.${c.kind}`),
    serial: c.serial,
    status,
    until: formatDate(turn, c.notAfter),
  });
  return c.revokedAt
    ? `${line} ${turn.t("status.revoked_at", { at: formatDateTime(turn, c.revokedAt) })}`
    : line;
}

/**
 * Lists the verified subject's certificates and ends the flow; the subject becomes the
 * conversation's certificate context (`certificateShown`) when it holds any.
 */
export async function listVerifiedCertificates(turn: Turn): Promise<void> {
  turn.state.flow = undefined;
  const [certs, subject] = await Promise.all([
    turn.deps.ra.certificatesOfVerified(turn.ref.id),
    turn.deps.ra.verifiedSubject(turn.ref.id),
  ]);
  turn.state.certificateShown = certs.length > 0 ? subject : undefined;
  if (certs.length === 0) {
    turn.say("status.none");
    return;
  }
  turn.sayText(certs.map((c) => describeCertificate(turn, c)).join("\n"));
}

/**
 * Names a certificate holder to the customer who verified it: the unvan (or ad soyad) from the
 * certificate and the VKN/TCKN masked ("ÖRNEK BİLİŞİM A.Ş. (VKN 32******84)"), so that the customer
 * sees which firm a step is about and can stop.
 */
export function describeHolder(turn: Turn, subject: string, certs: readonly CertificateView[] = []): string {
  const idKind = subject.length === 11 ? "TCKN" : "VKN";
  const id = maskIdNumber(subject);
  const title = certs.find((c) => c.vkn === subject)?.subjectCn;
  return title
    ? turn.t("verify.holder", { title, idKind, id })
    : turn.t("verify.holder_untitled", { idKind, id });
}
