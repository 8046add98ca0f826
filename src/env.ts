import { readFile } from 'node:fs/promises';
import { parseEnv } from 'node:util';
import { parseConfig, type Config } from './config.ts';

/**
 * The settings: `.env` in the working directory when present, with the process environment winning
 * over it, so an operator can override one setting without editing the file.
 */
async function readEnvironment(path = '.env'): Promise<Record<string, string | undefined>> {
  let fromFile: Record<string, string> = {};
  try {
    fromFile = parseEnv(await readFile(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  return { ...fromFile, ...process.env };
}

/**
 * The configuration of an entry point (start, deploy, validate, the shards): every problem printed on
 * stderr and exit code 2 when it is invalid, in which case the caller just returns.
 */
export async function loadConfigOrExplain(): Promise<Config | null> {
  const parsed = parseConfig(await readEnvironment());
  if (parsed.ok) return parsed.config;
  process.stderr.write(`${parsed.message}\n`);
  process.exitCode = 2;
  return null;
}
