/**
 * `hsm check`: probes a customer's PKCS#11 module and token for the HSM requirements of R2.5 —
 * RSA 2048–4096 key generation, SHA-256 and SHA-512 RSA signing — by asking the mechanism
 * information AND doing it: a temporary RSA-2048 session key pair is generated, signs with both
 * mechanisms (verified here), and is destroyed. FIPS 140-2 Level 3/4 or CC EAL4+ certification
 * cannot be probed through PKCS#11; the report says it is asked of the customer.
 */
import { createPublicKey, randomBytes, verify } from "node:crypto";
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import {
  ck,
  ckrName,
  ckrOf,
  type Handle,
  openModule,
  type Pkcs11Binding,
  type Pkcs11Module,
} from "./binding.ts";
import { toKeyManagerError } from "./errors.ts";
import { describePublicKey, keyPairTemplates } from "./key-objects.ts";
import type { PinSource } from "./pin-source.ts";

/** PASS / FAIL from a probe; NOT_PROBED for what only paperwork can prove. */
export type HsmVerdict = "PASS" | "FAIL" | "NOT_PROBED";

/** One requirement's result. */
export interface HsmRequirementResult {
  id: "rsa-keygen" | "sha256-rsa" | "sha512-rsa" | "certification";
  requirement: string;
  verdict: HsmVerdict;
  detail: string;
}

/** The whole report. */
export interface HsmCheckReport {
  module: string;
  token: string;
  /** Manufacturer, model and serial of the token as it reports them. */
  tokenDescription: string;
  results: HsmRequirementResult[];
  /** True when no probed requirement failed. */
  passed: boolean;
}

/** What to check. */
export interface HsmCheckOptions {
  module: string;
  token: string;
  pinSource: PinSource;
  /** An injected binding instead of loading `module` (tests). */
  binding?: Pkcs11Binding;
}

const requirements = {
  keygen: "R2.5 RSA 2048–4096 bit key generation",
  sha256: "R2.5 SHA-256 RSA signing (CKM_SHA256_RSA_PKCS)",
  sha512: "R2.5 SHA-512 RSA signing (CKM_SHA512_RSA_PKCS)",
  certification: "R2.5 FIPS 140-2 Level 3 or 4, or Common Criteria EAL4+ certification",
} as const;

/**
 * Connects to the module and token, logs in once (a wrong PIN is reported, never retried) and
 * probes each requirement. Throws KeyManagerError `module_not_found`, `token_not_found`,
 * `pin_missing`, `pin_incorrect` or `pin_locked` when it cannot even start.
 */
export async function checkHsm(options: HsmCheckOptions): Promise<HsmCheckReport> {
  const module = openModule(options.module, options.binding);
  try {
    return await probe(module, options);
  } finally {
    module.release();
  }
}

async function probe(module: Pkcs11Module, options: HsmCheckOptions): Promise<HsmCheckReport> {
  const binding = module.binding;
  let slot: Handle;
  try {
    slot = findSlot(binding, options.token);
  } catch {
    // a token created after the module was initialised in this process: SoftHSM needs a re-initialisation
    await module.reinitialize(module.epoch);
    slot = findSlot(binding, options.token);
  }
  const info = binding.C_GetTokenInfo(slot);
  const tokenDescription = `${info.manufacturerID.trim()} ${info.model.trim()}, serial ${info.serialNumber.trim()}`;
  const session = binding.C_OpenSession(slot, ck.CKF_SERIAL_SESSION | ck.CKF_RW_SESSION);
  try {
    await login(binding, session, options);
    const keygen = await probeKeyGeneration(binding, slot, session);
    const results: HsmRequirementResult[] = [keygen.result];
    results.push(await probeSigning(binding, slot, session, keygen.key, "sha256"));
    results.push(await probeSigning(binding, slot, session, keygen.key, "sha512"));
    if (keygen.key) destroy(binding, session, keygen.key);
    results.push({
      id: "certification",
      requirement: requirements.certification,
      verdict: "NOT_PROBED",
      detail:
        "not probed: a PKCS#11 module cannot prove its own certification. Ask the customer for the FIPS 140-2 " +
        "certificate number (Level 3 or 4) or the Common Criteria EAL4+ certificate of this exact model and firmware.",
    });
    return {
      module: options.module,
      token: options.token,
      tokenDescription,
      results,
      passed: results.every((r) => r.verdict !== "FAIL"),
    };
  } finally {
    try {
      binding.C_CloseSession(session);
    } catch {
      // the session objects go with it
    }
  }
}

function findSlot(binding: Pkcs11Binding, token: string): Handle {
  for (const slot of binding.C_GetSlotList(true))
    if (binding.C_GetTokenInfo(slot).label.trimEnd() === token) return slot;
  throw new KeyManagerError(
    "token_not_found",
    `no token labelled "${token}" is present in the module`,
    "token",
  );
}

async function login(binding: Pkcs11Binding, session: Handle, options: HsmCheckOptions): Promise<void> {
  const pin = await options.pinSource(options.token);
  try {
    binding.C_Login(session, ck.CKU_USER, pin);
  } catch (error) {
    if (ckrOf(error) !== ck.CKR_USER_ALREADY_LOGGED_IN)
      throw toKeyManagerError(error, "logging in to the token");
  }
}

interface TemporaryKey {
  privateKey: Handle;
  publicKey: Handle;
  spki: Uint8Array;
}

