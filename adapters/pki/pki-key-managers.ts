import type { Clock } from "../../core/ports/clock.ts";
import type { KeyManagerResolver } from "../../core/ports/key-manager.ts";
import { createKeyManagerResolver, type Pkcs11Settings } from "../keys/key-manager-resolver.ts";
import type { SoftwareKeyOptions } from "../keys/software-key-manager.ts";
import type { TokenEventListener } from "../pkcs11/index.ts";

/** The PKI's key managers, chosen by each key's URI, with the software store's unlock step. */
export type PkiKeyManagers = KeyManagerResolver & {
  /**
   * Opens the software key store with its passphrase when one is set, and always in production
   * (where a missing passphrase is an error): a wrong passphrase fails the start, not a signature.
   */
  unlockWhenConfigured(): Promise<void>;
};

/**
 * The key managers of the PKI: `softkey:` keys in the data folder's software store (a passphrase
 * required in production), `pkcs11:` keys on the tokens of the PKCS#11 module, whose token events
 * go to `onTokenEvent`.
 */
export function openPkiKeyManagers(options: {
  dataDir: string;
  production: boolean;
  softwareKeys?: SoftwareKeyOptions | undefined;
  pkcs11?: Omit<Pkcs11Settings, "onTokenEvent" | "clock"> | undefined;
  onTokenEvent: TokenEventListener;
  clock: Clock;
}): PkiKeyManagers {
  const keys = createKeyManagerResolver({
    dataDir: options.dataDir,
    softwareKeys: { ...options.softwareKeys, ...(options.production ? { requirePassphrase: true } : {}) },
    pkcs11Settings: { ...options.pkcs11, onTokenEvent: options.onTokenEvent, clock: options.clock },
  });
  return {
    forUri: (uri) => keys.forUri(uri),
    close: () => keys.close(),
    unlockWhenConfigured: async () => {
      if (options.production || options.softwareKeys?.passphrase !== undefined)
        await keys.unlockSoftwareKeys();
    },
  };
}
