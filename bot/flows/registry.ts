/** The handler of each flow. */
import type { Flow } from "../state.ts";
import { applicationFlow } from "./application.ts";
import { certificateStatusFlow } from "./certificate-status.ts";
import { contactProofFlow } from "./contact-proof.ts";
import { contactUpdateFlow } from "./contact-update.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { orderStatusFlow } from "./order-status.ts";
import { revocationFlow } from "./revocation.ts";
import { troubleshootFlow } from "./troubleshoot.ts";
import { verificationFlow } from "./verification.ts";

const handlers: { [N in Flow["name"]]: FlowHandler<Extract<Flow, { name: N }>> } = {
  application: applicationFlow,
  verify: verificationFlow,
  contact: contactUpdateFlow,
  revoke: revocationFlow,
  order: orderStatusFlow,
  status: certificateStatusFlow,
  troubleshoot: troubleshootFlow,
  proof: contactProofFlow,
};

/** The handler of a flow. */
export function flowHandler(flow: Flow): FlowHandler {
  return handlers[flow.name] as FlowHandler;
}
