import { existsSync } from "node:fs";
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import type { Clock } from "../../core/ports/clock.ts";
import type { KeyManager, KeyManagerResolver } from "../../core/ports/key-manager.ts";
import {
  createPkcs11KeyManager,
  defaultModulePath,
  type PinSource,
  parsePkcs11Uri,
  type TokenEventListener,
} from "../pkcs11/index.ts";
import { SoftwareKeyManager, type SoftwareKeyOptions } from "./software-key-manager.ts";

/** How the PKCS#11 key manager is built at the first `pkcs11:` URI. */
export interface Pkcs11Settings {
  /** The PKCS#11 library; default the Debian SoftHSM2 module when it is installed. */
  module?: string;
  /** Where the user PIN comes from; default `MM_PKCS11_PIN`. */
  pinSource?: PinSource;
  /** Sessions per token (default 16, opened as needed). */
  poolSize?: number;
  /** Token events (logins, failed logins, removed tokens …), e.g. for the audit log. */
  onTokenEvent?: TokenEventListener;
  clock?: Clock;
}

/** Options of {@link createKeyManagerResolver}. */
export interface KeyManagerResolverOptions {
  /** The data folder holding the encrypted software keys. */
  dataDir: string;
  /** The software key store's passphrase (adapters/keys/software-key-manager.ts). */
  softwareKeys?: SoftwareKeyOptions;
  /** A ready PKCS#11 key manager to use for every `pkcs11:` URI (tests inject one). */
  pkcs11?: KeyManager;
  /** Otherwise: how to create the PKCS#11 key manager when the first `pkcs11:` URI is resolved. */
  pkcs11Settings?: Pkcs11Settings;
}

/** The PKCS#11 module to load: the configured one, else SoftHSM2 where the Debian package put it. */
export function resolvePkcs11Module(configured: string | undefined): string {
  if (configured) return configured;
  if (existsSync(defaultModulePath)) return defaultModulePath;
  throw new KeyManagerError(
    "pkcs11_unavailable",
    `no PKCS#11 module: set MM_PKCS11_MODULE (${defaultModulePath} is not installed)`,
  );
}

/**
 * The one factory from key URI to key manager: `softkey:` → the encrypted software store in the
 * data folder; `pkcs11:` (RFC 7512, never with a PIN) → the PKCS#11 key manager, created on first
 * use so a deployment without tokens never loads a module.
 */
export function createKeyManagerResolver(
  options: KeyManagerResolverOptions,
): KeyManagerResolver & { unlockSoftwareKeys(): Promise<void> } {
  const software = new SoftwareKeyManager(options.dataDir, options.softwareKeys);
  let pkcs11 = options.pkcs11;
  const pkcs11Manager = (): KeyManager => {
    if (pkcs11) return pkcs11;
    const settings = options.pkcs11Settings ?? {};
    pkcs11 = createPkcs11KeyManager({
      module: resolvePkcs11Module(settings.module),
      ...(settings.pinSource ? { pinSource: settings.pinSource } : {}),
      ...(settings.poolSize ? { poolSize: settings.poolSize } : {}),
      ...(settings.onTokenEvent ? { onTokenEvent: settings.onTokenEvent } : {}),
      ...(settings.clock ? { clock: settings.clock } : {}),
    });
    return pkcs11;
  };
  return {
    /** Checks the software store's passphrase now (see SoftwareKeyManager.unlock). */
    unlockSoftwareKeys: () => software.unlock(),
    forUri(uri) {
      if (uri.startsWith("softkey:")) return software;
      if (uri.startsWith("pkcs11:")) {
        parsePkcs11Uri(uri); // refuses malformed URIs and any pin-value before a module is loaded
        return pkcs11Manager();
      }
      throw new KeyManagerError("invalid_key_uri", `unknown key URI scheme: ${uri.split(":")[0]}`);
    },
    async close() {
      await software.close();
      await pkcs11?.close();
    },
  };
}
