import {
  CostBandSchema,
  OrganisationTypeSchema,
  PracticeStatusSchema,
  ReplicationReadinessSchema,
} from './practice-enums';
import { ReferenceCodeSchema } from './reference';
import { RegionCodeSchema } from './regions';
import { z } from './zod';

/** A practice's URL name: lowercase latin, digits and hyphens. */
export const PracticeSlugSchema = z
  .string()
  .min(3, 'Адрес страницы: не короче 3 символов')
  .max(120, 'Адрес страницы: не длиннее 120 символов')
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'Адрес страницы: строчные латинские буквы, цифры и одиночные дефисы между ними',
  );

/** One measured result: what, in which unit, before and after, and when. */
export const IndicatorSchema = z
  .object({
    name: z.string().min(1).max(300),
    unit: z.string().max(50),
    baseline: z.number().nullable(),
    achieved: z.number().nullable(),
    year: z.number().int().min(1990).max(2100).nullable(),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A public contact of the practice's team. */
export const ContactSchema = z.object({
  name: z.string().min(1).max(200),
  role: z.string().max(200).nullable(),
  email: z.email().nullable(),
  phone: z.string().max(50).nullable(),
});
export type Contact = z.infer<typeof ContactSchema>;

/**
 * A passport needs a public contact that works before it is submitted: at least one e-mail or
 * phone, so that a region that wants to adopt the practice can reach its team (issue 13 §3).
 * Demo practices keep the contacts they were seeded with.
 */
export const hasPublicContact = (contacts: readonly Contact[]): boolean =>
  contacts.some((contact) => Boolean(contact.email?.trim() || contact.phone?.trim()));

export const PUBLIC_CONTACT_MESSAGE = 'Укажите хотя бы один публичный адрес электронной почты или телефон';

/** Schemes a passport link may use: a `javascript:` or `data:` link would run in the reader's page. */
export const LINK_PROTOCOLS = /^(https?|mailto)$/;
export const LINK_PROTOCOL_MESSAGE = 'Ссылка должна начинаться с http://, https:// или mailto:';

export const LinkSchema = z.object({
  title: z.string().min(1).max(300),
  url: z.url({ protocol: LINK_PROTOCOLS, error: LINK_PROTOCOL_MESSAGE }).max(2000),
});
export type Link = z.infer<typeof LinkSchema>;

/**
 * The passport as it is written: the fields a region fills in. Used by the demo seed now and
 * by the submission form later.
 */
export const PassportInputSchema = z.object({
  slug: PracticeSlugSchema,
  title: z.string().min(5).max(300),
  summary: z.string().min(20).max(500),
  problem: z.string().min(1).max(10_000),
  goals: z.string().min(1).max(10_000),
  methods: z.string().min(1).max(20_000).describe('How it works: stages and methods'),
  resultsNarrative: z.string().max(10_000),
  indicators: z.array(IndicatorSchema).max(50),
  themeCodes: z.array(ReferenceCodeSchema).min(1).max(12),
  targetGroupCodes: z.array(ReferenceCodeSchema).min(1).max(15),
  evidenceLevel: ReferenceCodeSchema,
  replicationReadiness: ReplicationReadinessSchema,
  costBand: CostBandSchema,
  resources: z.object({
    staff: z.string().max(2000),
    budget: z.string().max(2000),
    duration: z.string().max(2000),
  }),
  organisation: z.object({ name: z.string().min(1).max(500), type: OrganisationTypeSchema }),
  regionCode: RegionCodeSchema,
  partners: z.string().max(5000),
  startYear: z.number().int().min(1990).max(2100),
  endYear: z.number().int().min(1990).max(2100).nullable().describe('null while the practice is ongoing'),
  support: z.object({
    methodicalMaterials: z.boolean(),
    training: z.boolean(),
    internship: z.boolean(),
  }),
  contacts: z.array(ContactSchema).max(10),
  links: z.array(LinkSchema).max(20),
});
export type PassportInput = z.infer<typeof PassportInputSchema>;

/** A demo practice in prisma/seed/demo-practices.json: a passport plus its status. */
export const DemoPracticeSchema = PassportInputSchema.extend({
  status: PracticeStatusSchema,
  sources: z.array(z.url()).min(1).describe('Public news the practice is drawn from'),
  /** The public justification of a recommended demo practice (marked as a demo text). */
  recommendation: z.string().min(1).max(2000).optional(),
}).refine((practice) => (practice.status === 'recommended') === (practice.recommendation !== undefined), {
  message: 'A recommended demo practice needs a recommendation text, and only it',
  path: ['recommendation'],
});
export type DemoPractice = z.infer<typeof DemoPracticeSchema>;
