/**
 * The one table of what the console listens to: the slash command, the buttons by action id and the
 * modals by callback id. The listeners are registered from it (`registerConsoleListeners`) and the
 * door's routes are derived from it (`consoleRoutes`, slack-request-check.ts answers anything else
 * with a coded 404 at once), so a listener cannot exist without its route, nor a route without its
 * listener. Every button id of `mmActions` must have an entry (checked by the compiler).
 */
import type { App } from "@slack/bolt";
import type { ActionListener, CommandListener, ConsoleContext, ViewListener } from "./console-context.ts";
import { handoffTakeListener } from "./handoff-take-button.ts";
import { hsmStepListener, hsmStepModalListener } from "./hsm-step-actions.ts";
import { mmCommandListener } from "./mm-command-listener.ts";
import { mmActions, mmHsmStepModal } from "./mm-deps.ts";
import { revocationDecisionListener } from "./revocation-buttons.ts";
import type { SlackRoutes } from "./slack-request-check.ts";

type Make<L> = (ctx: ConsoleContext) => L;
type ActionId = (typeof mmActions)[keyof typeof mmActions];

/** Listeners by command, action id and view callback id, each built from the console's context. */
export interface ConsoleListenerTable {
  commands: Readonly<Record<string, Make<CommandListener>>>;
  actions: Readonly<Record<ActionId, Make<ActionListener>>>;
  views: Readonly<Record<string, Make<ViewListener>>>;
}

/** What the console listens to. */
export const consoleListeners: ConsoleListenerTable = {
  commands: { "/mm": mmCommandListener },
  actions: {
    [mmActions.approve]: (ctx) => revocationDecisionListener(ctx, true),
    [mmActions.reject]: (ctx) => revocationDecisionListener(ctx, false),
    [mmActions.hsmStep]: hsmStepListener,
    [mmActions.take]: handoffTakeListener,
  },
  views: { [mmHsmStepModal]: hsmStepModalListener },
};

/** The routes a listener table answers: what the door lets through to Bolt. */
export function routesOf(table: ConsoleListenerTable): SlackRoutes {
  return {
    commands: new Set(Object.keys(table.commands)),
    actions: new Set(Object.keys(table.actions)),
    views: new Set(Object.keys(table.views)),
  };
}

/** The routes of {@link consoleListeners}. */
export const consoleRoutes: SlackRoutes = routesOf(consoleListeners);

/** Registers every listener of a table on the Bolt app. */
export function registerConsoleListeners(
  app: App,
  ctx: ConsoleContext,
  table: ConsoleListenerTable = consoleListeners,
): void {
  for (const [name, make] of Object.entries(table.commands)) app.command(name, make(ctx));
  for (const [id, make] of Object.entries<Make<ActionListener>>(table.actions)) app.action(id, make(ctx));
  for (const [id, make] of Object.entries(table.views)) app.view(id, make(ctx));
}
