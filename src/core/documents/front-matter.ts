import { parseDocument as parseYaml } from 'yaml';
import { z } from 'zod';
import type { DocumentMeta } from '../types.ts';

/** An ISO date of year, month or day precision: what `published` accepts. */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Text shown in citations: YAML escapes could smuggle in control characters or half an emoji. */
const plainText = z
  .string()
  .trim()
  .refine((value) => !/[\p{Cc}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(value), 'must be plain text (no control characters)');

/**
 * The front matter docent reads. Other keys (Jekyll's `tags`, Docusaurus's `sidebar_position`, an issue
 * template's `about`) are left alone and reported as warnings, so a typo ("titel") is still seen
 * without keeping the document out. YAML reads `published: 2022` as a number, so years are coerced.
 */
const frontMatterSchema = z.object({
  title: plainText.pipe(z.string().min(1, 'title must not be empty').max(200)).optional(),
  source: plainText.pipe(z.string().min(1).max(500)).optional(),
  published: z
    .union([z.string(), z.number().int()])
    .transform((value) => String(value))
    .refine((value) => ISO_DATE.test(value), 'published must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  // Links are shown to every user: web links only.
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) link' }).optional(),
  description: plainText.pipe(z.string().max(1000)).optional(),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'language must be a BCP 47 tag such as en').optional(),
});

export interface FrontMatterProblem {
  /** 1-based line within the file. */
  readonly line: number;
  readonly message: string;
}

/** The keys docent reads; `date` (Jekyll, Hugo) is read as `published` when that is not given. */
const KNOWN_KEYS: ReadonlySet<string> = new Set([...Object.keys(frontMatterSchema.shape), 'date']);

export type FrontMatterResult =
  | {
      readonly ok: true;
      readonly meta: Omit<DocumentMeta, 'title'> & { title?: string };
      readonly body: string;
      readonly bodyLine: number;
      /** Keys docent does not read, and a `date` it cannot: the document loads all the same. */
      readonly warnings: readonly FrontMatterProblem[];
    }
  | { readonly ok: false; readonly problems: readonly FrontMatterProblem[] };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/**
 * Splits optional YAML front matter (between `---` lines at the very top) from the body and
 * validates it. Text without an opening `---` is all body.
 */
export function splitFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (opening === null) return { ok: true, meta: {}, body: text, bodyLine: 1, warnings: [] };

  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (closing === null) {
    return { ok: false, problems: [{ line: 1, message: 'front matter opened with --- is never closed by a --- line' }] };
  }
  const yamlText = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const bodyLine = 1 + countLines(text.slice(0, text.length - afterClosing.length));

  const yaml = parseYaml(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (yaml.errors.length > 0) {
    return {
      ok: false,
      problems: yaml.errors.map((error) => ({
        line: 1 + (error.linePos?.[0]?.line ?? 1),
        message: `front matter is not valid YAML: ${firstLine(error.message)}`,
      })),
    };
  }
  let value: unknown;
  try {
    value = yaml.toJS() ?? {};
  } catch (error) {
    // toJS refuses what parsing accepted: aliases that expand without bound ("billion laughs").
    return { ok: false, problems: [{ line: 2, message: `front matter is not valid YAML: ${firstLine(error instanceof Error ? error.message : String(error))}` }] };
  }
  const warnings: FrontMatterProblem[] = [];
  // Front matter is `key: value` lines: a list, a scalar, binary or a key without a name is not.
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    return { ok: false, problems: [{ line: 2, message: 'front matter must be key: value lines' }] };
  }
  {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).some((key) => key.trim().length === 0 || key === 'null')) {
      return { ok: false, problems: [{ line: 2, message: 'front matter has a key with no name' }] };
    }
    for (const key of Object.keys(record)) {
      if (!KNOWN_KEYS.has(key)) warnings.push({ line: 1 + lineOfKey(yamlText, key), message: `front matter "${key}" is not a key docent reads; ignored` });
    }
    if (record['date'] !== undefined && record['published'] === undefined) {
      // "2022-03-01 10:00:00 +0000" (Jekyll) gives its day; anything else is not a date docent can use.
      const day = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(String(record['date']))?.[0];
      if (day !== undefined && ISO_DATE.test(day)) value = { ...record, published: day };
      else warnings.push({ line: 1 + lineOfKey(yamlText, 'date'), message: 'front matter "date" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); ignored' });
    }
  }
  const parsed = frontMatterSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        line: 1 + lineOfKey(yamlText, issue.path[0]),
        message: `front matter ${issue.path.length > 0 ? `"${issue.path.join('.')}"` : ''} ${issue.message}`.replace(/\s+/g, ' '),
      })),
    };
  }
  return { ok: true, meta: dropUndefined(parsed.data), body: afterClosing, bodyLine, warnings };
}

function countLines(text: string): number {
  let lines = 0;
  for (const char of text) if (char === '\n') lines += 1;
  return lines;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The 1-based line of a top-level key within the YAML text, or 1 when it cannot be found. */
function lineOfKey(yamlText: string, key: PropertyKey | undefined): number {
  if (typeof key !== 'string') return 1;
  const index = yamlText.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}

function dropUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
