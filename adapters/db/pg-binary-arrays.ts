/**
 * One-dimensional PostgreSQL arrays in the binary wire format (array_recv), for the certificate
 * batches' parameters. The `pg` driver sends a Buffer parameter in binary; any other array it turns
 * into a text literal, escaping each bytea element as hex (twice its size, decoded again by the
 * server). Measured on the issuance path: the hex round trip of the TBS and certificate bytes was
 * the largest part of the driver's CPU per certificate, on both sides of the connection.
 *
 * Layout: ndim, has-nulls flag, element type OID; per dimension its length and lower bound (1); then
 * each element as a 4-byte length (-1 for NULL) and its bytes, all integers big-endian.
 */

/** Element type OIDs (pg_type). */
const OID = { bytea: 17, text: 25, timestamp: 1114 } as const;

/** Microseconds from the Unix epoch to PostgreSQL's (2000-01-01T00:00:00Z). */
const PG_EPOCH_MICROS = 946_684_800_000_000n;

function encode(oid: number, elements: readonly (Uint8Array | null)[]): Buffer {
  let size = 20;
  for (const e of elements) size += 4 + (e?.length ?? 0);
  const out = Buffer.allocUnsafe(elements.length === 0 ? 12 : size);
  // an empty array has no dimension
  out.writeInt32BE(elements.length === 0 ? 0 : 1, 0);
  out.writeInt32BE(elements.includes(null) ? 1 : 0, 4);
  out.writeInt32BE(oid, 8);
  if (elements.length === 0) return out;
  out.writeInt32BE(elements.length, 12);
  out.writeInt32BE(1, 16);
  let offset = 20;
  for (const e of elements) {
    if (e === null) {
      out.writeInt32BE(-1, offset);
      offset += 4;
      continue;
    }
    out.writeInt32BE(e.length, offset);
    out.set(e, offset + 4);
    offset += 4 + e.length;
  }
  return out;
}

/** A `bytea[]` parameter. */
export function byteaArray(values: readonly Uint8Array[]): Buffer {
  return encode(OID.bytea, values);
}

/** A `text[]` parameter; `null` elements are SQL NULL. */
export function textArray(values: readonly (string | null)[]): Buffer {
  return encode(
    OID.text,
    values.map((v) => (v === null ? null : Buffer.from(v, "utf8"))),
  );
}

/** A `timestamp[]` parameter (without time zone): each date's UTC fields, to the microsecond. */
export function timestampArray(values: readonly Date[]): Buffer {
  return encode(
    OID.timestamp,
    values.map((d) => {
      const micros = BigInt(d.getTime()) * 1000n - PG_EPOCH_MICROS;
      const b = Buffer.allocUnsafe(8);
      b.writeBigInt64BE(micros, 0);
      return b;
    }),
  );
}
