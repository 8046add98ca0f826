// End to end: the real bot (startBot, the real discord.js Client) logged into the fake Discord on
// 127.0.0.1, driven as users drive it: every slash command, its autocomplete and buttons, and plain
// direct messages. Each test asserts what the user would see, read from the recorded REST bodies.
import { beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import { findTimeline } from '../../src/core/browse.ts';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { describeDate } from '../../src/format/describe.ts';
import { makeUser } from './fake-discord/index.ts';
import {
  buttonLabels,
  callbackOf,
  customIdOf,
  dataOf,
  embedOf,
  EPHEMERAL,
  KNOWLEDGE_DIR,
  loadCleanKnowledge,
  messageOf,
  requestsFor,
  TOKEN,
  visibleText,
} from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const FENGQIAO = 'how many civil disputes has fengqiao mediated';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadCleanKnowledge(KNOWLEDGE_DIR);
});
const { fake, bot } = useTestBot({ bot: () => ({ knowledge }) });

/** The passage whose text contains `words`, from the knowledge the bot serves. */
function passageWith(words: string) {
  const passage = knowledge.passages.find((p) => p.text.includes(words));
  if (passage === undefined) throw new Error(`no passage contains "${words}"`);
  return passage;
}

/** Sends /ask and returns its one callback. */
async function ask(question: string, extra: { private?: boolean; user?: ReturnType<typeof makeUser> } = {}) {
  const sent = fake.sendSlashCommand({
    name: 'ask',
    options: { question, ...(extra.private === undefined ? {} : { private: extra.private }) },
    ...(extra.user === undefined ? {} : { user: extra.user }),
  });
  const callback = await fake.waitForInteractionResponse(sent.id);
  return { sent, callback, data: dataOf(callback) };
}

describe('start', () => {
  it('logs in with one REST call and IDENTIFY asks for Guilds, GuildMessages and DirectMessages only', () => {
    expect(bot.bot.client.isReady()).toBe(true);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);
    expect(fake.requests[0]?.headers['authorization']).toBe(`Bot ${TOKEN}`);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(fake.identifies[0]?.intents).toBe(4609);
    expect(bot.log.lines().some((line) => line.msg === 'ready')).toBe(true);
  });
});

