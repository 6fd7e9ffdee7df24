import { PracticeSlugSchema } from '@registry/contracts/practice-passport';
import { describe, expect, it } from 'vitest';
import { firstFreeSlug, slugFromTitle } from './slugs';

describe('slugs made from titles', () => {
  it.each([
    ['Школа ответственного родительства', 'shkola-otvetstvennogo-roditelstva'],
    ['«Семья» — это щедрость и ёлка!', 'semya-eto-schedrost-i-yolka'],
    ['Подъезд 2024: Хабаровский край', 'podyezd-2024-khabarovskiy-kray'],
    ['  ', 'praktika'],
    ['Я', 'praktika'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(PracticeSlugSchema.safeParse(slugFromTitle(title)).success).toBe(true);
  });

  it('cuts a long title at a word boundary and stays a valid slug', () => {
    const slug = slugFromTitle('Комплексная программа '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('kompleksnaya-programma-')).toBe(true);
    expect(PracticeSlugSchema.safeParse(`${slug}-99`).success).toBe(true);
  });

  it('numbers a taken base', () => {
    expect(firstFreeSlug('shkola', new Set())).toBe('shkola');
    expect(firstFreeSlug('shkola', new Set(['shkola', 'shkola-2']))).toBe('shkola-3');
  });
});
