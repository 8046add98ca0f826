import { MessageFlags } from 'discord.js';
import { defineSlashCommand } from '../src/bot/command.ts';
import { fetchAttachment } from '../src/bot/fetch-attachment.ts';
import { isAdmin, requireAdmin } from '../src/bot/permissions.ts';
import { respond } from '../src/bot/respond.ts';
import { documentChoices } from '../src/format/choices.ts';
import { renderAdded, renderDocumentList, renderHistory, renderNotFound, renderRefused, renderRemoved } from '../src/format/discord-admin.ts';
import { TABLE } from './table.ts';

/** The `file` option of `/knowledge add`: its extensions are the ones a document may have. */
const FILE_OPTION = TABLE.knowledge.subcommands[0].options[0];

/**
 * `/knowledge add|remove|list|history`: a server's admins manage the documents that server is answered
 * from (in a DM, the bot's admins manage the base). Every reply is private.
 */
export const knowledge = defineSlashCommand(TABLE.knowledge, {
  async execute(interaction, context, options) {
    requireAdmin(interaction, context.adminUserIds, 'manage the knowledge');
    const { catalog, guildId } = context;
    switch (options.subcommand) {
      case 'add': {
        const { file } = options;
        const extension = /\.[^.]*$/.exec(file.name)?.[0]?.toLowerCase() ?? '';
        if (!FILE_OPTION.extensions.includes(extension)) {
          return respond(interaction, renderRefused(file.name, `Only ${FILE_OPTION.extensions.join(', ')} files can be added; this one is “${extension || 'without an extension'}”.`));
        }
        // Downloading, checking and indexing can take a few seconds: defer, privately.
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const fetched = await fetchAttachment(file, { maxBytes: context.maxAttachmentBytes });
        if (fetched.kind === 'refused') {
          context.logger.info({ file: file.name, reason: fetched.reason, cause: fetched.cause }, 'document refused before reading');
          return respond(interaction, renderRefused(file.name, fetched.reason));
        }
        const result = await catalog.add({
          guildId,
          fileName: file.name,
          bytes: fetched.bytes,
          ...(options.title === undefined ? {} : { title: options.title }),
          addedBy: interaction.user.username,
        });
        context.logger.info({ file: file.name, result: result.kind, ...(result.kind === 'added' ? { hash: result.record.hash } : { reason: result.reason }) }, 'document add');
        return respond(interaction, result.kind === 'added' ? renderAdded(result.record, guildId) : renderRefused(file.name, result.reason));
      }
      case 'remove': {
        const result = await catalog.remove(guildId, options.document, interaction.user.username);
        context.logger.info({ document: options.document, result: result.kind }, 'document remove');
        return respond(interaction, result.kind === 'removed' ? renderRemoved(result.record, guildId) : renderNotFound(options.document));
      }
      case 'list':
        return respond(interaction, renderDocumentList(catalog.list(guildId), guildId));
      case 'history':
        return respond(interaction, renderHistory(catalog.history(guildId), guildId));
    }
  },

  /** `remove`'s document: only the ones this scope added (the base's are removed by its own admins, in a DM). */
  async autocomplete(interaction, context) {
    if (!isAdmin(interaction, context.adminUserIds)) return interaction.respond([]);
    const removable = context.catalog.list(context.guildId).filter((record) => (context.guildId === null) === (record.scope === 'base'));
    await interaction.respond(documentChoices(removable, interaction.options.getFocused()));
  },
});
