// The messages of saved searches, as data for the mail module's `message` template (which keeps
// the frame, the HTML and the List-Unsubscribe headers in one place). Links are app paths; the mail
// module makes them absolute under PUBLIC_URL, except those inside paragraphs, made absolute here.
import { type SavedSearchFrequency, savedSearchFrequencyLabels } from '@registry/contracts/saved-searches';
import type { MailMessage } from '../mail';
import type { NewsRow } from './saved-searches.repository';

/** The pages a link opens (apps/web routes) and the RFC 8058 one-click address. */
export const savedSearchLinks = {
  confirm: (token: string) => `/subscriptions/confirm/${token}`,
  manage: (token: string) => `/subscriptions/${token}`,
  unsubscribePage: (token: string) => `/subscriptions/${token}/unsubscribe`,
  oneClick: (token: string) => `/api/saved-searches/unsubscribe/${token}`,
};

const absolute = (publicUrl: string, path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;

const describe = (summary: string[]) => summary.map((line) => `• ${line}`).join('\n');

/** Double opt-in: nothing is sent until this link is used; the subscription is dropped after 7 days. */
export function confirmationMail(
  email: string,
  token: string,
  summary: string[],
  frequency: SavedSearchFrequency,
): MailMessage {
  return {
    to: email,
    template: 'message',
    data: {
      subject: 'Подтвердите подписку на новые практики',
      greeting: 'Здравствуйте!',
      paragraphs: [
        'На этот адрес оформлена подписка на новые практики Реестра лучших практик по подборке:',
        describe(summary),
        `Письма будут приходить не чаще, чем ${savedSearchFrequencyLabels[frequency].toLowerCase()}, и только когда в подборке появятся новые опубликованные или рекомендованные практики.`,
      ],
      link: { label: 'Подтвердить подписку', url: savedSearchLinks.confirm(token) },
      footnote:
        'Если вы не подписывались, ничего не делайте: без подтверждения подписка и адрес будут удалены через 7 дней.',
    },
  };
}

/** Asked again for a selection already followed: the management link instead of a second subscription. */
export function alreadySubscribedMail(email: string, token: string, summary: string[]): MailMessage {
  return {
    to: email,
    template: 'message',
    data: {
      subject: 'Вы уже подписаны на эту подборку',
      greeting: 'Здравствуйте!',
      paragraphs: [
        'Кто-то (возможно, вы) снова попросил подписать этот адрес на подборку, на которую вы уже подписаны:',
        describe(summary),
        'Второй подписки не будет. Изменить частоту писем или отписаться можно по ссылке.',
      ],
      link: { label: 'Управлять подпиской', url: savedSearchLinks.manage(token) },
    },
    unsubscribeUrl: savedSearchLinks.oneClick(token),
  };
}

export interface DigestInput {
  email: string;
  token: string;
  summary: string[];
  catalogue: string;
  news: NewsRow[];
  /** How many more matched than are listed. */
  more: number;
  publicUrl: string;
}

/** The digest: what became public or recommended in the selection since the last one. */
export function digestMail(input: DigestInput): MailMessage {
  const count = input.news.length + input.more;
  const items = input.news.map((row) => {
    const status = row.status === 'recommended' ? 'рекомендована к тиражированию' : 'опубликована';
    return `«${row.title}» — ${row.region_name}, ${status}\n${absolute(input.publicUrl, `/practices/${row.slug}`)}`;
  });
  return {
    to: input.email,
    template: 'message',
    data: {
      subject: `Новые практики в вашей подборке: ${count}`,
      greeting: 'Здравствуйте!',
      paragraphs: [
        `В подборке, на которую вы подписаны, новые опубликованные или рекомендованные практики (${count}):`,
        describe(input.summary),
        ...items,
        ...(input.more > 0 ? [`И ещё ${input.more} — все в каталоге по ссылке ниже.`] : []),
        `Изменить частоту писем или отписаться: ${absolute(input.publicUrl, savedSearchLinks.manage(input.token))}`,
      ],
      link: { label: 'Открыть подборку в каталоге', url: input.catalogue },
      footnote: 'Письмо приходит, только когда в подборке есть новое.',
    },
    unsubscribeUrl: savedSearchLinks.oneClick(input.token),
  };
}
