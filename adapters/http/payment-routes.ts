import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import express, { type Request, type Router } from "express";
import type { ErrorCode } from "../../core/errors/error-codes.ts";
import type { PaymentService } from "../../core/ra/payment-service.ts";
import { HttpError, methodNotAllowed } from "./errors.ts";
import { namingField, parsePaymentNotice } from "./payment-notice-body.ts";
import { MemoryNoticeReplays, type NoticeReplays } from "./payment-notice-replays.ts";

/** Header with the notice's time, Unix seconds. */
export const TIMESTAMP_HEADER = "x-mm-timestamp";
/** Header with `sha256=<hex>`: HMAC-SHA256 under the secret of `<timestamp>.<raw body>`. */
export const SIGNATURE_HEADER = "x-mm-signature";
/** Seconds a signed notice's timestamp may be away from now, either way. */
export const NOTICE_WINDOW_SECONDS = 300;
const BODY_LIMIT = "8kb";
const SIGNATURE = /^sha256=([0-9a-f]{64})$/;
const TIMESTAMP = /^\d{1,12}$/;

/**
 * `POST /api/payments`: the payment provider's notice (virtual POS callback, or a bank collection
 * line for Vakıfbank/Ziraat). Body `{ orderNo, channel, providerRef, amountKurus, receivedAt? }` →
 * 200 `{ orderNo, posted, postsAt, created }`. A repeated notice answers the same and records nothing;
 * bad input is a coded 400/404/409. Without a configured secret the route does not exist.
 *
 * Two ways to authenticate, both checked before the body is parsed and compared in constant time:
 * - signed: `X-MM-Timestamp: <unix seconds>` and `X-MM-Signature: sha256=<hex>`, the HMAC-SHA256
 *   under the secret of `<timestamp>.<raw body>`; the timestamp must be within
 *   {@link NOTICE_WINDOW_SECONDS} of now (else 401 `stale_timestamp`), a wrong HMAC is 401
 *   `bad_signature`, and a signature already accepted within the window is 409 `replayed_notice`;
 * - `Authorization: Bearer <MM_PAYMENT_WEBHOOK_SECRET>` as before (401 `unauthorized` otherwise).
 */
export function paymentRoutes(
  payments: PaymentService,
  secret: string,
  options: { replays?: NoticeReplays; now?: () => Date } = {},
): Router {
  const router = express.Router();
  const bearer = digest(`Bearer ${secret}`);
  const replays = options.replays ?? new MemoryNoticeReplays();
  const now = options.now ?? (() => new Date());
  const raw = express.raw({ type: () => true, limit: BODY_LIMIT });

  /** Headers only: which form, and for the signed one its checked timestamp and signature. */
  const authenticate = (req: Request): Auth => {
    const signature = req.get(SIGNATURE_HEADER);
    const timestamp = req.get(TIMESTAMP_HEADER);
    if (signature === undefined && timestamp === undefined) {
      if (!timingSafeEqual(digest(req.get("authorization") ?? ""), bearer))
        throw new HttpError(401, "unauthorized", "a valid bearer token or signature is required");
      return { signed: false };
    }
    if (signature === undefined || timestamp === undefined)
      throw new HttpError(
        401,
        "bad_signature" satisfies ErrorCode,
        `a signed notice needs both headers: ${signature === undefined ? "X-MM-Signature" : "X-MM-Timestamp"} is missing`,
      );
    const hex = SIGNATURE.exec(signature)?.[1];
    if (!hex)
      throw new HttpError(
        401,
        "bad_signature" satisfies ErrorCode,
        "X-MM-Signature must be sha256= followed by 64 lowercase hex digits",
      );
    if (!TIMESTAMP.test(timestamp))
      throw new HttpError(401, "bad_signature" satisfies ErrorCode, "X-MM-Timestamp must be Unix seconds");
    if (Math.abs(now().getTime() / 1000 - Number(timestamp)) > NOTICE_WINDOW_SECONDS)
      throw new HttpError(401, "stale_timestamp", "the notice's timestamp is outside the accepted window");
    return { signed: true, timestamp, signature: hex };
  };

  router.all("/api/payments", (req, res, next) => {
    if (req.method === "POST") return next();
    req.resume(); // never read: drain whatever body came with it
    methodNotAllowed(["POST"])(req, res, next);
  });
  router.post(
    "/api/payments",
    (req, res, next) => {
      try {
        res.locals.paymentAuth = authenticate(req);
        next();
      } catch (error) {
        req.resume(); // the body is never parsed; drain it so the answer can be read
        next(error);
      }
    },
    raw,
    async (req, res, next) => {
      try {
        const auth = res.locals.paymentAuth as Auth;
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (auth.signed) {
          const expected = createHmac("sha256", secret).update(`${auth.timestamp}.`).update(body).digest();
          if (!timingSafeEqual(expected, Buffer.from(auth.signature, "hex")))
            throw new HttpError(
              401,
              "bad_signature" satisfies ErrorCode,
              "the signature does not match the body and timestamp",
            );
          const expiresAt = new Date((Number(auth.timestamp) + NOTICE_WINDOW_SECONDS) * 1000);
          if (!(await replays.claim(auth.signature, expiresAt, now())))
            throw new HttpError(409, "replayed_notice", "this signed notice was already received");
        }
        const notice = parsePaymentNotice(body);
        const result = await payments.record(notice).catch((error: unknown) => {
          throw namingField(error);
        });
        res.json({
          orderNo: result.orderNo,
          posted: result.posted,
          postsAt: result.postsAt.toISOString(),
          created: result.created,
        });
      } catch (error) {
        next(error);
      }
    },
  );
  return router;
}

/** How a notice authenticated: Bearer, or signed with its checked timestamp and signature (hex). */
type Auth = { signed: false } | { signed: true; timestamp: string; signature: string };

/** SHA-256 of a header value: equal-length buffers for a constant-time comparison. */
function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
