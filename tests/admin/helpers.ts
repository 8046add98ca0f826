import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { openAdmin, type Admin, type AdminSettings } from '../../src/admin/open.ts';
import { answerQuestion } from '../../src/core/answer.ts';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { createKnowledgeStore, loadKnowledge, type KnowledgeStore } from '../../src/core/store.ts';

/** The host's knowledge of the admin tests: one small document, so a server's build takes milliseconds. */
export const HOST_DOCUMENT = '# Harbour\n\nThe red boat set sail from Ningbo harbour in 1998 with twelve crew.\n';

/** A document an admin adds: a fact the host's knowledge does not have. */
export const LIGHTHOUSE = '---\ntitle: Lighthouse log\n---\n# Lighthouse\n\nThe lighthouse keeper logged 42 storms in 2021 on the Zhoushan coast.\n';
export const LIGHTHOUSE_QUESTION = 'how many storms did the lighthouse keeper log';

export const GUILD_A = '111111111111111111';
export const GUILD_B = '222222222222222222';

export const silent = pino({ level: 'silent' });

export interface Setup {
  readonly root: string;
  readonly knowledgeDir: string;
  readonly dataDir: string;
  readonly store: KnowledgeStore;
}

/** A temporary root with a knowledge folder of one document and an empty data folder. */
export async function setUp(): Promise<Setup> {
  const root = await mkdtemp(join(tmpdir(), 'docent-admin-'));
  const knowledgeDir = join(root, 'knowledge');
  const dataDir = join(root, 'data');
  await mkdir(knowledgeDir);
  await writeFile(join(knowledgeDir, 'harbour.md'), HOST_DOCUMENT);
  const { knowledge } = await loadKnowledge(knowledgeDir, dataDir);
  return { root, knowledgeDir, dataDir, store: createKnowledgeStore(knowledgeDir, knowledge, undefined, dataDir) };
}

export function open(setup: Setup, settings: Partial<AdminSettings> = {}): Admin {
  return openAdmin({ dataDir: setup.dataDir, knowledgeDir: setup.knowledgeDir, host: setup.store, logger: silent, ...settings });
}

/** The documents the answer to a question cites (empty for a no-match). */
export function citedDocuments(knowledge: Knowledge, question: string): string[] {
  const answer = answerQuestion(knowledge, question);
  return answer.kind === 'answer' ? [...new Set(answer.results.map((result) => result.passage.citation.document))] : [];
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
