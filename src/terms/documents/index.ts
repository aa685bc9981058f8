import type { TermsDocument } from '../clauses.ts';
import { ingeniumLeveringsvoorwaarden } from './ingenium-leveringsvoorwaarden.ts';
import { plusportAlgemeneLeveringsvoorwaarden } from './plusport-algemene-leveringsvoorwaarden.ts';
import { plusportCursusvoorwaarden } from './plusport-cursusvoorwaarden.ts';
import { sparseAlgemeneVoorwaarden } from './sparse-algemene-voorwaarden.ts';
import { vaproVoorwaarden } from './vapro-leverings-en-betalingsvoorwaarden.ts';

/** The clause catalogues of the five source documents, by document id. */
export const BUILT_IN_DOCUMENTS: Record<string, TermsDocument> = {
  [plusportCursusvoorwaarden.id]: plusportCursusvoorwaarden,
  [plusportAlgemeneLeveringsvoorwaarden.id]: plusportAlgemeneLeveringsvoorwaarden,
  [sparseAlgemeneVoorwaarden.id]: sparseAlgemeneVoorwaarden,
  [ingeniumLeveringsvoorwaarden.id]: ingeniumLeveringsvoorwaarden,
  [vaproVoorwaarden.id]: vaproVoorwaarden,
};

export {
  ingeniumLeveringsvoorwaarden,
  plusportAlgemeneLeveringsvoorwaarden,
  plusportCursusvoorwaarden,
  sparseAlgemeneVoorwaarden,
  vaproVoorwaarden,
};
