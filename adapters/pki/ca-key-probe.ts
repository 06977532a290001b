import { DomainError } from "../../core/errors/domain-error.ts";
import type { CaRepository } from "../../core/pki/ca-repository.ts";
import { issuerOf } from "../../core/pki/issuer.ts";
import type { KeyManagerResolver } from "../../core/ports/key-manager.ts";
import { type HealthProbe, ProbeError } from "../runtime/health-probe.ts";

/**
 * The `ca` probe of `/healthz`: the issuing CA key signs one byte, whether it is a software key or
 * on a PKCS#11 token. When it cannot (token removed, module gone, PIN refused) the probe fails with
 * the key URI, the reason and its code, e.g. `issuing CA key pkcs11:token=ca;object=issuing-ca
 * unusable: no token labelled ca [token_not_found]` (logged), and `/healthz` answers 503 with the code
 * only (`token_not_found`; `ca_key_unusable` when the key manager gave none). With `development`
 * (the embedded default, not `NODE_ENV=production`) a passing check adds `development: true`.
 */
export function caKeyProbe(
  repository: CaRepository,
  keys: KeyManagerResolver,
  options: { development?: boolean } = {},
): HealthProbe {
  return {
    name: "ca",
    check: async () => {
      const issuing = await repository.activeCa("issuing");
      if (!issuing) throw new ProbeError("ca_not_initialised", "no issuing CA: run `npm run mm -- ca init`");
      try {
        const issuer = await issuerOf(issuing);
        await keys
          .forUri(issuer.keyUri)
          .sign({ uri: issuer.keyUri, algorithm: issuer.signatureAlgorithm, data: new Uint8Array(1) });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const code = error instanceof DomainError ? ` [${error.code}]` : "";
        throw new ProbeError(
          error instanceof DomainError ? error.code : "ca_key_unusable",
          `issuing CA key ${issuing.keyUri} unusable: ${reason}${code}`,
        );
      }
      // the embedded default's development CA says so (`"ca": { "ok": true, "development": true }`)
      return options.development ? { development: true } : undefined;
    },
  };
}
