import type { Knowledge } from '../core/knowledge.ts';

/**
 * How a command is declared in the command table (`commands/table.ts`): its name, description and
 * options, once. Everything else is derived from the declaration: the Discord slash command data that
 * the bot serves and `npm run deploy` registers (`src/bot/command.ts`), the console's parser, the JSON
 * CLI's flags, and the usage lines of `/help`, the console and the CLI (here). Pure data: no discord.js,
 * so the console and the CLI read the table without loading Discord.
 */
export interface CommandSpec {
  /** The slash command's name, the console's `/name` and the CLI's first argument. */
  readonly name: string;
  /** Discord's description of the command (at most 100 characters); help and usage show it too. */
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** Where the command exists; every command is a slash command. Default: Discord and the console. */
  readonly surfaces?: readonly Surface[];
  /** Only members with this permission see it by default (Discord), checked again when it runs. */
  readonly permission?: 'manage-server';
  /**
   * Its subcommands (`/knowledge add`, `/knowledge list`), each with its own options; a command with
   * subcommands has no options of its own (`options: []`, as Discord requires). Discord shows them as
   * subcommands; the console and the CLI read the word after the command's name as one
   * (`/knowledge list`, `knowledge add notes.md --guild 123…`).
   */
  readonly subcommands?: readonly SubcommandSpec[];
}

/** One subcommand of a command: a name, a description and options, as a command has (Discord: type 1). */
export interface SubcommandSpec {
  readonly name: string;
  /** Discord's description of the subcommand (at most 100 characters). */
  readonly description: string;
  readonly options: readonly OptionSpec[];
}

/** Discord (slash commands, deploy), the console (`npm start` without a token), the JSON CLI. */
export type Surface = 'discord' | 'console' | 'cli';

interface OptionBase {
  readonly name: string;
  /** Discord's description of the option (at most 100 characters). */
  readonly description: string;
  readonly required?: boolean;
  /** Where the option exists. Default: wherever its command does. */
  readonly surfaces?: readonly Surface[];
  /** How usage lines show the value, e.g. `YYYY` or `passage id`. Default: the option's name. */
  readonly placeholder?: string;
  /** An example value from the knowledge in service, for help and error messages (never a fixed one). */
  readonly example?: (knowledge: Knowledge) => string | undefined;
}

export interface StringOptionSpec extends OptionBase {
  readonly type: 'string';
  readonly maxLength?: number;
  /** Discord suggests values as the user types (the command's `autocomplete` handler). */
  readonly autocomplete?: boolean;
  /**
   * In the console and the CLI, the words after the command and its other options are this option
   * (`/figures income gap`, `figures --json income gap`). At most one option of a command is the rest.
   */
  readonly rest?: boolean;
  /**
   * What a value looks like. The console reads leading words of this form as this option, in the
   * order options are declared (`/timeline 2020 2022 income` is from 2020, to 2022, about income).
   */
  readonly pattern?: RegExp;
}

export interface IntegerOptionSpec extends OptionBase {
  readonly type: 'integer';
  readonly minValue?: number;
  readonly maxValue?: number;
}

export interface BooleanOptionSpec extends OptionBase {
  readonly type: 'boolean';
}

/**
 * A file the user gives: an uploaded attachment in Discord (type 11), a file's path at the console and
 * in the CLI (there it is a positional word when `rest`, like `knowledge add notes.md`).
 */
export interface AttachmentOptionSpec extends OptionBase {
  readonly type: 'attachment';
  /** The file names it accepts, by extension (lower case, with the dot): others are refused before reading. */
  readonly extensions: readonly string[];
  /** At the console and in the CLI, the words after the command and its other options are this file's path. */
  readonly rest?: boolean;
}

export type OptionSpec = StringOptionSpec | IntegerOptionSpec | BooleanOptionSpec | AttachmentOptionSpec;

