import { RateLimiterMemory } from "rate-limiter-flexible";

/** Decides whether a client may have one more freshly signed (nonce) answer now. */
export interface OcspNonceGate {
  allow(client: string): Promise<boolean>;
}

/** Freshly signed (nonce) OCSP answers one client may have per minute by default. */
export const OCSP_NONCES_PER_MINUTE = 120;

/**
 * The OCSP endpoint's nonce gate: each client key (see client-address.ts) may have `perMinute` nonce
 * answers a minute, each one a signature; beyond that the endpoint answers `tryLater` without asking
 * the responder. Requests without a nonce, answered from kept responses, are not counted.
 */
export function ocspNonceGate(perMinute = OCSP_NONCES_PER_MINUTE): OcspNonceGate {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
    allow: (client) =>
      limiter.consume(client).then(
        () => true,
        (rejection: unknown) => {
          if (rejection instanceof Error) throw rejection;
          return false;
        },
      ),
  };
}

/** id-pkix-ocsp-nonce (1.3.6.1.5.5.7.48.1.2) as a DER OBJECT IDENTIFIER. */
const NONCE_OID_DER = Buffer.from([0x06, 0x09, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01, 0x02]);

/**
 * Whether a request may carry a nonce: its bytes hold the nonce's OBJECT IDENTIFIER. A request
 * without it certainly has none (no parse on the hot path); one with it is counted as a nonce
 * request even when the bytes sit elsewhere, which only ever counts too much.
 */
export function mayCarryNonce(der: Uint8Array): boolean {
  return Buffer.from(der.buffer, der.byteOffset, der.byteLength).indexOf(NONCE_OID_DER) >= 0;
}
