/**
 * Finding and describing key objects on a token: search by CKA_CLASS + CKA_LABEL/CKA_ID, key
 * generation templates (token keys, private key sensitive and never extractable), and the public
 * key of a found object as a DER SubjectPublicKeyInfo.
 */
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import type { KeyAlgorithm, PublicKeyInfo } from "../../core/ports/key-manager.ts";
import { ck, type Handle, type Mechanism, type Pkcs11Binding, type Template } from "./binding.ts";
import type { Pkcs11Uri } from "./pkcs11-uri.ts";
import { curveOfParams, ecSpki, namedCurves, rsaSpki } from "./spki.ts";

/** Finds the first object of a class matching the URI's label and id. */
export function findObject(
  binding: Pkcs11Binding,
  session: Handle,
  objectClass: number,
  uri: Pick<Pkcs11Uri, "object" | "id">,
): Handle | undefined {
  const template: Template = [{ type: ck.CKA_CLASS, value: objectClass }];
  if (uri.object !== undefined) template.push({ type: ck.CKA_LABEL, value: uri.object });
  if (uri.id) template.push({ type: ck.CKA_ID, value: uri.id });
  return findFirst(binding, session, template);
}

/** The first object matching a template. */
export function findFirst(binding: Pkcs11Binding, session: Handle, template: Template): Handle | undefined {
  binding.C_FindObjectsInit(session, template);
  try {
    const found = binding.C_FindObjects(session, 1);
    return found[0];
  } finally {
    binding.C_FindObjectsFinal(session);
  }
}

/** Reads one attribute as bytes. */
export function readAttribute(binding: Pkcs11Binding, session: Handle, object: Handle, type: number): Buffer {
  const [attribute] = binding.C_GetAttributeValue(session, object, [{ type }]);
  return attribute?.value ?? Buffer.alloc(0);
}

/** Reads CKA_KEY_TYPE (CKK_RSA, CKK_EC…). */
export function readKeyType(binding: Pkcs11Binding, session: Handle, object: Handle): number {
  const value = readAttribute(binding, session, object, ck.CKA_KEY_TYPE);
  return value.length >= 4 ? value.readUInt32LE(0) : (value[0] ?? -1);
}

/** The SPKI and algorithm of a public key object (or an RSA private key, which carries n and e). */
export function describePublicKey(binding: Pkcs11Binding, session: Handle, object: Handle): PublicKeyInfo {
  const keyType = readKeyType(binding, session, object);
  if (keyType === ck.CKK_RSA) {
    const modulus = readAttribute(binding, session, object, ck.CKA_MODULUS);
    const exponent = readAttribute(binding, session, object, ck.CKA_PUBLIC_EXPONENT);
    const bits = bitLength(modulus);
    if (bits !== 2048 && bits !== 3072 && bits !== 4096)
      throw new KeyManagerError("mechanism_unsupported", `RSA keys of ${bits} bits are not supported`);
    return { spki: rsaSpki(modulus, exponent), algorithm: { kind: "RSA", modulusLength: bits } };
  }
  if (keyType === ck.CKK_EC) {
    const curve = curveOfParams(readAttribute(binding, session, object, ck.CKA_EC_PARAMS));
    if (!curve) throw new KeyManagerError("mechanism_unsupported", "the key is on an unsupported curve");
    const point = readAttribute(binding, session, object, ck.CKA_EC_POINT);
    return { spki: ecSpki(curve, point), algorithm: { kind: "EC", namedCurve: curve } };
  }
  throw new KeyManagerError("mechanism_unsupported", `unsupported key type ${keyType}`);
}

/** The mechanism and templates generating a key pair of `algorithm` under `label`/`id`. */
export function keyPairTemplates(
  algorithm: KeyAlgorithm,
  label: string | undefined,
  id: Buffer,
): { mechanism: Mechanism; publicKey: Template; privateKey: Template } {
  const named: Template = [{ type: ck.CKA_ID, value: id }];
  if (label !== undefined) named.push({ type: ck.CKA_LABEL, value: label });
  const privateKey: Template = [
    { type: ck.CKA_CLASS, value: ck.CKO_PRIVATE_KEY },
    { type: ck.CKA_TOKEN, value: true },
    { type: ck.CKA_PRIVATE, value: true },
    { type: ck.CKA_SENSITIVE, value: true },
    { type: ck.CKA_EXTRACTABLE, value: false },
    { type: ck.CKA_SIGN, value: true },
    ...named,
  ];
  const publicKey: Template = [
    { type: ck.CKA_CLASS, value: ck.CKO_PUBLIC_KEY },
    { type: ck.CKA_TOKEN, value: true },
    { type: ck.CKA_PRIVATE, value: false },
    { type: ck.CKA_VERIFY, value: true },
    ...named,
  ];
  if (algorithm.kind === "RSA") {
    if (![2048, 3072, 4096].includes(algorithm.modulusLength))
      throw new KeyManagerError("mechanism_unsupported", `RSA-${algorithm.modulusLength} is not supported`);
    privateKey.push({ type: ck.CKA_KEY_TYPE, value: ck.CKK_RSA });
    publicKey.push(
      { type: ck.CKA_KEY_TYPE, value: ck.CKK_RSA },
      { type: ck.CKA_MODULUS_BITS, value: algorithm.modulusLength },
      { type: ck.CKA_PUBLIC_EXPONENT, value: Buffer.from([0x01, 0x00, 0x01]) },
    );
    return { mechanism: { mechanism: ck.CKM_RSA_PKCS_KEY_PAIR_GEN }, publicKey, privateKey };
  }
  if (algorithm.kind === "EC" && Object.hasOwn(namedCurves, algorithm.namedCurve)) {
    privateKey.push({ type: ck.CKA_KEY_TYPE, value: ck.CKK_EC });
    publicKey.push(
      { type: ck.CKA_KEY_TYPE, value: ck.CKK_EC },
      { type: ck.CKA_EC_PARAMS, value: namedCurves[algorithm.namedCurve].params },
    );
    return { mechanism: { mechanism: ck.CKM_EC_KEY_PAIR_GEN }, publicKey, privateKey };
  }
  throw new KeyManagerError(
    "mechanism_unsupported",
    `unsupported key algorithm ${JSON.stringify(algorithm)}`,
  );
}

function bitLength(modulus: Buffer): number {
  let start = 0;
  while (start < modulus.length && modulus[start] === 0) start++;
  if (start === modulus.length) return 0;
  return (modulus.length - start - 1) * 8 + (32 - Math.clz32(modulus[start] as number));
}
