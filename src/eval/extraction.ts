import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Figure, TimelineEntry } from '../core/types.ts';

/**
 * Scores extracted figures and timeline entries against hand-made gold sets, the way
 * `../shared/eval/score.mjs` scores the JSON CLI: a figure matches by value (within 0.5%), range end,
 * the year where the gold names one, and sentence; an entry by date and sentence. One extracted item
 * serves one gold item at most; optional gold items count neither for recall nor against precision.
 */

const placeSchema = z.union([z.string(), z.object({ context: z.string() }).passthrough()]);
const goldFigureSchema = z
  .object({
    id: z.string(),
    value: z.number(),
    valueMax: z.number().nullish(),
    year: z.number().nullish(),
    context: z.string(),
    alsoAt: z.array(placeSchema).optional(),
    optional: z.boolean().optional(),
  })
  .passthrough();
const goldEntrySchema = z
  .object({ id: z.string(), date: z.string(), context: z.string(), alsoAt: z.array(placeSchema).optional(), optional: z.boolean().optional() })
  .passthrough();

export type GoldFigure = z.infer<typeof goldFigureSchema>;
export type GoldEntry = z.infer<typeof goldEntrySchema>;

export async function readGoldFigures(path: string): Promise<GoldFigure[]> {
  return z.array(goldFigureSchema).parse(JSON.parse(await readFile(path, 'utf8')));
}

export async function readGoldTimeline(path: string): Promise<GoldEntry[]> {
  return z.array(goldEntrySchema).parse(JSON.parse(await readFile(path, 'utf8')));
}

export interface ExtractionScore {
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
  /** Ids of required gold items nothing matched. */
  readonly missed: readonly string[];
  /** Raw text of extracted items no gold item took. */
  readonly extra: readonly string[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const wordsOf = (text: string) =>
  new Set(normalise(text).replace(/[^\p{L}\p{N}.:%$ ]/gu, ' ').split(' ').filter((word) => word.length > 2));

function overlap(context: string, text: string): number {
  const contextWords = wordsOf(context);
  const textWords = wordsOf(text);
  if (contextWords.size === 0) return 0;
  let shared = 0;
  for (const word of contextWords) if (textWords.has(word)) shared += 1;
  return shared / contextWords.size;
}

function contextsOf(gold: { context: string; alsoAt?: readonly (string | { context: string })[] | undefined }): string[] {
  return [gold.context, ...(gold.alsoAt ?? []).map((place) => (typeof place === 'string' ? place : place.context))];
}

function inSentence(gold: Parameters<typeof contextsOf>[0], text: string): boolean {
  return contextsOf(gold).some((context) => normalise(text).includes(normalise(context)) || overlap(context, text) >= 0.6);
}

function close(value: number | undefined, gold: number): boolean {
  return value !== undefined && Number.isFinite(value) && Math.abs(value - gold) <= Math.abs(gold) * 0.005 + 1e-9;
}

export function matchesGoldFigure(gold: GoldFigure, figure: Figure): boolean {
  if (!close(figure.value, gold.value)) return false;
  if (gold.valueMax != null && !close(figure.valueMax, gold.valueMax)) return false;
  if (gold.year != null && figure.year !== gold.year) return false;
  return inSentence(gold, figure.text);
}

export function matchesGoldEntry(gold: GoldEntry, entry: TimelineEntry): boolean {
  return entry.date === gold.date && inSentence(gold, entry.text);
}

/** Recall, precision and F1 of `found` against `gold`, pairing greedily in gold order as score.mjs does. */
export function scoreExtraction<G extends { id: string; optional?: boolean | undefined }, T extends { raw: string }>(
  gold: readonly G[],
  found: readonly T[],
  matches: (gold: G, item: T) => boolean,
): ExtractionScore {
  const used = new Set<number>();
  const missed: string[] = [];
  let required = 0;
  let matched = 0;
  for (const item of gold) {
    const index = found.findIndex((candidate, position) => !used.has(position) && matches(item, candidate));
    if (index >= 0) used.add(index);
    if (item.optional === true) continue;
    required += 1;
    if (index >= 0) matched += 1;
    else missed.push(item.id);
  }
  const recall = required === 0 ? 1 : matched / required;
  const precision = found.length === 0 ? (required === 0 ? 1 : 0) : used.size / found.length;
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { recall, precision, f1, missed, extra: found.filter((_, position) => !used.has(position)).map((item) => item.raw) };
}
