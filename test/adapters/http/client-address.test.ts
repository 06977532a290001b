import { describe, expect, it } from "vitest";
import { clientKey } from "../../../adapters/http/client-address.ts";
import { ocspNonceGate } from "../../../adapters/http/ocsp-nonce-gate.ts";

describe("client keys", () => {
  it("are the IPv4 address, or the /64 of an IPv6 address", () => {
    expect(clientKey("198.51.100.7")).toBe("198.51.100.7/32");
    expect(clientKey("::ffff:198.51.100.7")).toBe("198.51.100.7/32");
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey(undefined)).toBe("unknown");
    expect(clientKey("not-an-address")).toBe("unknown");
  });
});

describe("the OCSP nonce gate", () => {
  it("lets a client have its budget of nonce answers a minute, then refuses, other clients unaffected", async () => {
    const gate = ocspNonceGate(3);
    const a = [];
    for (let i = 0; i < 5; i++) a.push(await gate.allow("198.51.100.7"));
    expect(a).toEqual([true, true, true, false, false]);
    expect(await gate.allow("2001:db8:1:2::/64")).toBe(true);
  });
});