/**
 * An attachment option's value: the file's name as given (its extension decides the format), where its
 * bytes are (a path on this machine at the terminal; the attachment's CDN URL in Discord) and, when
 * known before reading (Discord says it), its size in bytes, so an oversized file is refused unread.
 */
export interface FileRef {
  readonly name: string;
  readonly location: string;
  readonly size?: number;
}

/** A value an option can have. */
export type OptionValue = string | number | boolean | FileRef;

type ValueOf<O extends OptionSpec> = O extends { readonly type: 'integer' }
  ? number
  : O extends { readonly type: 'boolean' }
    ? boolean
    : O extends { readonly type: 'attachment' }
      ? FileRef
      : string;

/** What declares options: a command or a subcommand. */
interface HasOptions {
  readonly options: readonly OptionSpec[];
}
type Options<S extends HasOptions> = S['options'][number];

/**
 * The values of a command's (or a subcommand's) options, typed from its declaration: required options
 * are always there (Discord enforces them; the console and the CLI refuse a command without them), the
 * others may be absent.
 */
export type OptionValues<S extends HasOptions> = {
  readonly [O in Options<S> as O extends { readonly required: true } ? O['name'] : never]: ValueOf<O>;
} & {
  readonly [O in Options<S> as O extends { readonly required: true } ? never : O['name']]?: ValueOf<O>;
};

type SubcommandValues<U> = U extends SubcommandSpec ? { readonly subcommand: U['name'] } & OptionValues<U> : never;

/**
 * What a command's handlers get: its options' values or, for a command with subcommands, the one
 * called and its options' values (`{ subcommand: 'add', file, title }`), a union the compiler narrows
 * on `subcommand`.
 */
export type CommandValues<S extends CommandSpec> = S extends { readonly subcommands: readonly (infer U)[] } ? SubcommandValues<U> : OptionValues<S>;

const DEFAULT_SURFACES: readonly Surface[] = ['discord', 'console'];

export function commandOn(spec: CommandSpec, surface: Surface): boolean {
  return (spec.surfaces ?? DEFAULT_SURFACES).includes(surface);
}

/** The options of a command (or of one of its subcommands) that exist on a surface, in declaration order. */
export function optionsOn(spec: CommandSpec, surface: Surface, subcommand?: SubcommandSpec): OptionSpec[] {
  return (subcommand ?? spec).options.filter((option) => (option.surfaces ?? spec.surfaces ?? DEFAULT_SURFACES).includes(surface));
}

/** A command's subcommand by the name typed (case-insensitive), if it has one of that name. */
export function subcommandNamed(spec: CommandSpec, name: string): SubcommandSpec | undefined {
  return spec.subcommands?.find((subcommand) => subcommand.name === name.toLowerCase());
}

/** The option that takes the rest of a console line or the CLI's positional words, if any. */
export function restOption(options: readonly OptionSpec[]): StringOptionSpec | AttachmentOptionSpec | undefined {
  return options.find((option): option is StringOptionSpec | AttachmentOptionSpec => (option.type === 'string' || option.type === 'attachment') && option.rest === true);
}

export function placeholderOf(option: OptionSpec): string {
  return option.placeholder ?? option.name;
}

/** `<id>` for a required option, `[topic]` for an optional one. */
function slot(option: OptionSpec): string {
  return option.required === true ? `<${placeholderOf(option)}>` : `[${placeholderOf(option)}]`;
}

/**
 * A command's usage line, as typed on a surface: `/figures [topic] [year]` in Discord (options in
 * declaration order), `/figures [year] [topic]` at the console (leading options first, then the rest),
 * `figures [--json] [--year YYYY] [topic]` in the CLI; with a subcommand, its name follows the
 * command's (`knowledge add [--json] [--guild ID] [--title TITLE] <file>`).
 */
