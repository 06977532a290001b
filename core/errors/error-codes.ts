/**
 * Every error code of the service in one registry: the HTTP status it is answered with and whether a
 * customer can see it (then `errors.<code>` in locales/tr/bot.json and locales/en/bot.json says it in
 * their words; otherwise it is for operators and agents, in English, or an HTTP-level answer). Core
 * throws these codes (DomainError takes only a registered code), adapters/http/errors.ts answers with their status, and a
 * test holds the registry, the code thrown in core/ and the locales together.
 */
/** What the registry says about one code. */
export interface ErrorCodeSpec {
  /** The HTTP status of an answer with this code. */
  status: 400 | 401 | 404 | 409 | 413 | 429 | 500 | 503;
  /** Whether a customer may see it (and so the bot has words for it). */
  customer: boolean;
}

/** The registry, by code. */
export const errorCodes = {
  already_decided: { status: 409, customer: true },
  already_paid: { status: 409, customer: false },
  already_refunded: { status: 409, customer: true },
  already_revoked: { status: 409, customer: true },
  // an agent's hand-off reply asking for a PIN, PUK or password, not relayed (the console's text: locales/*/slack.json)
  agent_reply_asks_secret: { status: 400, customer: false },
  // an agent's hand-off reply asking for the customer's one-time code in the chat, not relayed
  agent_reply_asks_code: { status: 400, customer: false },
  amount_mismatch: { status: 400, customer: true },
  audit_chain_broken: { status: 400, customer: false },
  audit_key_missing: { status: 503, customer: false },
  bad_arguments: { status: 400, customer: false },
  bad_request: { status: 400, customer: false },
  bad_signature: { status: 401, customer: false },
  ca_missing: { status: 400, customer: false },
  ca_not_initialised: { status: 404, customer: true },
  ceremony_claim_timeout: { status: 400, customer: false },
  certificate_expired: { status: 409, customer: true },
  certificate_key_mismatch: { status: 503, customer: false },
  // a bad environment variable (or the CLI option standing for one): `configuration error: <VARIABLE> …`
  config_invalid: { status: 503, customer: false },
  contacts_already_proven: { status: 409, customer: true },
  contacts_unverified: { status: 409, customer: true },
  conversation_not_found: { status: 404, customer: false },
  crl_number_conflict: { status: 503, customer: true },
  csr_invalid: { status: 400, customer: true },
  csr_key_mismatch: { status: 400, customer: true },
  csr_signature_invalid: { status: 400, customer: true },
  duplicate_group_vkn: { status: 400, customer: true },
  handoff_closed: { status: 409, customer: false },
  production_in_progress: { status: 409, customer: true },
  handoff_not_found: { status: 404, customer: false },
  handoff_not_taken: { status: 409, customer: false },
  handoff_taken_by_other: { status: 409, customer: false },
  hsm_order: { status: 400, customer: false },
  idempotency_key_reused: { status: 409, customer: true },
  internal: { status: 500, customer: false },
  invalid_address: { status: 400, customer: true },
  // a control or invisible format character in a typed field (core/ra/invisible-characters.ts)
  invisible_characters: { status: 400, customer: true },
  address_names_medium: { status: 400, customer: true },
  invalid_amount: { status: 400, customer: true },
  invalid_appointment: { status: 400, customer: true },
  invalid_barcode: { status: 400, customer: true },
  invalid_certificate: { status: 503, customer: false },
  invalid_code_format: { status: 400, customer: true },
  invalid_contact_kind: { status: 400, customer: true },
  invalid_conversation: { status: 400, customer: true },
  invalid_date: { status: 400, customer: false },
  invalid_email: { status: 400, customer: true },
  invalid_group: { status: 400, customer: true },
  invalid_idempotency_key: { status: 400, customer: true },
  invalid_key_uri: { status: 503, customer: false },
  invalid_medium: { status: 400, customer: true },
  invalid_name: { status: 400, customer: true },
  // a payment notice without an order number, or with one that is not a string (adapters/http)
  invalid_order_no: { status: 400, customer: false },
  invalid_name_length: { status: 400, customer: true },
  name_is_firm: { status: 400, customer: true },
  name_is_sentence: { status: 400, customer: true },
  answer_is_filler: { status: 400, customer: true },
  answer_is_medium: { status: 400, customer: true },
  invalid_passphrase_source: { status: 503, customer: false },
  invalid_payment_channel: { status: 400, customer: true },
  invalid_person_type: { status: 400, customer: true },
  invalid_phone: { status: 400, customer: true },
  invalid_pin_source: { status: 503, customer: false },
  invalid_pool_size: { status: 503, customer: false },
  invalid_provider_ref: { status: 400, customer: true },
  invalid_reason: { status: 400, customer: true },
  invalid_received_at: { status: 400, customer: true },
  invalid_recipient_kind: { status: 400, customer: true },
  invalid_renewal: { status: 400, customer: true },
  invalid_request: { status: 400, customer: false },
  invalid_serial: { status: 400, customer: true },
  invalid_step: { status: 400, customer: true },
  invalid_subject: { status: 400, customer: true },
  invalid_tckn: { status: 400, customer: true },
  invalid_tckn_format: { status: 400, customer: true },
  invalid_title: { status: 400, customer: true },
  title_has_contact_data: { status: 400, customer: true },
  invalid_token_uri: { status: 400, customer: true },
  invalid_tracking_no: { status: 400, customer: true },
  invalid_vkn: { status: 400, customer: true },
  invalid_vkn_format: { status: 400, customer: true },
  key_algorithm_mismatch: { status: 503, customer: true },
  key_exists: { status: 503, customer: false },
  key_manager_closed: { status: 503, customer: false },
  key_not_found: { status: 503, customer: false },
  key_passphrase_missing: { status: 503, customer: false },
  key_passphrase_wrong: { status: 503, customer: false },
  key_unreadable: { status: 503, customer: false },
  keygen_failed: { status: 503, customer: false },
  mechanism_unsupported: { status: 503, customer: false },
  missing_documents: { status: 400, customer: true },
  module_not_found: { status: 503, customer: false },
  new_application_required: { status: 409, customer: true },
  not_card_order: { status: 409, customer: true },
  not_found: { status: 404, customer: false },
  not_hsm_order: { status: 409, customer: true },
  not_paid: { status: 409, customer: true },
  non_latin_letters: { status: 400, customer: true },
  output_not_writable: { status: 400, customer: false },
  not_ready_to_ship: { status: 409, customer: true },
  not_shipped: { status: 409, customer: true },
  not_verified: { status: 409, customer: true },
  order_not_paid: { status: 400, customer: false },
  order_number_taken: { status: 409, customer: false },
  order_refunded: { status: 409, customer: true },
  order_required: { status: 400, customer: false },
  payment_not_posted: { status: 400, customer: false },
  petition_writer_not_in_imza_sirkuleri: { status: 400, customer: true },
  pin_in_uri: { status: 503, customer: false },
  pin_incorrect: { status: 503, customer: false },
  pin_locked: { status: 503, customer: false },
  pin_missing: { status: 503, customer: false },
  pkcs11_error: { status: 503, customer: false },
  pkcs11_unavailable: { status: 503, customer: false },
  postal_application_required: { status: 400, customer: true },
  production_failed: { status: 400, customer: false },
  provider_ref_reused: { status: 409, customer: true },
  rate_limited: { status: 429, customer: true },
  refund_not_allowed: { status: 409, customer: true },
  replayed_notice: { status: 409, customer: false },
  // `npm run replay -- <path>`: a file or folder that does not exist
  replay_path_missing: { status: 400, customer: false },
  report_needs_two_copies: { status: 400, customer: true },
  request_pending: { status: 409, customer: true },
  required: { status: 400, customer: true },
  same_contact: { status: 409, customer: true },
  second_agent_required: { status: 409, customer: true },
  session_not_found: { status: 404, customer: false },
  sign_failed: { status: 503, customer: false },
  // the answer to a Slack slash command could not be posted to its response_url: only logged
  slack_followup_failed: { status: 503, customer: false },
  // a Slack request acknowledged after it had been answered 503 (the command did not run): only logged
  slack_ack_too_late: { status: 503, customer: false },
  // a Slack listener failed after the request was acknowledged: only logged
  slack_listener_failed: { status: 500, customer: false },
  // a Slack request no listener acknowledged within 3 s: answered 503 with this code
  slack_not_acknowledged: { status: 503, customer: false },
  sqlite_writer_closed: { status: 503, customer: false },
  sqlite_writer_stopped: { status: 503, customer: false },
  stale_timestamp: { status: 401, customer: false },
  step_out_of_order: { status: 409, customer: true },
  storage_unavailable: { status: 503, customer: false },
  streams_full: { status: 503, customer: false },
  token_not_found: { status: 503, customer: false },
  too_large: { status: 413, customer: false },
  too_many_applications: { status: 429, customer: true },
  too_many_client_applications: { status: 429, customer: true },
  too_many_codes: { status: 429, customer: true },
  too_many_streams: { status: 429, customer: false },
  unauthorized: { status: 401, customer: false },
  unexpected: { status: 500, customer: true },
  unknown_certificate: { status: 404, customer: true },
  // `mm <command>`: no such command (the command parser's error)
  unknown_command: { status: 400, customer: false },
  unknown_order: { status: 404, customer: true },
  // `mm … --<option>`: no such option of the command (the command parser's error)
  unknown_option: { status: 400, customer: false },
  unknown_payment: { status: 404, customer: true },
  unknown_request: { status: 404, customer: true },
  unknown_serial: { status: 404, customer: true },
  unknown_subject: { status: 404, customer: true },
  unsupported_profile: { status: 400, customer: true },
  vkn_mismatch: { status: 400, customer: false },
} as const satisfies Record<string, ErrorCodeSpec>;

/** A registered error code. */
export type ErrorCode = keyof typeof errorCodes;

/** Whether `code` is registered. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCodes, code);
}

/** The registry's entry of `code`, or undefined for an unregistered one. */
export function errorCodeSpec(code: string): ErrorCodeSpec | undefined {
  return isErrorCode(code) ? errorCodes[code] : undefined;
}

/** Codes a customer may see, each with `errors.<code>` in the bot's locales. */
export function customerErrorCodes(): ErrorCode[] {
  return (Object.keys(errorCodes) as ErrorCode[]).filter((code) => errorCodes[code].customer);
}

/** The HTTP status of a coded error: the registry's, else `fallback` (the error's class decides). */
export function statusOfCode(error: { code: string }, fallback: number): number {
  return errorCodeSpec(error.code)?.status ?? fallback;
}
