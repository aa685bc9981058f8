import { z } from 'zod';
import type { ClauseId, ClauseRef } from './model.ts';

/**
 * The clause catalogue: per source document its articles, each with the article number, its title
 * and the excerpt of its text a rule relies on. Rules cite a clause by id ('<document>#<article>'),
 * so a decision can name document, article and title, and lint can find a citation that points at
 * nothing.
 */
export const articleSchema = z.object({
  article: z
    .string()
    .regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, 'an article number such as 15.5 or 3.2')
    .describe('The article number as the document numbers it'),
  title: z.string().min(1).max(200),
  text: z.string().min(1).max(8000).describe('The excerpt of the article the rules rely on, verbatim'),
  /**
   * The most the article's own text lets a rule charge, read from the text (not from the rules):
   * lint checks every fee that cites the article against it.
   */
  limits: z
    .object({
      maxFeeBasisPoints: z.int().min(0).max(100_000).optional(),
      maxFixedFeeCents: z.int().min(0).optional(),
    })
    .optional(),
  /** Where the article's own text leaves a gap or an overlap a reading had to close (lint reports it). */
  textGaps: z.array(z.string().min(1).max(500)).optional(),
});

export const documentSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,99}$/, 'a lowercase slug'),
  title: z.string().min(1).max(200),
  /** Where the text was taken from, e.g. the file in shared/terms or the provider's URL. */
  source: z.string().min(1).max(500),
  articles: z.array(articleSchema).min(1).max(1000),
});

export type Article = z.infer<typeof articleSchema>;
export type TermsDocument = z.infer<typeof documentSchema>;

export const clauseIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*#[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, "a clause id '<document>#<article>'");

export function clauseId(document: string, article: string): ClauseId {
  return `${document}#${article}`;
}

/** Resolves clause ids to references; built once per terms version. */
export class ClauseIndex {
  readonly #refs = new Map<ClauseId, ClauseRef>();
  readonly #articles = new Map<ClauseId, Article>();

  constructor(documents: readonly TermsDocument[]) {
    for (const document of documents) {
      for (const article of document.articles) {
        const id = clauseId(document.id, article.article);
        this.#refs.set(
          id,
          Object.freeze({ document: document.id, article: article.article, title: article.title }),
        );
        this.#articles.set(id, article);
      }
    }
  }

  has(id: ClauseId): boolean {
    return this.#refs.has(id);
  }

  /** The reference for a clause id; throws when the catalogue has no such article (lint reports it first). */
  ref(id: ClauseId): ClauseRef {
    const ref = this.#refs.get(id);
    if (!ref) throw new RangeError(`clause ${id} is not in the clause catalogue of these terms`);
    return ref;
  }

  article(id: ClauseId): Article | undefined {
    return this.#articles.get(id);
  }

  ids(): ClauseId[] {
    return [...this.#refs.keys()];
  }
}
