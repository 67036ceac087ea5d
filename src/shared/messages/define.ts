/**
 * How a message is declared: who may send it and the schema of its payload. The payload's type is
 * inferred from the schema (protocol.ts), so the two cannot drift; each feature's reply types are
 * declared beside its messages.
 *
 * Senders, as the background tells them apart (src/background/senders.ts):
 * - `content-script`: our content script in a tab on one of Microsoft's pages. It may only report
 *   what it saw and ask for what the guide needs; Microsoft's page runs beside it, so nothing it
 *   sends may read, export or change the inventory or the settings.
 * - `extension-page`: the popup, or the popup page opened in a tab (import from a file).
 */
import type { Schema } from '../schema';

export type SenderKind = 'content-script' | 'extension-page';

export interface MessageDefinition<S extends Schema = Schema> {
  from: readonly SenderKind[];
  payload: S;
}

export const fromContentScript = <S extends Schema>(payload: S) => ({ from: ['content-script'] as const, payload });
export const fromExtensionPages = <S extends Schema>(payload: S) => ({ from: ['extension-page'] as const, payload });
/** Read-only or harmless either way (reading the guide's config, ending the guide's task). */
export const fromEither = <S extends Schema>(payload: S) => ({ from: ['content-script', 'extension-page'] as const, payload });
