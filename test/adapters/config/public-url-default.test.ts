/**
 * Tester: with PORT=3915 the development CA's CPS link read `http://localhost:3000/ilke`. The
 * certificates' URLs come from MM_PUBLIC_URL at every start (core/pki/profile-config.ts), not from
 * `ca init`; unset, it now follows PORT.
 */
import { describe, expect, it } from "vitest";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";

describe("MM_PUBLIC_URL's default", () => {
  it("follows PORT when unset", () => {
    const env = readEnvironment({ PORT: "3915" });
    expect(env.MM_PUBLIC_URL).toBe("http://localhost:3915");
    expect(defaultProfileConfig(env.MM_PUBLIC_URL).cpsUri).toBe("http://localhost:3915/ilke");
  });

  it("is http://localhost:3000 with neither set, and a set MM_PUBLIC_URL wins over PORT", () => {
    expect(readEnvironment({}).MM_PUBLIC_URL).toBe("http://localhost:3000");
    expect(readEnvironment({ PORT: "3915", MM_PUBLIC_URL: "https://mm.example.com.tr" }).MM_PUBLIC_URL).toBe(
      "https://mm.example.com.tr",
    );
  });
});
