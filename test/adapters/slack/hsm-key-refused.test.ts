/**
 * The "HSM'ye yüklendi" modal when the key URI names a token the HSM does not have (console tester,
 * round 21): it answered "İşlem şu anda yapılamadı; lütfen tekrar deneyin." and logged nothing,
 * though no retry could succeed. The PKCS#11 layer's code is named on the field now, and logged
 * (code and step only, not the URI).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { createPkcs11KeyManager, type Pkcs11KeyManager } from "../../../adapters/pkcs11/index.ts";
import type { ConsoleContext } from "../../../adapters/slack/console-context.ts";
import { hsmStepModalListener } from "../../../adapters/slack/hsm-step-actions.ts";
import { ConflictError } from "../../../core/errors/domain-error.ts";
import type { HsmStepRequest } from "../../../core/ra/production-service.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../../helpers/softhsm.ts";

const uri = "pkcs11:token=yok;object=mm";

describe("the HSM key-URI modal when the PKCS#11 layer refuses the key", () => {
  let hsm: SoftHsm;
  let keys: Pkcs11KeyManager;
  beforeAll(() => {
    hsm = createSoftHsm();
    hsm.initToken("firma-hsm");
    keys = createPkcs11KeyManager({ module: hsm.module, pinSource: async () => testPins.user });
  });
  afterAll(async () => {
    await keys?.close();
    hsm?.dispose();
  });

  /** Submits the modal for `loaded_on_hsm` with `typed`; core's step runs `advance`. */
  async function submit(typed: string, advance: (r: HsmStepRequest) => Promise<unknown>) {
    const warn = vi.fn();
    const onUnexpected = vi.fn();
    const ctx = {
      t: (await createTranslator()).getFixedT("tr", "slack"),
      ra: { production: { advanceHsm: advance } },
      authorised: async () => true,
      logger: { warn },
      onUnexpected,
    } as unknown as ConsoleContext;
    let acked: unknown;
    const listener = hsmStepModalListener(ctx) as unknown as (args: unknown) => Promise<void>;
    await listener({
      ack: async (a?: unknown) => {
        acked = a;
      },
      body: { user: { id: "U1" } },
      view: {
        private_metadata: "MM1234567890:loaded_on_hsm",
        state: { values: { mm_hsm_input: { value: { value: typed } } } },
      },
    });
    return {
      acked: acked as { response_action?: string; errors?: Record<string, string> },
      warn,
      onUnexpected,
    };
  }

  it("a token the HSM lacks: 'token not found' on the field, not 'try again'; logged with its code", async () => {
    // core's loaded_on_hsm step reaches the key through the PKCS#11 key manager
    const { acked, warn, onUnexpected } = await submit(uri, (r) => keys.getPublicKey(r.hsmTokenUri!));
    expect(acked.response_action).toBe("errors");
    const shown = acked.errors?.mm_hsm_input ?? "";
    expect(shown).toContain("token HSM'de bulunamadı (token_not_found)");
    expect(shown).not.toContain("tekrar deneyin");
    expect(warn).toHaveBeenCalledWith(
      { code: "token_not_found", step: "loaded_on_hsm" },
      "HSM step refused by the key manager",
    );
    expect(JSON.stringify(warn.mock.calls)).not.toContain("yok");
    expect(onUnexpected).not.toHaveBeenCalled();
  });

  it("a key the token lacks is named too", async () => {
    const { acked } = await submit("pkcs11:token=firma-hsm;object=yok", (r) =>
      keys.getPublicKey(r.hsmTokenUri!),
    );
    expect(acked.errors?.mm_hsm_input).toContain("key_not_found");
  });

  it("other refusals are worded as before; an unexpected failure stays generic and is told", async () => {
    const conflict = await submit(uri, async () => {
      throw new ConflictError("step_out_of_order", "next is invoice_sent", "step", { expected: "x" });
    });
    expect(conflict.acked.errors?.mm_hsm_input).toContain("Bu adım sırası değil");
    expect(conflict.warn).not.toHaveBeenCalled();
    const broken = await submit(uri, async () => {
      throw new Error("disk full");
    });
    expect(broken.acked.errors?.mm_hsm_input).toBe("İşlem şu anda yapılamadı; lütfen tekrar deneyin.");
    expect(broken.onUnexpected).toHaveBeenCalled();
  });
});
