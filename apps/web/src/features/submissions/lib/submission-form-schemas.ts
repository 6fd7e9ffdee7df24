// What the practice's small forms send: their inputs read into the contracts' bodies, so the
// forms refuse what the API would refuse, in its words (or the form's own, where it always had
// them), before anything is sent.
import {
  ChangeSlugBodySchema,
  CreateDraftBodySchema,
  SectionCommentSchema,
  TransitionBodySchema,
} from '@registry/contracts/submissions';
import { z } from 'zod';
import { submissionMessages as m } from '../messages';

/** A new page address for the practice at `revision`. */
export function slugFormSchema(revision: number) {
  return z
    .object({ slug: z.string() })
    .transform(({ slug }) => ({ revision, slug: slug.trim() }))
    .pipe(ChangeSlugBodySchema);
}

const RegionSchema = CreateDraftBodySchema.pick({ regionCode: true });
/** A new draft: moderators and admins choose its region («Выберите регион»), others send none. */
export function createPracticeFormSchema(chooseRegion: boolean) {
  return z
    .object({ regionCode: z.string() })
    .transform(({ regionCode }, ctx): z.input<typeof RegionSchema> => {
      if (!chooseRegion) return {};
      if (regionCode) return { regionCode };
      ctx.issues.push({
        code: 'custom',
        path: ['regionCode'],
        message: m.createRegionPlaceholder,
        input: '',
      });
      return z.NEVER;
    })
    .pipe(RegionSchema);
}

/** A written reason for a move (reject, archive, withdraw a recommendation): required, trimmed. */
export const ReasonFormSchema = z
  .object({ comment: z.string().trim().min(1, m.commentRequired) })
  .pipe(TransitionBodySchema.pick({ comment: true }).required());

/** One row of the return form: `key` names its controls, stable while rows come and go. */
const ReturnRowSchema = z.object({ key: z.number(), section: z.string(), comment: z.string() });

/**
 * Returning for revision: a general comment and comments on sections, at least one of them.
 * Rows left empty are dropped; each other row is checked by the contract where it was typed.
 */
const ReturnBodySchema = TransitionBodySchema.pick({ comment: true, sectionComments: true });
export const ReturnFormSchema = z
  .object({ comment: z.string(), sections: z.array(ReturnRowSchema) })
  .transform(({ comment, sections }, ctx): z.input<typeof ReturnBodySchema> => {
    const sectionComments: { section: string; comment: string }[] = [];
    sections.forEach((row, index) => {
      const text = row.comment.trim();
      if (text === '') return;
      const checked = SectionCommentSchema.safeParse({ section: row.section, comment: text });
      for (const issue of checked.error?.issues ?? [])
        ctx.issues.push({
          code: 'custom',
          path: ['sections', index, ...issue.path],
          message: issue.message,
          input: row,
        });
      sectionComments.push({ section: row.section, comment: text });
    });
    if (comment.trim() === '' && sectionComments.length === 0)
      ctx.issues.push({ code: 'custom', path: ['comment'], message: m.atLeastOneComment, input: comment });
    if (ctx.issues.length > 0) return z.NEVER;
    return { comment: comment.trim() || undefined, sectionComments };
  })
  .pipe(ReturnBodySchema);
export type ReturnFormValues = z.input<typeof ReturnFormSchema>;