export function usageOf(spec: CommandSpec, surface: Surface, subcommand?: SubcommandSpec): string {
  const options = optionsOn(spec, surface, subcommand);
  const rest = restOption(options);
  const leading = options.filter((option) => option !== rest);
  const name = subcommand === undefined ? spec.name : `${spec.name} ${subcommand.name}`;
  switch (surface) {
    case 'discord':
      return [`/${name}`, ...options.map(slot)].join(' ');
    case 'console':
      return [`/${name}`, ...leading.map(slot), ...(rest === undefined ? [] : [slot(rest)])].join(' ');
    case 'cli': {
      const flags = leading.map((option) => (option.type === 'boolean' ? `[--${option.name}]` : `[--${option.name} ${placeholderOf(option).toUpperCase().replace(/\s+/g, '_')}]`));
      return [name, '[--json]', ...flags, ...(rest === undefined ? [] : [slot(rest)])].join(' ');
    }
  }
}

/** A command's usage lines on a surface: one, or one a subcommand. */
export function usagesOf(spec: CommandSpec, surface: Surface): string[] {
  return spec.subcommands === undefined ? [usageOf(spec, surface)] : spec.subcommands.map((subcommand) => usageOf(spec, surface, subcommand));
}

/** "e.g. /cite notes#1": an example of the command from the knowledge in service, when one of its options has one. */
export function exampleOf(spec: CommandSpec, surface: Surface, knowledge: Knowledge): string | undefined {
  const option = optionsOn(spec, surface).find((candidate) => candidate.example?.(knowledge) !== undefined);
  const value = option?.example?.(knowledge);
  if (option === undefined || value === undefined) return undefined;
  const written = surface === 'cli' && option !== restOption([option]) ? `--${option.name} ${value}` : value;
  return surface === 'cli' ? `${spec.name} ${written}` : `/${spec.name} ${written}`;
}

export interface HelpTopic {
  readonly usage: string;
  readonly description: string;
  /** An example from the knowledge in service, when the command has one. */
  readonly example?: string;
}

/** The commands of a surface, as its help lists them. */
export function helpTopics(specs: readonly CommandSpec[], surface: Surface, knowledge: Knowledge): HelpTopic[] {
  return specs
    .filter((spec) => commandOn(spec, surface))
    .flatMap((spec) => {
      if (spec.subcommands !== undefined) return spec.subcommands.map((subcommand) => ({ usage: usageOf(spec, surface, subcommand), description: subcommand.description }));
      const example = exampleOf(spec, surface, knowledge);
      return [{ usage: usageOf(spec, surface), description: spec.description, ...(example === undefined ? {} : { example }) }];
    });
}

/** The required options a call lacks, e.g. `/cite` with no id. */
export function missingOptions(options: readonly OptionSpec[], values: Readonly<Record<string, unknown>>): OptionSpec[] {
  return options.filter((option) => option.required === true && values[option.name] === undefined);
}

/**
 * Reads a value typed at the console or the CLI as the option's type: a whole number within the
 * option's bounds for an integer; a string as it is. A message saying what was expected otherwise.
 */
export function readOptionValue(option: OptionSpec, raw: string): { readonly ok: true; readonly value: OptionValue } | { readonly ok: false; readonly message: string } {
  if (option.type === 'string') return { ok: true, value: raw };
  if (option.type === 'attachment') return { ok: true, value: { name: raw.split(/[\\/]/).pop() ?? raw, location: raw } };
  if (option.type === 'boolean') return { ok: true, value: true };
  const min = option.minValue ?? Number.MIN_SAFE_INTEGER;
  const max = option.maxValue ?? Number.MAX_SAFE_INTEGER;
  const value = Number(raw);
  return /^-?\d{1,16}$/.test(raw) && value >= min && value <= max
    ? { ok: true, value }
    : { ok: false, message: `${option.name} must be a whole number from ${min} to ${max}` };
}

/** Whether a word typed at the console has the option's form, so it is read as that option. */
export function hasFormOf(option: OptionSpec, word: string): boolean {
  if (option.type === 'integer') return readOptionValue(option, word).ok;
  return option.type === 'string' && option.pattern !== undefined && option.pattern.test(word);
}
