/** PEM armour (RFC 7468) for DER bytes: base64 in lines of 64 characters between BEGIN/END labels. */
export function toPem(der: Uint8Array, label = "CERTIFICATE"): string {
  const body = Buffer.from(der).toString("base64").replace(/.{64}/g, "$&\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}
