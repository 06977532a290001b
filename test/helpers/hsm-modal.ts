/** The HSM step modal of the Slack console as an agent submits it (adapters/slack/hsm-step-actions.ts). */
import { expect } from "vitest";
import type { SlackConsoleStack } from "./slack-console-stack.ts";

/** Bolt's acknowledgement of a modal submission: empty (closed), or the fields' errors. */
export interface ModalAck {
  response_action?: string;
  errors?: Record<string, string>;
}

/**
 * Submits the step modal (`mm_hsm_step_modal`) with `privateMetadata` (`<order>:<step>`) and the
 * typed value, signed as Slack would, as `user`; returns Bolt's acknowledgement body.
 */
export async function submitHsmModal(
  s: SlackConsoleStack,
  privateMetadata: string,
  typed: string,
  user = "U1",
): Promise<ModalAck> {
  const payload = {
    type: "view_submission",
    user: { id: user },
    team: { id: "T1" },
    api_app_id: "A1",
    trigger_id: `submit-${Math.random()}`,
    view: {
      id: "V1",
      type: "modal",
      callback_id: "mm_hsm_step_modal",
      private_metadata: privateMetadata,
      state: { values: { mm_hsm_input: { value: { type: "plain_text_input", value: typed } } } },
    },
  };
  const res = await s.agent.post(
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    "application/x-www-form-urlencoded",
  );
  expect(res.status).toBe(200);
  const text = await res.text();
  return text ? (JSON.parse(text) as ModalAck) : {};
}
