import { readFile } from 'node:fs/promises';
import { parseEnv } from 'node:util';

/**
 * The settings: `.env` in the working directory when present, with the process environment winning
 * over it, so an operator can override one setting without editing the file.
 */
export async function readEnvironment(path = '.env'): Promise<Record<string, string | undefined>> {
  let fromFile: Record<string, string> = {};
  try {
    fromFile = parseEnv(await readFile(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  return { ...fromFile, ...process.env };
}
