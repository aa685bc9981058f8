/**
 * The catalog's tables as Kysely sees them; the composition root (src/composition/tables.ts) adds
 * them to the schema. Rows become the model's types in the store*.ts files.
 */
import type { ColumnType, Generated } from 'kysely';
import type {
  Achievement,
  ExamDelivery,
  ExamFormat,
  ProductType,
  SessionCancelReason,
  SessionKind,
  SessionStatus,
  VatCode,
} from './model.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Tables owned by the catalog context. */
export interface CatalogTables {
  products: {
    id: Generated<string>;
    provider_id: string;
    code: string;
    name: string;
    type: ProductType;
    price_cents: number;
    vat_code: VatCode;
    duration_minutes: number | null;
    description: string;
    published: Generated<boolean>;
    programme: Generated<string>;
    exam_delivery: ExamDelivery | null;
    exam_format: ExamFormat | null;
    reschedules_as_cancellation: Generated<boolean>;
    proof_of_participation: Generated<boolean>;
    created_at: CreatedAt;
    updated_at: Timestamp;
  };
  package_components: {
    package_id: string;
    component_id: string;
    position: number;
    price_cents: number;
    vat_code: VatCode;
  };
  product_prerequisites: {
    product_id: string;
    required_product_id: string;
    requirement: Achievement;
  };
  learner_achievements: {
    learner_id: string;
    product_id: string;
    achievement: Achievement;
    /** 'YYYY-MM-DD' */
    achieved_on: string;
    recorded_by: string | null;
  };
  locations: {
    id: Generated<string>;
    provider_id: string;
    name: string;
    street: Generated<string>;
    postal_code: Generated<string>;
    city: string;
    country: Generated<string>;
    online_url: string | null;
    created_at: CreatedAt;
  };
  sessions: {
    id: Generated<string>;
    provider_id: string;
    product_id: string;
    code: string;
    starts_at: Timestamp;
    ends_at: Timestamp;
    location_id: string | null;
    instructor_id: string | null;
    capacity: number;
    /** Seats held: pending approval, confirmed, offered. Changed only by enrollment's conditional UPDATEs. */
    booked: Generated<number>;
    min_participants: Generated<number>;
    registration_deadline: Timestamp | null;
    status: Generated<SessionStatus>;
    kind: Generated<SessionKind>;
    customer_id: string | null;
    quote_terms_key: string | null;
    quote_terms_version: string | null;
    price_cents: number | null;
    language: Generated<'nl' | 'en'>;
    cancelled_reason: SessionCancelReason | null;
    created_at: CreatedAt;
  };
}
