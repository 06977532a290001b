/**
 * Probes of a running service's storage from outside, for the storage-fault tests: a write that
 * needs room (a new chat session) and what /healthz says of storage.
 */

/** Asks for a new chat session, whatever the answer: the response and its body as text. */
export async function trySession(baseUrl: string): Promise<{ response: Response; body: string }> {
  const response = await fetch(`${baseUrl}/api/chat/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  return { response, body: await response.text() };
}

/** /healthz's status and its storage check. */
export async function storageHealth(baseUrl: string): Promise<{ status: number; storage: unknown }> {
  const response = await fetch(`${baseUrl}/healthz`);
  const body = (await response.json()) as { checks: { storage: unknown } };
  return { status: response.status, storage: body.checks.storage };
}
