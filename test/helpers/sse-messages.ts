/**
 * Reads a web chat event stream (`GET /api/chat/sessions/:id/events`) in tests.
 */

/** Reads an SSE response until an event named `messages` arrives, cancels the stream and returns its data. */
export async function nextMessagesEvent(res: Response): Promise<unknown> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error("stream ended before a messages event");
    buffer += decoder.decode(value, { stream: true });
    const match = /event: messages\ndata: (.*)\n\n/.exec(buffer);
    if (match) {
      await reader.cancel();
      return JSON.parse(match[1]!);
    }
  }
}
