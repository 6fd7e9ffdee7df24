// Every message the registry sends, in one place. A template turns its data into the parts of a
// message (layout.ts makes the text and HTML). Data holds app paths (/invite/…); they become
// absolute under PUBLIC_URL when the message is rendered, for sending or for «Исходящие письма».
//
// To add a template: a data type in MailTemplates and an entry in TEMPLATES.
import { absoluteUrl, type MailParts, type RenderedMail, renderParts } from './layout';

export interface MailTemplates {
  /** An invitation to the registry (accounts). */
  invitation: { name: string; roleLabel: string; link: string; expiresAt: string; invitedBy?: string };
  /** A password-reset link (accounts). */
  password_reset: { name: string; link: string; expiresAt: string };
  /** A notification of «Уведомления» sent by mail too (notifications.notify). */
  notification: { name: string; title: string; body?: string; link?: string | null; kind: string };
  /** Free text with an optional link: digests and other mass mail of other modules. */
  message: {
    subject: string;
    greeting?: string;
    paragraphs: string[];
    link?: { label: string; url: string };
    footnote?: string;
  };
}

export type MailTemplateName = keyof MailTemplates;

const MOSCOW = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Europe/Moscow',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const moscowTime = (iso: string) => `${MOSCOW.format(new Date(iso))} (мск)`;

type TemplateFn<K extends MailTemplateName> = (
  data: MailTemplates[K],
  url: (path: string) => string,
) => Omit<MailParts, 'unsubscribeUrl'>;

const TEMPLATES: { [K in MailTemplateName]: TemplateFn<K> } = {
  invitation: (data, url) => ({
    subject: 'Приглашение в Реестр лучших практик',
    greeting: `Здравствуйте, ${data.name}!`,
    paragraphs: [
      `${data.invitedBy ? `${data.invitedBy} приглашает вас` : 'Вас приглашают'} в Реестр лучших практик в роли «${data.roleLabel}».`,
      'Чтобы принять приглашение, откройте ссылку и задайте пароль.',
    ],
    action: { label: 'Принять приглашение', url: url(data.link) },
    footnote: `Ссылка действует до ${moscowTime(data.expiresAt)}. Если вы не ждали этого письма, просто не отвечайте на него.`,
  }),
  password_reset: (data, url) => ({
    subject: 'Смена пароля в Реестре лучших практик',
    greeting: `Здравствуйте, ${data.name}!`,
    paragraphs: ['Для вашей учётной записи запрошена смена пароля.'],
    action: { label: 'Задать новый пароль', url: url(data.link) },
    footnote: `Ссылка действует до ${moscowTime(data.expiresAt)} и открывается один раз. Если вы не запрашивали смену пароля, ничего не делайте: пароль останется прежним.`,
  }),
  notification: (data, url) => ({
    subject: data.title,
    greeting: `Здравствуйте, ${data.name}!`,
    paragraphs: [data.title, ...(data.body ? [data.body] : [])],
    action: data.link ? { label: 'Открыть в реестре', url: url(data.link) } : undefined,
    footnote:
      'Это уведомление есть и в разделе «Уведомления». Какие уведомления приходят на почту, можно выбрать там же, в настройках.',
  }),
  message: (data, url) => ({
    subject: data.subject,
    greeting: data.greeting,
    paragraphs: data.paragraphs,
    action: data.link ? { label: data.link.label, url: url(data.link.url) } : undefined,
    footnote: data.footnote,
  }),
};

export function isMailTemplate(name: string): name is MailTemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

/** The message's subject, text and HTML with absolute links under `publicUrl`. */
export function renderMail<K extends MailTemplateName>(
  template: K,
  data: MailTemplates[K],
  publicUrl: string,
  unsubscribeUrl?: string | null,
): RenderedMail {
  const url = (path: string) => absoluteUrl(publicUrl, path);
  const parts = (TEMPLATES[template] as TemplateFn<K>)(data, url);
  return renderParts({ ...parts, unsubscribeUrl: unsubscribeUrl ? url(unsubscribeUrl) : undefined });
}

/** Every absolute http(s) link in a rendered text, once each, in order. */
export function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"']+/g) ?? [])];
}
