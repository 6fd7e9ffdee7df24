// Saved searches with alerts (issue 13 §4): a visitor follows a catalogue selection by e-mail
// (double opt-in) and gets a daily or weekly digest of practices newly published or newly
// recommended in it. The saved search is the catalogue's own query contract, without paging.
import { LinkTokenSchema } from './accounts';
import { EmailSchema } from './auth';
import { PublicStatusSchema } from './practice-enums';
import { CatalogueFiltersSchema, yearsInOrder } from './practices';
import { z } from './zod';

export const SAVED_SEARCH_FREQUENCIES = ['daily', 'weekly'] as const;
/** How often a digest may come: at most once a day or once a week, and only when there is news. */
export const SavedSearchFrequencySchema = z.enum(SAVED_SEARCH_FREQUENCIES, 'Выберите, как часто присылать');
export type SavedSearchFrequency = z.infer<typeof SavedSearchFrequencySchema>;

export const savedSearchFrequencyLabels: Record<SavedSearchFrequency, string> = {
  daily: 'Раз в день',
  weekly: 'Раз в неделю',
};

/** Days an unconfirmed subscription (and its confirmation link) is kept before it is deleted. */
export const UNCONFIRMED_RETENTION_DAYS = 7;

/** The selection a saved search follows: GET /api/practices's filters and `q`, validated alike. */
export const SavedSearchQuerySchema = CatalogueFiltersSchema.refine(...yearsInOrder);
export type SavedSearchQueryInput = z.input<typeof SavedSearchQuerySchema>;
export type SavedSearchQuery = z.output<typeof SavedSearchQuerySchema>;

/** A saved selection as stored and shown: only the filters that are set, values sorted. */
export const SavedSearchFiltersSchema = z
  .object({
    q: z.string().optional(),
    theme: z.array(z.string()).optional(),
    targetGroup: z.array(z.string()).optional(),
    region: z.array(z.string()).optional(),
    district: z.array(z.string()).optional(),
    evidence: z.array(z.string()).optional(),
    status: z.array(PublicStatusSchema).optional(),
    yearFrom: z.number().int().optional(),
    yearTo: z.number().int().optional(),
    internship: z.literal('true').optional(),
    nomination: z.array(z.string()).optional(),
    award: z.enum(['winner', 'finalist', 'any']).optional(),
  })
  .meta({ id: 'SavedSearchFilters' });
export type SavedSearchFilters = z.infer<typeof SavedSearchFiltersSchema>;

/** Body of POST /api/saved-searches: anyone, no account needed. */
export const SubscribeBodySchema = z.object({
  email: EmailSchema,
  frequency: SavedSearchFrequencySchema,
  search: SavedSearchQuerySchema,
});
export type SubscribeBody = z.input<typeof SubscribeBodySchema>;

/** The same answer whether or not the address is known, subscribed or new. */
export const SubscribeAcceptedSchema = z.object({ detail: z.string() });

/** Body of POST /api/saved-searches/mine: a staff member subscribes their account's e-mail. */
export const StaffSubscribeBodySchema = z.object({
  frequency: SavedSearchFrequencySchema,
  search: SavedSearchQuerySchema,
});
export type StaffSubscribeBody = z.input<typeof StaffSubscribeBodySchema>;

/** Body of PATCH on a subscription. */
export const UpdateSavedSearchBodySchema = z.object({ frequency: SavedSearchFrequencySchema });
export type UpdateSavedSearchBody = z.input<typeof UpdateSavedSearchBodySchema>;

/** Params of the routes a link's token opens (confirm, manage, unsubscribe). */
export const SavedSearchTokenParamsSchema = z.object({ token: LinkTokenSchema });

/** Params of a staff member's own subscription. */
export const SavedSearchIdParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

/** One subscription, as its subscriber sees it (by the link's token, or in their account). */
export const SavedSearchSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    frequency: SavedSearchFrequencySchema,
    search: SavedSearchFiltersSchema,
    /** The selection in words, one line per filter («Темы: …»). */
    summary: z.array(z.string()),
    status: z.enum(['pending', 'confirmed']),
    createdAt: z.iso.datetime(),
    confirmedAt: z.iso.datetime().nullable(),
    lastSentAt: z.iso.datetime().nullable().describe('When the last digest was sent'),
  })
  .meta({ id: 'SavedSearch' });
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

/** A staff member's subscriptions (those of their account's e-mail). */
export const MySavedSearchesSchema = z.object({ email: z.string(), items: z.array(SavedSearchSchema) });
export type MySavedSearches = z.infer<typeof MySavedSearchesSchema>;

/** RFC 8058 one-click unsubscription's body (mail clients send it form-encoded). */
export const ONE_CLICK_BODY = 'List-Unsubscribe=One-Click';
