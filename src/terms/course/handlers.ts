import type { QuestionHandler } from '../compile.ts';
import { decideAdmission } from './admission.ts';
import { decideCancellation } from './cancellation.ts';
import { decideCertificateRelease } from './certificate.ts';
import { decideChangeConditions } from './change-conditions.ts';
import { decideConfirmationNotes } from './confirmation-notes.ts';
import type {
  AdmissionQuestion,
  NoticeFormQuestion,
  PriceIncludesQuestion,
  ResultDueQuestion,
} from './door-questions.ts';
import { decideElearningAccess } from './elearning-access.ts';
import type {
  ChangeConditionsQuestion,
  ConfirmationNotesQuestion,
  TextbookTableQuestion,
} from './enrollment-questions.ts';
import { decideForceMajeureRefund } from './force-majeure-refund.ts';
import { decideGroupDiscount } from './group-discount.ts';
import { decideNoticeForm } from './notice-form.ts';
import { decidePriceIncludes } from './price-includes.ts';
import { decideProviderCancellation } from './provider-cancellation.ts';
import type {
  CancellationQuestion,
  CertificateReleaseQuestion,
  ElearningAccessQuestion,
  ForceMajeureRefundQuestion,
  GroupDiscountQuestion,
  ProviderCancellationQuestion,
  RescheduleQuestion,
  SubstitutionQuestion,
} from './questions.ts';
import { decideReschedule } from './reschedule.ts';
import { decideResultDue } from './result-due.ts';
import { decideSubstitution } from './substitution.ts';
import { decideTextbookTable } from './textbook-table.ts';

/** The course question handlers by question type (src/terms/evaluate.ts dispatches on it). */
export const courseHandlers: {
  cancellation: QuestionHandler<CancellationQuestion>;
  reschedule: QuestionHandler<RescheduleQuestion>;
  substitution: QuestionHandler<SubstitutionQuestion>;
  provider_cancellation: QuestionHandler<ProviderCancellationQuestion>;
  force_majeure_refund: QuestionHandler<ForceMajeureRefundQuestion>;
  elearning_access: QuestionHandler<ElearningAccessQuestion>;
  certificate_release: QuestionHandler<CertificateReleaseQuestion>;
  group_discount: QuestionHandler<GroupDiscountQuestion>;
  admission: QuestionHandler<AdmissionQuestion>;
  result_due: QuestionHandler<ResultDueQuestion>;
  price_includes: QuestionHandler<PriceIncludesQuestion>;
  notice_form: QuestionHandler<NoticeFormQuestion>;
  confirmation_notes: QuestionHandler<ConfirmationNotesQuestion>;
  change_conditions: QuestionHandler<ChangeConditionsQuestion>;
  textbook_table: QuestionHandler<TextbookTableQuestion>;
} = {
  cancellation: decideCancellation,
  reschedule: decideReschedule,
  substitution: decideSubstitution,
  provider_cancellation: decideProviderCancellation,
  force_majeure_refund: decideForceMajeureRefund,
  elearning_access: decideElearningAccess,
  certificate_release: decideCertificateRelease,
  group_discount: decideGroupDiscount,
  admission: decideAdmission,
  result_due: decideResultDue,
  price_includes: decidePriceIncludes,
  notice_form: decideNoticeForm,
  confirmation_notes: decideConfirmationNotes,
  change_conditions: decideChangeConditions,
  textbook_table: decideTextbookTable,
};
