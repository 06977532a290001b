import { KeyManagerError } from "../../core/errors/domain-error.ts";
import type { KeyManager, KeyManagerResolver } from "../../core/ports/key-manager.ts";
import { SoftwareKeyManager } from "./software-key-manager.ts";

/**
 * The one factory from key URI to key manager: `softkey:` → the encrypted software store in the
 * data folder. `pkcs11:` URIs answer `pkcs11_unavailable` until the PKCS#11 adapter is plugged in
 * through `pkcs11`.
 */
export function createKeyManagerResolver(options: {
  dataDir: string;
  pkcs11?: KeyManager;
}): KeyManagerResolver {
  const software = new SoftwareKeyManager(options.dataDir);
  return {
    forUri(uri) {
      if (uri.startsWith("softkey:")) return software;
      if (uri.startsWith("pkcs11:")) {
        if (options.pkcs11) return options.pkcs11;
        throw new KeyManagerError("pkcs11_unavailable", "no PKCS#11 module is configured for this key URI");
      }
      throw new KeyManagerError("invalid_key_uri", `unknown key URI scheme: ${uri.split(":")[0]}`);
    },
    async close() {
      await software.close();
      await options.pkcs11?.close();
    },
  };
}
