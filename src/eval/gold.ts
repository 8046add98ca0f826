import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Figure, TimelineEntry } from '../core/types.ts';

/**
 * Gold sets of figures and dated entries, scored exactly as shared/eval/score.mjs scores the JSON CLI, so the
 * benchmark and the tests report the numbers the held-back sets are judged by.
 */
const alsoAtSchema = z.array(z.union([z.string(), z.object({ context: z.string() }).loose()])).optional();

const goldFigureSchema = z
  .object({
    id: z.string(),
    value: z.number(),
    valueMax: z.number().nullable().optional(),
    year: z.number().nullable().optional(),
    context: z.string(),
    alsoAt: alsoAtSchema,
    optional: z.boolean().optional(),
  })
  .loose();

const goldEntrySchema = z
  .object({ id: z.string(), date: z.string(), context: z.string(), alsoAt: alsoAtSchema, optional: z.boolean().optional() })
  .loose();

export type GoldFigure = z.infer<typeof goldFigureSchema>;
export type GoldEntry = z.infer<typeof goldEntrySchema>;

export async function readGoldFigures(folder: string): Promise<GoldFigure[]> {
  return z.array(goldFigureSchema).parse(JSON.parse(await readFile(join(folder, 'figures.json'), 'utf8')));
}

export async function readGoldTimeline(folder: string): Promise<GoldEntry[]> {
  return z.array(goldEntrySchema).parse(JSON.parse(await readFile(join(folder, 'timeline.json'), 'utf8')));
}

/** Precision, recall and F1 of extracted items against a gold set, with what was missed and what is extra. */
export interface ExtractionScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly required: number;
  readonly extracted: number;
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const wordsOf = (text: string) => new Set(norm(text).replace(/[^\p{L}\p{N}.:%$ ]/gu, ' ').split(' ').filter((word) => word.length > 2));

function overlap(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / left.size;
}

const contextsOf = (gold: { context: string; alsoAt?: readonly (string | { context: string })[] | undefined }) => [
  gold.context,
  ...(gold.alsoAt ?? []).map((also) => (typeof also === 'string' ? also : also.context)),
];
const sameText = (context: string, text: string) => norm(text).includes(norm(context)) || overlap(context, text) >= 0.6;
const close = (a: number | undefined, b: number) => a !== undefined && Number.isFinite(a) && Math.abs(a - b) <= Math.abs(b) * 0.005 + 1e-9;

/** A gold figure is found by one of the same value (0.5%), upper bound, year where the gold names one, and sentence. */
export function matchesGoldFigure(gold: GoldFigure, figure: Figure): boolean {
  if (!close(figure.value, gold.value)) return false;
  if (gold.valueMax != null && !close(figure.valueMax, gold.valueMax)) return false;
  if (gold.year != null && figure.year !== gold.year) return false;
  return contextsOf(gold).some((context) => sameText(context, figure.text));
}

export function matchesGoldEntry(gold: GoldEntry, entry: TimelineEntry): boolean {
  return entry.date === gold.date && contextsOf(gold).some((context) => sameText(context, entry.text));
}

/** One-to-one: each extracted item serves one gold item at most; optional gold items count neither way. */
export function scoreExtraction<G extends { id: string; context: string; optional?: boolean | undefined }, T extends { text: string; raw: string }>(
  gold: readonly G[],
  extracted: readonly T[],
  matches: (gold: G, item: T) => boolean,
): ExtractionScore {
  const used = new Set<number>();
  const missed: string[] = [];
  let found = 0;
  let required = 0;
  for (const item of gold) {
    const index = extracted.findIndex((candidate, position) => !used.has(position) && matches(item, candidate));
    if (index >= 0) used.add(index);
    if (item.optional === true) continue;
    required += 1;
    if (index >= 0) found += 1;
    else missed.push(`${item.id}: ${item.context}`);
  }
  const extra = extracted.flatMap((item, position) => (used.has(position) ? [] : [`${item.raw} :: ${item.text.slice(0, 90)}`]));
  const recall = required > 0 ? found / required : 1;
  const precision = extracted.length > 0 ? used.size / extracted.length : required > 0 ? 0 : 1;
  const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  return { precision, recall, f1, required, extracted: extracted.length, missed, extra };
}
