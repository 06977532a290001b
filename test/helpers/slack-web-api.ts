/**
 * The fake Slack Web API of the tests and the signed-request client: the same ones the replay
 * runner uses (they are part of `npm run replay`, so they live in adapters/replay/).
 */
export { SlackAgentConsole, slackSignatureHeaders } from "../../adapters/replay/slack-agent-console.ts";
export {
  type SlackCall,
  SlackFakeWebApi,
  slackMessageText,
} from "../../adapters/replay/slack-fake-web-api.ts";
