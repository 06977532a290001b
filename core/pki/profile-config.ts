/** Names, URLs and policy OIDs written into certificates; configuration, not code. */
export interface ProfileConfig {
  /** Mali mühür certificate policy (Kamu SM: 2.16.792.1.2.1.1.5.7.4.1). */
  policyOid: string;
  /** Mali mühür signing EKU (Kamu SM: 2.16.792.1.2.1.1.5.7.50.1). */
  signingEkuOid: string;
  /** The CPS qualifier: a page the service serves itself (`GET /ilke`, adapters/http/policy-page.ts). */
  cpsUri: string;
  userNotice: string;
  crlUri: string;
  caIssuersUri: string;
  ocspUri: string;
  /** Validity of subscriber certificates in years (R8.1: 3). */
  validityYears: number;
}

/** The service's public base URL without trailing slashes: what every URL below starts with. */
export function publicBaseUrl(publicUrl: string): string {
  return publicUrl.replace(/\/+$/, "");
}

/** The Kamu SM defaults, with URLs under the service's public base URL. */
export function defaultProfileConfig(publicUrl: string): ProfileConfig {
  const base = publicBaseUrl(publicUrl);
  return {
    policyOid: "2.16.792.1.2.1.1.5.7.4.1",
    signingEkuOid: "2.16.792.1.2.1.1.5.7.50.1",
    cpsUri: `${base}/ilke`,
    userNotice: "Bu sertifika, mali mühür sertifikasıdır.",
    crlUri: `${base}/crl/issuing.crl`,
    caIssuersUri: `${base}/ca/issuing.crt`,
    ocspUri: `${base}/ocsp`,
    validityYears: 3,
  };
}
