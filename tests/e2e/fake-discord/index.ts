// A fake Discord (REST + gateway) on 127.0.0.1 that the real discord.js Client logs into.
//
//   const fake = await startFakeDiscord();
//   const client = new Client({ intents, partials: [Partials.Channel], rest: { api: fake.apiUrl } });
//   await client.login('any.token');                      // wait for 'clientReady'
//   const sent = fake.sendSlashCommand({ name: 'ping' });
//   const callback = await fake.waitForInteractionResponse(sent.id);   // callback.body = {type, data}
//   expect(replyViolations(fake.requests)).toEqual([]);
//   await client.destroy(); await fake.close();
export { startFakeDiscord, type FakeDiscordOptions } from './server.ts';
export type { FakeDiscord } from './fake.ts';
export type {
  AutocompleteInput,
  ButtonInput,
  DirectMessageInput,
  GuildMessageInput,
  MessageContextMenuInput,
  Origin,
  SentInteraction,
  SentMessage,
  SlashCommandInput,
} from './events.ts';
export type { FakeGuildOptions } from './state.ts';
export type { RecordedFile, RecordedGatewayOp, RecordedRequest } from './recorder.ts';
export type { InjectedFailure, RouteMatcher } from './rest.ts';
export { shardOf, snowflake } from './ids.ts';
export type { OptionValue } from './interactions.ts';
export type { AttachmentUpload, FakeAttachment } from './cdn.ts';
export { makeUser, type FakeGuild } from './payloads.ts';
export { assertDiscordLimits, replyViolations, type LimitOptions } from './limits.ts';
