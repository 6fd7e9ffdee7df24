// «Хочу внедрить эту практику» (issue 13 §3): the public form and the coordinators' list.
import { PracticeSlugSchema } from './practice-passport';
import { RegionCodeSchema } from './regions';
import { z } from './zod';

export const ADOPT_REQUEST_STATUSES = ['new', 'in_contact', 'adoption_started', 'declined'] as const;
export const AdoptRequestStatusSchema = z.enum(ADOPT_REQUEST_STATUSES);
export type AdoptRequestStatus = z.infer<typeof AdoptRequestStatusSchema>;

export const adoptRequestStatusLabels: Record<AdoptRequestStatus, string> = {
  new: 'Новая',
  in_contact: 'На связи',
  adoption_started: 'Внедрение начато',
  declined: 'Отклонена',
};

/** The least time (ms) between getting the form and sending it: a person cannot fill it faster. */
export const ADOPT_REQUEST_MIN_FILL_MS = 3000;

/** A signed note of when the form was given out (GET …/adopt-requests/form). */
export const AdoptRequestFormSchema = z.object({ formToken: z.string() });
export type AdoptRequestForm = z.infer<typeof AdoptRequestFormSchema>;

/** What a visitor sends. `website` is a field people never see: a bot that fills it is ignored. */
export const CreateAdoptRequestBodySchema = z.object({
  name: z.string().trim().min(1, 'Укажите ваше имя').max(200, 'Не больше 200 символов'),
  organisation: z.string().trim().min(1, 'Укажите организацию').max(300, 'Не больше 300 символов'),
  regionCode: RegionCodeSchema,
  email: z.email('Укажите адрес электронной почты, например name@example.ru').max(254),
  phone: z
    .string()
    .trim()
    .max(50, 'Не больше 50 символов')
    .regex(/^[0-9+()\-\s]*$/, 'Телефон: цифры, пробелы, +, скобки и дефисы')
    .optional()
    .transform((value) => (value ? value : undefined)),
  message: z
    .string()
    .trim()
    .min(10, 'Расскажите в нескольких словах, что вы хотите внедрить')
    .max(5000, 'Не больше 5000 символов'),
  consent: z.literal(true, 'Без согласия на обработку персональных данных мы не можем передать заявку'),
  website: z.string().max(500).optional(),
  formToken: z.string().min(1).max(200),
});
export type CreateAdoptRequestBody = z.infer<typeof CreateAdoptRequestBodySchema>;

export const AdoptRequestReceivedSchema = z.object({ received: z.literal(true) });

export const AdoptRequestReplySchema = z.object({
  id: z.number().int(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});

/** A request as the practice region's coordinators and moderators see it (with personal data). */
export const AdoptRequestSchema = z.object({
  id: z.number().int(),
  status: AdoptRequestStatusSchema,
  practice: z.object({ id: z.number().int(), slug: PracticeSlugSchema, title: z.string() }),
  name: z.string(),
  organisation: z.string(),
  region: z.object({ code: z.string(), name: z.string() }),
  email: z.string(),
  phone: z.string().nullable(),
  message: z.string(),
  createdAt: z.iso.datetime(),
  /** The adoption the requester's region declared for this practice, once it has. */
  adoptionId: z.number().int().nullable(),
  replies: z.array(AdoptRequestReplySchema),
});
export type AdoptRequest = z.infer<typeof AdoptRequestSchema>;

export const AdoptRequestListSchema = z.object({ items: z.array(AdoptRequestSchema) });
export type AdoptRequestList = z.infer<typeof AdoptRequestListSchema>;

export const AdoptRequestParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
});

export const UpdateAdoptRequestBodySchema = z.object({ status: AdoptRequestStatusSchema });

export const ReplyAdoptRequestBodySchema = z.object({
  body: z.string().trim().min(1, 'Напишите ответ').max(5000, 'Не больше 5000 символов'),
});
