/**
 * The console's listeners and the door's routes come from one table: whatever is registered on
 * Bolt is routed by the door, and nothing is routed that has no listener.
 */
import type { App } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import type { ConsoleContext } from "../../../adapters/slack/console-context.ts";
import {
  consoleListeners,
  consoleRoutes,
  registerConsoleListeners,
  routesOf,
} from "../../../adapters/slack/console-listeners.ts";
import { mmActions, mmHsmStepModal } from "../../../adapters/slack/mm-deps.ts";

/** A Bolt app that only records what was registered on it. */
function recordingApp() {
  const registered = { commands: new Set<string>(), actions: new Set<string>(), views: new Set<string>() };
  const app = {
    command: (name: string, listener: unknown) => {
      expect(typeof listener).toBe("function");
      registered.commands.add(name);
    },
    action: (id: string, listener: unknown) => {
      expect(typeof listener).toBe("function");
      registered.actions.add(id);
    },
    view: (id: string, listener: unknown) => {
      expect(typeof listener).toBe("function");
      registered.views.add(id);
    },
  };
  return { app: app as unknown as App, registered };
}

describe("console listeners and door routes", () => {
  it("register exactly the routes the door lets through", () => {
    const { app, registered } = recordingApp();
    registerConsoleListeners(app, {} as ConsoleContext);
    expect(registered).toEqual(consoleRoutes);
  });

  it("cover every button id, the HSM modal and /mm", () => {
    expect([...consoleRoutes.actions].sort()).toEqual(Object.values(mmActions).sort());
    expect([...consoleRoutes.views]).toEqual([mmHsmStepModal]);
    expect([...consoleRoutes.commands]).toEqual(["/mm"]);
  });

  it("a table's routes follow the table (a listener added is routed, one removed is not)", () => {
    const { "/mm": mm } = consoleListeners.commands;
    const routes = routesOf({ ...consoleListeners, commands: { "/other": mm! } });
    expect([...routes.commands]).toEqual(["/other"]);
    const { app, registered } = recordingApp();
    registerConsoleListeners(app, {} as ConsoleContext, {
      ...consoleListeners,
      commands: { "/other": mm! },
    });
    expect(registered).toEqual(routes);
  });
});
