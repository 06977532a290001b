/**
 * `MM_PUBLIC_URL` at the start of `npm start`: every certificate the service issues (its jobs
 * produce cards) names its CRL, OCSP, CA-certificate and CPS addresses under it
 * (core/pki/profile-config.ts). Unset, the environment's default is `http://localhost:<PORT>`,
 * which no relying party can reach: production refuses to start on it, development starts with a
 * warning naming the default.
 */
import { ConfigurationError, type Environment } from "./environment.ts";

/**
 * Checks `MM_PUBLIC_URL` before anything is opened. Throws {@link ConfigurationError} (one line
 * naming the variable) when `NODE_ENV=production` and it is unset (an empty value counts as unset,
 * as in readEnvironment); returns the warning to log when a development set-up runs on the default,
 * and undefined when it is set.
 */
export function checkPublicUrlAtStart(
  env: Environment,
  raw: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (raw.MM_PUBLIC_URL) return undefined;
  if (env.NODE_ENV === "production")
    throw new ConfigurationError(
      "MM_PUBLIC_URL",
      `is not set: NODE_ENV=production never writes the default ${env.MM_PUBLIC_URL} into certificates; set MM_PUBLIC_URL to the service's public base URL (e.g. https://mm.example.com.tr), where its CRL, OCSP, CA certificates and /ilke are served`,
    );
  return `MM_PUBLIC_URL is not set: certificates issued by this development set-up name ${env.MM_PUBLIC_URL} for their CRL, OCSP, CA certificate and CPS (set MM_PUBLIC_URL to the service's public base URL)`;
}
