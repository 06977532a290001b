import { afterAll, beforeAll } from "vitest";
import { startWebTestApp, type WebTestApp } from "./web-app.ts";
import { launchChromium } from "./web-browser.ts";
import { ScriptedEngine } from "./web-scripted-engine.ts";

/** The web app on the scripted engine and a headless Chromium, as a browser test of the chat page uses them. */
export interface ScriptedChatInChromium {
  app: WebTestApp;
  chromium: Awaited<ReturnType<typeof launchChromium>>;
}

/**
 * Starts the web app with the scripted engine and Chromium before the file's tests and closes both
 * after them; the returned object's fields are set once `beforeAll` has run.
 */
export function useScriptedChatInChromium(): ScriptedChatInChromium {
  const stage = {} as ScriptedChatInChromium;
  beforeAll(async () => {
    stage.app = await startWebTestApp({ engine: new ScriptedEngine() });
    stage.chromium = await launchChromium();
  });
  afterAll(async () => {
    await stage.chromium?.close();
    await stage.app?.close();
  });
  return stage;
}
