/**
 * RFC 7512 PKCS#11 URIs: `pkcs11:token=…;object=…;id=%01%02;type=private`. Path attributes are
 * separated by `;`, query attributes follow `?` separated by `&`, values are percent-decoded.
 * `pin-value` is refused: PINs never travel inside a key URI (they come from `MM_PKCS11_PIN` or a
 * PIN source). `module-path`/`module-name` are ignored: the module is configuration, not data.
 */
import { KeyManagerError } from "../../core/errors/domain-error.ts";

/** The parts of a PKCS#11 URI this adapter uses. */
export interface Pkcs11Uri {
  /** The token label (`token=`), required. */
  token: string;
  /** The object label (`object=`), i.e. CKA_LABEL of the key pair. */
  object?: string;
  /** The object identifier (`id=`), i.e. CKA_ID, as bytes. */
  id?: Buffer;
  /** `private`, `public`, `cert`, `secret-key` or `data`. */
  type?: string;
}

const objectTypes = new Set(["private", "public", "cert", "secret-key", "data"]);

/** Parses a `pkcs11:` key URI; fails with `invalid_key_uri` (or `pin_in_uri`). */
export function parsePkcs11Uri(uri: string): Pkcs11Uri {
  if (!uri.startsWith("pkcs11:")) throw invalid(uri, "it does not start with pkcs11:");
  const rest = uri.slice("pkcs11:".length);
  const queryAt = rest.indexOf("?");
  const path = queryAt < 0 ? rest : rest.slice(0, queryAt);
  const query = queryAt < 0 ? "" : rest.slice(queryAt + 1);
  const result: Partial<Pkcs11Uri> = {};
  for (const part of query ? query.split("&") : []) {
    const name = attributeName(uri, part);
    if (name === "pin-value")
      throw new KeyManagerError(
        "pin_in_uri",
        "a PIN inside a key URI is refused: give it through MM_PKCS11_PIN or a PIN source",
      );
  }
  const seen = new Set<string>();
  for (const part of path ? path.split(";") : []) {
    const name = attributeName(uri, part);
    if (seen.has(name)) throw invalid(uri, `the attribute ${name} appears twice`);
    seen.add(name);
    const raw = part.slice(part.indexOf("=") + 1);
    switch (name) {
      case "token":
        result.token = decodeText(uri, raw);
        break;
      case "object":
        result.object = decodeText(uri, raw);
        break;
      case "id":
        result.id = decodeBytes(uri, raw);
        break;
      case "type": {
        const type = decodeText(uri, raw);
        if (!objectTypes.has(type)) throw invalid(uri, `unknown object type ${type}`);
        result.type = type;
        break;
      }
      case "pin-value":
        throw new KeyManagerError("pin_in_uri", "a PIN inside a key URI is refused");
      default:
        // manufacturer, model, serial, slot-*, library-*…: not needed to find a token by label
        break;
    }
  }
  if (!result.token) throw invalid(uri, "it names no token (token=…)");
  if (!result.object && !result.id) throw invalid(uri, "it names no key (object=… or id=…)");
  return result as Pkcs11Uri;
}

/** Formats a URI back (labels percent-encoded where needed, id as %XX bytes). */
export function formatPkcs11Uri(parts: Pkcs11Uri): string {
  const attributes = [`token=${encodeText(parts.token)}`];
  if (parts.object !== undefined) attributes.push(`object=${encodeText(parts.object)}`);
  if (parts.id)
    attributes.push(`id=${[...parts.id].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")}`);
  if (parts.type) attributes.push(`type=${parts.type}`);
  return `pkcs11:${attributes.join(";")}`;
}

function attributeName(uri: string, part: string): string {
  const equals = part.indexOf("=");
  if (equals <= 0) throw invalid(uri, `"${part}" is not name=value`);
  return part.slice(0, equals).toLowerCase();
}

function decodeBytes(uri: string, raw: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "%") {
      const hex = raw.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw invalid(uri, `bad percent-encoding near "${raw.slice(i)}"`);
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(raw[i] as string, "utf8"));
    }
  }
  return Buffer.from(bytes);
}

function decodeText(uri: string, raw: string): string {
  const bytes = decodeBytes(uri, raw);
  const text = new TextDecoder("utf-8", { fatal: true });
  try {
    return text.decode(bytes);
  } catch {
    throw invalid(uri, "a value is not UTF-8");
  }
}

function encodeText(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9\-._~:[\]@!$'()*+,=&]/.test(c) && b < 0x80
        ? c
        : `%${b.toString(16).padStart(2, "0")}`;
    })
    .join("");
}

function invalid(uri: string, why: string): KeyManagerError {
  const shown = uri.length > 200 ? `${uri.slice(0, 200)}…` : uri;
  return new KeyManagerError("invalid_key_uri", `invalid PKCS#11 URI ${shown}: ${why}`, "uri");
}