async function probeKeyGeneration(
  binding: Pkcs11Binding,
  slot: Handle,
  session: Handle,
): Promise<{ result: HsmRequirementResult; key?: TemporaryKey }> {
  const base = { id: "rsa-keygen" as const, requirement: requirements.keygen };
  let sizes: string;
  try {
    const mechanism = binding.C_GetMechanismInfo(slot, ck.CKM_RSA_PKCS_KEY_PAIR_GEN);
    sizes = `${mechanism.minKeySize}–${mechanism.maxKeySize} bits`;
    if (!(mechanism.flags & ck.CKF_GENERATE_KEY_PAIR))
      return {
        result: { ...base, verdict: "FAIL", detail: "CKM_RSA_PKCS_KEY_PAIR_GEN does not generate key pairs" },
      };
    if (mechanism.minKeySize > 2048 || mechanism.maxKeySize < 4096)
      return {
        result: {
          ...base,
          verdict: "FAIL",
          detail: `CKM_RSA_PKCS_KEY_PAIR_GEN covers ${sizes}, not the whole 2048–4096 range`,
        },
      };
  } catch (error) {
    return {
      result: { ...base, verdict: "FAIL", detail: `the module has no RSA key generation (${reason(error)})` },
    };
  }
  const templates = keyPairTemplates(
    { kind: "RSA", modulusLength: 2048 },
    `mm-hsm-check-${randomBytes(4).toString("hex")}`,
    randomBytes(8),
  );
  // session objects: nothing stays on the token even if the check is interrupted
  for (const template of [templates.publicKey, templates.privateKey])
    for (const attribute of template) if (attribute.type === ck.CKA_TOKEN) attribute.value = false;
  try {
    const pair = await new Promise<{ privateKey: Handle; publicKey: Handle }>((resolve, reject) =>
      binding.C_GenerateKeyPair(
        session,
        templates.mechanism,
        templates.publicKey,
        templates.privateKey,
        (e, k) => (e ? reject(e) : resolve(k)),
      ),
    );
    const { spki } = describePublicKey(binding, session, pair.publicKey);
    return {
      result: {
        ...base,
        verdict: "PASS",
        detail: `CKM_RSA_PKCS_KEY_PAIR_GEN covers ${sizes}; a temporary RSA-2048 key pair was generated on the token (and is destroyed after the signing checks)`,
      },
      key: { ...pair, spki },
    };
  } catch (error) {
    return {
      result: {
        ...base,
        verdict: "FAIL",
        detail: `the mechanism reports ${sizes}, but generating an RSA-2048 key pair failed (${reason(error)})`,
      },
    };
  }
}

async function probeSigning(
  binding: Pkcs11Binding,
  slot: Handle,
  session: Handle,
  key: TemporaryKey | undefined,
  hash: "sha256" | "sha512",
): Promise<HsmRequirementResult> {
  const mechanism = hash === "sha256" ? ck.CKM_SHA256_RSA_PKCS : ck.CKM_SHA512_RSA_PKCS;
  const name = hash === "sha256" ? "CKM_SHA256_RSA_PKCS" : "CKM_SHA512_RSA_PKCS";
  const base = { id: `${hash}-rsa` as const, requirement: requirements[hash] };
  try {
    const info = binding.C_GetMechanismInfo(slot, mechanism);
    if (!(info.flags & ck.CKF_SIGN))
      return { ...base, verdict: "FAIL", detail: `${name} is listed but cannot sign` };
  } catch (error) {
    return { ...base, verdict: "FAIL", detail: `the module does not offer ${name} (${reason(error)})` };
  }
  if (!key)
    return {
      ...base,
      verdict: "FAIL",
      detail: `${name} is offered, but no temporary key could be generated to sign with`,
    };
  const data = randomBytes(64);
  try {
    binding.C_SignInit(session, { mechanism }, key.privateKey);
    const signature = await new Promise<Buffer>((resolve, reject) =>
      binding.C_Sign(session, data, Buffer.alloc(1024), (e, d) => (e ? reject(e) : resolve(d))),
    );
    const publicKey = createPublicKey({ key: Buffer.from(key.spki), format: "der", type: "spki" });
    if (!verify(hash, data, publicKey, signature))
      return { ...base, verdict: "FAIL", detail: `${name} produced a signature that does not verify` };
    return {
      ...base,
      verdict: "PASS",
      detail: `${name} is offered for signing; a test signature with the temporary key verified`,
    };
  } catch (error) {
    return { ...base, verdict: "FAIL", detail: `${name} is listed but signing failed (${reason(error)})` };
  }
}

function destroy(binding: Pkcs11Binding, session: Handle, key: TemporaryKey): void {
  for (const object of [key.privateKey, key.publicKey]) {
    try {
      binding.C_DestroyObject(session, object);
    } catch {
      // a session object disappears with the session anyway
    }
  }
}

function reason(error: unknown): string {
  const code = ckrOf(error);
  if (code !== undefined) return ckrName(code);
  return error instanceof Error ? error.message : String(error);
}

/** The report as text, one verdict line per requirement and a closing line. */
export function formatHsmReport(report: HsmCheckReport): string {
  const lines = [
    `HSM check of token "${report.token}" (${report.tokenDescription}) through ${report.module}`,
  ];
  for (const r of report.results) {
    const verdict = r.verdict === "NOT_PROBED" ? "NOT PROBED" : r.verdict;
    lines.push(`[${verdict}] ${r.requirement}: ${r.detail}`);
  }
  lines.push(
    report.passed
      ? "Verdict: the module meets every requirement that can be probed; the certification must still be confirmed by the customer."
      : `Verdict: the module does NOT meet ${report.results.filter((r) => r.verdict === "FAIL").length} probed requirement(s).`,
  );
  return lines.join("\n");
}
