import type { Request, RequestHandler, Response } from "express";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientKey } from "../http/client-address.ts";
import { sendError } from "../http/errors.ts";

/** Limits of the chat API: points per window, per client IP and per session. */
export interface ChatRateLimits {
  /** New sessions per IP per `windowSeconds`. */
  sessionsPerIp: number;
  /** API requests (messages, event streams) per IP per `windowSeconds`. */
  requestsPerIp: number;
  /** Messages per session per `windowSeconds`. */
  messagesPerSession: number;
  windowSeconds: number;
}

/** Defaults: generous for a person, tight for a script. */
export const defaultChatRateLimits: ChatRateLimits = {
  sessionsPerIp: 30,
  requestsPerIp: 600,
  messagesPerSession: 40,
  windowSeconds: 60,
};

/** The memory-backed limiters of one chat router. */
export class ChatRateLimiter {
  readonly #sessions: RateLimiterMemory;
  readonly #requests: RateLimiterMemory;
  readonly #perSession: RateLimiterMemory;

  constructor(limits: ChatRateLimits) {
    const duration = limits.windowSeconds;
    this.#sessions = new RateLimiterMemory({ keyPrefix: "s", points: limits.sessionsPerIp, duration });
    this.#requests = new RateLimiterMemory({ keyPrefix: "r", points: limits.requestsPerIp, duration });
    this.#perSession = new RateLimiterMemory({ keyPrefix: "m", points: limits.messagesPerSession, duration });
  }

  /** Middleware counting session creations per IP. */
  sessionCreation(): RequestHandler {
    return (req, res, next) => {
      this.#sessions.consume(clientOf(req)).then(
        () => next(),
        (rejection) => tooMany(res, rejection, next),
      );
    };
  }

  /** Middleware counting API requests per IP. */
  perIp(): RequestHandler {
    return (req, res, next) => {
      this.#requests.consume(clientOf(req)).then(
        () => next(),
        (rejection) => tooMany(res, rejection, next),
      );
    };
  }

  /** Counts one message of a session; resolves false (and answers 429) when over the limit. */
  async consumeSession(sessionId: string, res: Response): Promise<boolean> {
    try {
      await this.#perSession.consume(sessionId);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      answer429(res, rejection);
      return false;
    }
  }
}

/** The client a request is counted under, as every per-client limit counts it (client-address.ts). */
function clientOf(req: Request): string {
  return clientKey(req.ip ?? req.socket.remoteAddress);
}

function tooMany(res: Response, rejection: unknown, next: (error?: unknown) => void): void {
  if (rejection instanceof RateLimiterRes) answer429(res, rejection);
  else next(rejection);
}

function answer429(res: Response, rejection: RateLimiterRes): void {
  res.setHeader("Retry-After", String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))));
  sendError(res, 429, "rate_limited", "too many requests, try again later");
}

/** The limits configured by `MM_CHAT_*_PER_MINUTE`. */
export function chatRateLimitsFrom(env: {
  MM_CHAT_SESSIONS_PER_MINUTE: number;
  MM_CHAT_REQUESTS_PER_MINUTE: number;
  MM_CHAT_MESSAGES_PER_MINUTE: number;
}): ChatRateLimits {
  return {
    sessionsPerIp: env.MM_CHAT_SESSIONS_PER_MINUTE,
    requestsPerIp: env.MM_CHAT_REQUESTS_PER_MINUTE,
    messagesPerSession: env.MM_CHAT_MESSAGES_PER_MINUTE,
    windowSeconds: 60,
  };
}
