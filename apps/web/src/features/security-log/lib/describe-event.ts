import type { SecurityEvent } from '@registry/contracts/auth';
import { userRoleLabels } from '@registry/contracts/auth';
import { formatTimestamp } from '../../../lib/format';
import {
  detailKeyLabels,
  detailValueLabels,
  securityEventKindLabels,
  securityLogMessages,
} from '../messages';

/** "Мария Иванова (ivanova@region.ru)". */
export function personLabel(person: { name: string; email: string }): string {
  return `${person.name} (${person.email})`;
}

/**
 * Who the entry is about: the account's name and address; the address typed at sign-in when
 * it differs (or there is no account); a dash for anonymous requests.
 */
export function describeWho(event: Pick<SecurityEvent, 'user' | 'email' | 'userId'>): string {
  if (event.user) {
    const typed = event.email && event.email !== event.user.email ? ` → ${event.email}` : '';
    return `${personLabel(event.user)}${typed}`;
  }
  if (event.email) return event.email;
  return event.userId === null ? securityLogMessages.none : securityLogMessages.deletedUser;
}

/** The kind's Russian name, or the raw kind for one this version of the app does not know. */
export function eventKindLabel(kind: string): string {
  return securityEventKindLabels[kind] ?? kind;
}

function describeValue(key: string, value: unknown): string {
  if (typeof value === 'string') {
    if (key === 'role' && value in userRoleLabels)
      return userRoleLabels[value as keyof typeof userRoleLabels];
    if (key === 'lastAt' && !Number.isNaN(Date.parse(value))) return formatTimestamp(value);
    if (value.startsWith('status_')) {
      const status = value.slice('status_'.length);
      return `учётная запись ${detailValueLabels[status] ?? status}`;
    }
    return detailValueLabels[value] ?? value;
  }
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (typeof value === 'number') return String(value);
  // Nested records ("from"/"to" of an account change) read as "статус: активна, роль: …".
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value)
      .filter(([, inner]) => inner !== null && inner !== undefined && inner !== '')
      .map(
        ([innerKey, inner]) => `${detailKeyLabels[innerKey] ?? innerKey} ${describeValue(innerKey, inner)}`,
      )
      .join(', ');
  }
  return JSON.stringify(value);
}

/**
 * One line about an event's `detail`: "GET /api/admin/security-events" for the request, then
 * "причина: неверный пароль" and the like for the rest.
 */
export function summariseDetail(
  detail: SecurityEvent['detail'],
  subject: SecurityEvent['subject'] = null,
): string {
  const { method, url, ...rest } = detail;
  const parts: string[] = [];
  if (typeof url === 'string') parts.push(typeof method === 'string' ? `${method} ${url}` : url);
  // The account acted upon, by name rather than by number.
  if (subject) {
    parts.push(`${securityLogMessages.subjectLabel}: ${personLabel(subject)}`);
    delete rest.accountId;
    delete rest.invitedUserId;
  }
  for (const [key, value] of Object.entries(rest)) {
    if (value === null || value === undefined || value === '') continue;
    parts.push(`${detailKeyLabels[key] ?? key}: ${describeValue(key, value)}`);
  }
  return parts.join('; ');
}
