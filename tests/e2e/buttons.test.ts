// End to end: what a button still shows after the knowledge was reloaded, the bot restarted, or its
// custom id was forged or pressed by someone else. The real bot against the fake Discord.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from './fake-discord/index.ts';
import {
  copyKnowledgeDir,
  customIdOf,
  dataOf,
  embedOf,
  removeDir,
  visibleText,
} from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const ARTICLE = 'zhejiang-common-prosperity.txt';
const FENGQIAO = 'how many civil disputes has fengqiao mediated';

let dir: string;
beforeAll(async () => {
  dir = await copyKnowledgeDir();
});
afterAll(() => removeDir(dir));
const { fake, bot, restart } = useTestBot({ bot: () => ({ env: { KNOWLEDGE_DIR: dir } }) });

async function ask(question: string, options: { user?: ReturnType<typeof makeUser>; private?: boolean } = {}) {
  const sent = fake.sendSlashCommand({
    name: 'ask',
    options: { question, ...(options.private === undefined ? {} : { private: options.private }) },
    ...(options.user === undefined ? {} : { user: options.user }),
  });
  return dataOf(await fake.waitForInteractionResponse(sent.id));
}

async function press(customId: string, user?: ReturnType<typeof makeUser>) {
  const sent = fake.sendButton({ customId, ...(user === undefined ? {} : { user }) });
  return dataOf(await fake.waitForInteractionResponse(sent.id));
}

/** Writes the article back with `edit` applied to its text after the front matter. */
async function editArticle(edit: (body: string) => string): Promise<void> {
  const path = join(dir, ARTICLE);
  const text = await readFile(path, 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  await writeFile(path, text.slice(0, end) + edit(text.slice(end)));
}

describe('passage ids across a reload', () => {
  it('opens the same paragraph from an old "Show context" button after a paragraph was added above it', async () => {
    const answer = await ask(FENGQIAO);
    const showContext = customIdOf(answer, 'Show context');
    const before = embedOf(await press(showContext));
    expect(before.description).toContain('more than 1,300 civil disputes');
    expect(before.footer?.text).toContain('¶92');

    await editArticle((body) => `A new opening paragraph about the quokkas of Rottnest Island.\n\n${body}`);
    expect((await bot.store.reload()).kind).toBe('reloaded');

    const after = embedOf(await press(showContext));
    expect(after.title).toBe(before.title);
    expect(after.description).toContain('more than 1,300 civil disputes');
    expect(after.footer?.text).toContain('¶93');
  });

  it('says the passage no longer exists when its text changed, and opens nothing else', async () => {
    const showContext = customIdOf(await ask(FENGQIAO), 'Show context');
    await editArticle((body) => body.replace('more than 1,300 civil disputes', 'more than 1,400 civil disputes'));
    expect((await bot.store.reload()).kind).toBe('reloaded');

    const reply = await press(showContext);
    expect(reply.content).toContain('No passage has the id');
    expect(visibleText(reply)).not.toContain('civil disputes');
  });
});

describe('buttons whose state is kept by the bot (long questions)', () => {
  const alice = makeUser({ username: 'alice' });
  const bob = makeUser({ username: 'bob' });
  const mallory = makeUser({ username: 'mallory' });
  /** Long enough that the paging state does not fit in a custom id and is kept under a key. */
  const secretQuestion = (who: string) => `${who} asks, privately: how many civil disputes has Fengqiao Town in Zhuji City mediated, the birthplace of the Fengqiao Experience?`;
  const EXPIRED = 'These buttons have expired';

  it('keeps a long question under a key, and pages with it for the asker', async () => {
    const answer = await ask(secretQuestion('Alice'), { user: alice, private: true });
    const more = customIdOf(answer, 'More results');
    expect(more).toMatch(/^ask:more#[\w-]{16}$/);
    const page = await press(more, alice);
    expect(embedOf(page).footer?.text).toMatch(/result 2 of/);
  });

  it('shows another user nothing of a kept button: "expired", under its own prefix or another', async () => {
    const more = customIdOf(await ask(secretQuestion('Alice'), { user: alice, private: true }), 'More results');
    const key = more.slice(more.indexOf('#'));
    for (const forged of [more, `ask:context${key}`, `figures:page${key}`]) {
      const reply = await press(forged, mallory);
      expect(visibleText(reply)).toContain('expired');
      expect(visibleText(reply)).not.toContain('private question');
      expect(visibleText(reply)).not.toContain(alice.id);
    }
    // Under the wrong prefix, not even the owner reads it.
    expect(visibleText(await press(`ask:context${key}`, alice))).not.toContain('private question');
  });

  it('shows nothing for forged keys, counters included', async () => {
    await ask(secretQuestion('Alice'), { user: alice, private: true });
    for (const forged of ['ask:context#0', 'ask:context#1', 'ask:more#0', 'ask:more#AAAAAAAAAAAAAAAA', 'ask:context#']) {
      const reply = await press(forged, mallory);
      expect(visibleText(reply), forged).not.toContain('private question');
      expect(visibleText(reply), forged).toMatch(/expired|No passage has the id/);
    }
  });

  it('answers "expired" for a button no command handles', async () => {
    for (const customId of ['nosuch:thing=1', 'help:page=2', 'cite:more#abc', 'garbage']) {
      const reply = await press(customId, mallory);
      expect((reply.flags ?? 0) & 64).toBe(64);
      expect(visibleText(reply), customId).toContain('expired');
    }
  });

  it('after a restart, shows nothing of a button from before it, even where the new process keeps other payloads', async () => {
    await restart();
    const oldMore = customIdOf(await ask(secretQuestion('Alice'), { user: alice, private: true }), 'More results');
    await restart();
    // Bob's private question is the first payload the new process keeps.
    const bobsMore = customIdOf(await ask(secretQuestion('Bob'), { user: bob, private: true }), 'More results');
    expect(bobsMore).not.toBe(oldMore);
    for (const [customId, user] of [[oldMore, alice], [oldMore, mallory], [oldMore.replace('ask:more', 'ask:context'), alice]] as const) {
      const reply = await press(customId, user);
      expect(visibleText(reply)).toContain(EXPIRED);
      expect(visibleText(reply)).not.toMatch(/private question|Bob|Alice/);
      expect(visibleText(reply)).not.toContain(bob.id);
    }
  });
});
