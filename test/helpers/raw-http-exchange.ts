/**
 * One raw HTTP exchange over a plain socket, for requests that fetch cannot send (no Host, odd
 * transfer codings): resolves once the server closes the connection.
 */
import { connect } from "node:net";

/** What the server sent back: the status, the header block and the body (latin1, byte for byte). */
export interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** Writes the request's parts to 127.0.0.1:`port` and waits for the server to close (5 s at most). */
export function rawExchange(port: number, parts: readonly (string | Buffer)[]): Promise<RawAnswer> {
  return new Promise<RawAnswer>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("the connection was not closed within 5 s"));
    }, 5_000);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks).toString("latin1");
      const split = all.indexOf("\r\n\r\n");
      const headers = all.slice(0, split);
      resolve({ status: Number(headers.split(" ")[1]), headers, body: all.slice(split + 4) });
    });
    for (const part of parts) socket.write(part);
  });
}
