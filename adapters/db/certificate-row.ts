import type { CertificateRecord } from "../../core/pki/ca-repository.ts";
import type { Db } from "./database.ts";

/** A `Certificate` row as the Prisma client returns it. */
export type CertificateRow = Awaited<ReturnType<Db["certificate"]["findFirstOrThrow"]>>;

/** The core's view of a stored certificate row. */
export function certificateRecordOf(row: CertificateRow): CertificateRecord {
  return {
    id: row.id,
    serial: row.serial,
    issuanceKey: row.issuanceKey,
    orderId: row.orderId ?? undefined,
    vkn: row.vkn,
    subjectCn: row.subjectCn,
    kind: row.kind as CertificateRecord["kind"],
    profile: row.profile as CertificateRecord["profile"],
    issuerId: row.issuerId,
    // cleared once issued (migration 20261129190000_certificate_issued_row)
    ...(row.tbsDer ? { tbsDer: new Uint8Array(row.tbsDer) } : {}),
    certDer: row.certDer ? new Uint8Array(row.certDer) : undefined,
    state: row.state as CertificateRecord["state"],
    notBefore: row.notBefore,
    notAfter: row.notAfter,
    tokenUri: row.tokenUri ?? undefined,
    revokedAt: row.revokedAt ?? undefined,
    revocationReason: row.revocationReason ?? undefined,
  };
}
