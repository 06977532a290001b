import { LogLevel, type Logger as SlackLogger } from "@slack/bolt";
import type { Logger } from "pino";

/** Bolt's logger interface over the service's pino logger (Bolt's own lines at debug, problems at warn). */
export function boltLogger(logger: Logger): SlackLogger {
  const child = logger.child({ component: "slack" });
  let level = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => child.debug(msg.map(String).join(" ")),
    info: (...msg: unknown[]) => child.debug(msg.map(String).join(" ")),
    warn: (...msg: unknown[]) => child.warn(msg.map(String).join(" ")),
    error: (...msg: unknown[]) => child.error(msg.map(String).join(" ")),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
