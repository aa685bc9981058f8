/** The import-sheet API's shapes, imported type-only from src/enrollment/import/model.ts. */
import type {
  CommitResult,
  ImportProgress,
  PreviewRow,
  SheetView,
} from '../../../src/enrollment/import/model.ts';

export type { CommitResult, ImportProgress, PreviewRow, SheetView };