describe('/ask', () => {
  it('answers with one callback: the quoted passage with matched words in bold, its citation, figures and buttons', async () => {
    const { sent, callback, data } = await ask(FENGQIAO);
    const passage = passageWith('more than 1,300 civil disputes');

    expect(requestsFor(fake, sent)).toHaveLength(1); // one callback, no edit, no follow-up
    expect(callback.status).toBe(204);
    expect(callbackOf(callback).type).toBe(4);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect((data.flags ?? 0) & EPHEMERAL).toBe(0);

    const embed = embedOf(data);
    expect(embed.description).toMatch(/^> /);
    expect(embed.description).toContain('1,300');
    expect(embed.description?.replace(/\*\*/g, '')).toContain('more than 1,300 civil disputes');
    const bold = [...(embed.description ?? '').matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]?.toLowerCase());
    expect(bold).toEqual(expect.arrayContaining(['civil', 'disputes', 'fengqiao', 'mediated']));

    const footer = embed.footer?.text ?? '';
    expect(footer).toContain(passage.citation.title);
    expect(footer).toContain(`¶${passage.citation.paragraph}`);
    expect(footer).toContain(`line ${passage.citation.line}`);
    expect(footer).toContain(passage.id);
    expect(footer).toMatch(/result 1 of \d+/);

    const figures = embed.fields?.find((field) => field.name === 'Figures');
    expect(figures?.value).toContain('1,300');
    expect(buttonLabels(data)).toEqual(expect.arrayContaining(['More results', 'Show context']));
    expect(buttonLabels(data)).not.toContain('Back');
  });

  it('answers privately with private:true (the ephemeral flag)', async () => {
    const { data } = await ask(FENGQIAO, { private: true });
    expect((data.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(data)).toContain('1,300');
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('says privately when nothing matches, rather than quoting an unrelated passage', async () => {
    const { data } = await ask('xylophone quasar');
    expect((data.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('Nothing in the knowledge base matches');
    expect(data.embeds ?? []).toEqual([]);
  });
});

describe('/ask buttons', () => {
  it('pages with More results and Back, in place, for the asker only', async () => {
    const { data } = await ask(FENGQIAO);
    const more = customIdOf(data, 'More results');

    // Someone else presses it: a private refusal, the message is not updated.
    const stranger = makeUser({ username: 'stranger' });
    const refused = fake.sendButton({ customId: more, user: stranger });
    const refusal = await fake.waitForInteractionResponse(refused.id);
    expect(callbackOf(refusal).type).toBe(4);
    expect((dataOf(refusal).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(dataOf(refusal).content).toContain('Only the person who asked');
    expect(requestsFor(fake, refused)).toHaveLength(1);

    // The asker presses it: result 2 replaces result 1, with a Back button.
    const pressed = fake.sendButton({ customId: more });
    const update = await fake.waitForInteractionResponse(pressed.id);
    expect(callbackOf(update).type).toBe(7);
    const page2 = dataOf(update);
    expect(embedOf(page2).footer?.text).toMatch(/result 2 of \d+/);
    expect(embedOf(page2).description).not.toContain('1,300 **civil**');
    expect(buttonLabels(page2)).toEqual(expect.arrayContaining(['Back', 'Show context']));
    expect(page2.allowed_mentions).toEqual({ parse: [] });

    const back = fake.sendButton({ customId: customIdOf(page2, 'Back') });
    const backUpdate = await fake.waitForInteractionResponse(back.id);
    expect(callbackOf(backUpdate).type).toBe(7);
    expect(embedOf(dataOf(backUpdate)).footer?.text).toMatch(/result 1 of \d+/);
    expect(visibleText(dataOf(backUpdate))).toContain('1,300');
  });

  it('shows the passage with its neighbours privately on Show context', async () => {
    const { data } = await ask(FENGQIAO);
    const passage = passageWith('more than 1,300 civil disputes');
    const pressed = fake.sendButton({ customId: customIdOf(data, 'Show context') });
    const reply = await fake.waitForInteractionResponse(pressed.id);
    expect(callbackOf(reply).type).toBe(4);
    const context = dataOf(reply);
    expect((context.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const embed = embedOf(context);
    expect(embed.description).toContain('more than 1,300 civil disputes');
    const names = (embed.fields ?? []).map((field) => field.name);
    expect(names.some((name) => name.startsWith('Before') && name.includes(`¶${passage.citation.paragraph - 1}`))).toBe(true);
    expect(names.some((name) => name.startsWith('After') && name.includes(`¶${passage.citation.paragraph + 1}`))).toBe(true);
    expect(embed.footer?.text).toContain(`¶${passage.citation.paragraph}`);
  });

  it('answers a button whose payload was forgotten with a private "expired"', async () => {
    const pressed = fake.sendButton({ customId: 'ask:more#zzz' });
    const reply = await fake.waitForInteractionResponse(pressed.id);
    expect(callbackOf(reply).type).toBe(4);
    expect((dataOf(reply).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(dataOf(reply).content).toMatch(/expired/i);
  });
});

describe('autocomplete', () => {
  it('completes a question being typed into /ask', async () => {
    const sent = fake.sendAutocomplete({ name: 'ask', options: { question: 'zhej' }, focused: 'question' });
    const reply = await fake.waitForInteractionResponse(sent.id);
    expect(callbackOf(reply).type).toBe(8);
    const choices = dataOf(reply).choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect([...choice.name].length).toBeGreaterThanOrEqual(1);
      expect([...choice.name].length).toBeLessThanOrEqual(100);
    }
    expect(choices.some((choice) => choice.name.toLowerCase().includes('zhejiang'))).toBe(true);
  });

  it('completes a passage id typed into /cite', async () => {
    const fifth = knowledge.passages[4]?.id ?? '';
    const partial = fifth.slice(0, -5);
    const sent = fake.sendAutocomplete({ name: 'cite', options: { id: partial }, focused: 'id' });
    const reply = await fake.waitForInteractionResponse(sent.id);
    expect(callbackOf(reply).type).toBe(8);
    const choices = dataOf(reply).choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) expect(String(choice.value).startsWith(partial)).toBe(true);
    expect(choices.map((choice) => choice.value)).toContain(fifth);
  });

  it('offers /cite choices whose values fit Discord\'s 100 characters', async () => {
    for (const typed of ['', 'zhejiang', 'common prosperity income']) {
      const sent = fake.sendAutocomplete({ name: 'cite', options: { id: typed }, focused: 'id' });
      const choices = dataOf(await fake.waitForInteractionResponse(sent.id)).choices ?? [];
      for (const choice of choices) expect(String(choice.value).length).toBeLessThanOrEqual(100);
    }
  });
});

describe('/figures and /timeline', () => {
  it('lists figures on a topic with their sentences and citations', async () => {
    const sent = fake.sendSlashCommand({ name: 'figures', options: { topic: 'income' } });
    const data = dataOf(await fake.waitForInteractionResponse(sent.id));
    const embed = embedOf(data);
    expect(embed.title).toContain('income');
    expect(embed.description).toMatch(/\*\*[^*]+\*\*\n> .+ · ¶\d+, line \d+/);
    expect(embed.description?.toLowerCase()).toContain('income');
    expect(embed.footer?.text).toMatch(/^Page 1 of \d+ · \d+ in all\nSource: [a-z0-9-]+ · hash [0-9a-f]{12} · indexed [\d-]+ [\d:]+ UTC$/);
  });

  it('lists every figure, and Next pages in place', async () => {
    const sent = fake.sendSlashCommand({ name: 'figures' });
    const first = dataOf(await fake.waitForInteractionResponse(sent.id));
    expect(embedOf(first).footer?.text).toMatch(/^Page 1 of \d+/);
    expect(buttonLabels(first)).toEqual(['Next']);
    const next = fake.sendButton({ customId: customIdOf(first, 'Next') });
    const update = await fake.waitForInteractionResponse(next.id);
    expect(callbackOf(update).type).toBe(7);
    expect(embedOf(dataOf(update)).footer?.text).toMatch(/^Page 2 of \d+/);
    expect(buttonLabels(dataOf(update))).toContain('Previous');
    expect(embedOf(dataOf(update)).description).not.toEqual(embedOf(first).description);
  });

  it('lists the timeline of one year in order, and Next shows the rest', async () => {
    const expected = findTimeline(knowledge, { from: '2021', to: '2021' });
    if (expected.kind !== 'entries') throw new Error('timeline query invalid');
    expect(expected.entries.length).toBeGreaterThan(5);
    const pages = Math.ceil(expected.entries.length / 5);

    const sent = fake.sendSlashCommand({ name: 'timeline', options: { from: '2021', to: '2021' } });
    const first = dataOf(await fake.waitForInteractionResponse(sent.id));
    const embed = embedOf(first);
    expect(embed.title).toBe('Timeline from 2021 to 2021');
    expect(embed.description).toMatch(/\*\*2021[^*]*\*\*\n> .+ · ¶\d+, line \d+/);
    expect(embed.footer?.text).toMatch(new RegExp(`^Page 1 of ${pages} · ${expected.entries.length} in all\nSource: zhejiang-common-prosperity · hash [0-9a-f]{12} · indexed `));

    const next = fake.sendButton({ customId: customIdOf(first, 'Next') });
    const update = await fake.waitForInteractionResponse(next.id);
    expect(callbackOf(update).type).toBe(7);
    const second = embedOf(dataOf(update));
    expect(second.footer?.text.split('\n')).toEqual([`Page 2 of ${pages} · ${expected.entries.length} in all`, embed.footer?.text.split('\n')[1]]);
    const sixth = expected.entries[5];
    expect(second.description).toContain(`**${describeDate(sixth ?? expected.entries[0]!)}`);
    expect(visibleText(dataOf(update))).not.toContain(embed.description ?? '');
  });

  it('tells the user privately what is wrong with a bad date, not the generic failure', async () => {
    const sent = fake.sendSlashCommand({ name: 'timeline', options: { from: 'banana' } });
    const data = dataOf(await fake.waitForInteractionResponse(sent.id));
    expect((data.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('"from" must be a date like 2021');
    expect(data.content).not.toContain('went wrong');
    expect(bot.log.lines().filter((line) => line.interactionId === sent.id && line.level >= 50)).toEqual([]);
  });
});

describe('/cite', () => {
  it('shows a passage with its neighbours', async () => {
    const passage = knowledge.passages[4];
    expect(passage?.citation.paragraph).toBe(5);
    const sent = fake.sendSlashCommand({ name: 'cite', options: { id: passage?.id ?? '' } });
    const data = dataOf(await fake.waitForInteractionResponse(sent.id));
    expect((data.flags ?? 0) & EPHEMERAL).toBe(0);
    const embed = embedOf(data);
    expect(embed.description).toContain(passage?.text.slice(0, 60));
    const names = (embed.fields ?? []).map((field) => field.name);
    expect(names).toEqual([expect.stringMatching(/^Before · ¶4 · /), expect.stringMatching(/^After · ¶6 · /)]);
    expect(embed.footer?.text).toContain('¶5');
  });

  it('answers an unknown id privately, with suggestions', async () => {
    const sent = fake.sendSlashCommand({ name: 'cite', options: { id: 'zhejiang-common-prosperity#zzzzzzzz' } });
    const data = dataOf(await fake.waitForInteractionResponse(sent.id));
    expect((data.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('No passage has the id');
    expect(data.content).toMatch(/Try: `zhejiang-common-prosperity\\?#[0-9a-z]{8}`/);
  });
});

describe('/help', () => {
  const counts = () =>
    `${knowledge.passages.length} passages · ${knowledge.figures.length} figures · ${knowledge.timeline.length} timeline entries`;

  it('shows what docent knows, with counts', async () => {
    const sent = fake.sendSlashCommand({ name: 'help' });
    const data = dataOf(await fake.waitForInteractionResponse(sent.id));
    const embed = embedOf(data);
    expect(embed.title).toBe('docent');
    expect(embed.description).toContain(counts());
    expect(embed.description).toContain(knowledge.documents[0]?.meta.title);
    expect(embed.fields?.map((field) => field.name)).toEqual(['Commands', 'In a direct message', 'In a server']);
  });

  it('works as a slash command in a DM', async () => {
    const sent = fake.sendSlashCommand({ name: 'help', dm: true });
    expect(sent.guildId).toBeNull();
    const data = dataOf(await fake.waitForInteractionResponse(sent.id));
    expect(embedOf(data).description).toContain(counts());
  });
});

describe('direct messages', () => {
  it('answers a question sent as a plain DM with a reply that pings no one', async () => {
    const dm = fake.sendDirectMessage({ content: 'when was the social construction committee set up' });
    expect(dm.delivered).toBe(true);
    const reply = await fake.waitForChannelMessage(dm.channelId);
    expect(reply.headers['authorization']).toBe(`Bot ${TOKEN}`);
    const body = messageOf(reply);
    expect(body.message_reference?.message_id).toBe(dm.id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = embedOf(body);
    expect(embed.description).toMatch(/^> /);
    expect(embed.description?.replace(/\*\*/g, '')).toContain('On October 21, 2021, the Social Construction Committee');
    expect(visibleText(body)).toContain('2021-10-21');
  });

  it('pages a DM answer with its buttons, in place', async () => {
    const user = makeUser({ username: 'dmpager' });
    const dm = fake.sendDirectMessage({ content: FENGQIAO, user });
    const body = messageOf(await fake.waitForChannelMessage(dm.channelId));
    expect(embedOf(body).footer?.text).toMatch(/result 1 of \d+/);
    const pressed = fake.sendButton({ customId: customIdOf(body, 'More results'), dm: true, user });
    const update = await fake.waitForInteractionResponse(pressed.id);
    expect(callbackOf(update).type).toBe(7);
    expect(embedOf(dataOf(update)).footer?.text).toMatch(/result 2 of \d+/);
  });

  it('answers "help" in a DM with the help', async () => {
    const dm = fake.sendDirectMessage({ content: 'help', user: makeUser({ username: 'helpseeker' }) });
    const body = messageOf(await fake.waitForChannelMessage(dm.channelId));
    expect(embedOf(body).title).toBe('docent');
    expect(embedOf(body).description).toContain(`${knowledge.passages.length} passages`);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('ignores a DM from a bot', async () => {
    const otherBot = makeUser({ username: 'otherbot', bot: true });
    const fromBot = fake.sendDirectMessage({ content: 'help', user: otherBot });
    expect(fromBot.delivered).toBe(true);
    // A person's DM sent right after is answered; by then the bot's DM was handled (events run in order).
    const person = makeUser({ username: 'person' });
    const fromPerson = fake.sendDirectMessage({ content: 'help', user: person });
    await fake.waitForChannelMessage(fromPerson.channelId);
    expect(fake.requests.filter((r) => r.path.includes(fromBot.channelId))).toEqual([]);
    expect(bot.log.lines().filter((line) => line.messageId === fromBot.id)).toEqual([]);
  });
});

describe('the log', () => {
  it('never contains the token', () => {
    expect(bot.log.lines().length).toBeGreaterThan(10);
    expect(bot.log.text()).not.toContain(TOKEN);
  });
});
