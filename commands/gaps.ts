import { defineSlashCommand, type InteractionContext } from '../src/bot/command.ts';
import { requireAdmin } from '../src/bot/permissions.ts';
import { respond, updateInPlace } from '../src/bot/respond.ts';
import { GAPS_PAGE_SIZE, GAPS_UNAVAILABLE, gapsCsv, renderGapsPage } from '../src/format/discord-admin.ts';
import { textReply, type ButtonSpec, type DiscordReply } from '../src/format/discord.ts';
import { TABLE } from './table.ts';

const ACTION = 'see the gaps';

/** A page of the gaps with Previous / Next (each carries its page, so paging needs no memory) and Export CSV. */
function gapsPage(context: InteractionContext, pageNumber: number): DiscordReply {
  const gaps = context.feedback.gaps(context.guildId);
  if (gaps === 'unavailable') return GAPS_UNAVAILABLE;
  const pageCount = Math.max(1, Math.ceil(gaps.length / GAPS_PAGE_SIZE));
  const page = Math.min(Math.max(1, pageNumber), pageCount);
  const buttons: ButtonSpec[] = [
    ...(page > 1 ? [{ customId: context.buttons.encode('gaps:page', String(page - 1)), label: 'Previous' }] : []),
    ...(page < pageCount ? [{ customId: context.buttons.encode('gaps:page', String(page + 1)), label: 'Next' }] : []),
    ...(gaps.length > 0 ? [{ customId: context.buttons.encode('gaps:export', ''), label: 'Export CSV' }] : []),
  ];
  return renderGapsPage(gaps, page, buttons);
}

/** Every gap as a CSV attachment, privately. */
function gapsExport(context: InteractionContext): DiscordReply {
  const gaps = context.feedback.gaps(context.guildId);
  if (gaps === 'unavailable') return GAPS_UNAVAILABLE;
  const date = new Date().toISOString().slice(0, 10);
  return {
    ...textReply(`${gaps.length} gaps, most asked first.`, { private: true }),
    files: [{ name: `docent-gaps-${context.guildId ?? 'base'}-${date}.csv`, attachment: Buffer.from(gapsCsv(gaps)) }],
  };
}

/**
 * `/gaps`: the questions this server's members asked that docent could not answer or marked not
 * helpful, similar wordings grouped, most asked first; paged, and exported as CSV. Admins only, and
 * checked again on every button press.
 */
export const gaps = defineSlashCommand(TABLE.gaps, {
  async execute(interaction, context) {
    requireAdmin(interaction, context.adminUserIds, ACTION);
    await respond(interaction, gapsPage(context, 1));
  },

  async button(interaction, context, action, payload) {
    requireAdmin(interaction, context.adminUserIds, ACTION);
    if (action === 'export') return respond(interaction, gapsExport(context));
    const pageNumber = Number(payload);
    if (action !== 'page' || !Number.isInteger(pageNumber)) return respond(interaction, textReply('These buttons have expired. Run /gaps again.', { private: true }));
    return updateInPlace(interaction, gapsPage(context, pageNumber));
  },
});
