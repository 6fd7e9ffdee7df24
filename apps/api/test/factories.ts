// Test data: passports with sensible defaults, written through the same mapping the seed uses.
import type { PracticeStatus } from '@registry/contracts/practice-enums';
import type { PassportInput } from '@registry/contracts/practice-passport';
import type { Database } from '@registry/db/database';
import { passportToCreateInput } from '@registry/db/seed/passport-to-prisma';

let counter = 0;

export function passport(overrides: Partial<PassportInput> = {}): PassportInput {
  counter += 1;
  return {
    slug: `test-practice-${process.pid}-${counter}`,
    title: `Тестовая практика номер ${counter}`,
    summary: 'Краткое описание тестовой практики для проверки каталога реестра.',
    problem: 'Проблема, на которую отвечает практика.',
    goals: 'Цели практики.',
    methods: 'Этапы и методы работы.',
    resultsNarrative: 'Результаты практики.',
    indicators: [],
    themeCodes: ['family-values'],
    targetGroupCodes: ['families-with-children'],
    evidenceLevel: 'promising',
    replicationReadiness: 'materials_available',
    costBand: 'low',
    resources: { staff: 'Психолог', budget: 'В рамках госзадания', duration: '1 год' },
    organisation: { name: 'Центр помощи семье', type: 'state' },
    regionCode: '72',
    partners: 'Органы опеки',
    startYear: 2020,
    endYear: null,
    support: { methodicalMaterials: true, training: false, internship: false },
    contacts: [{ name: 'Центр помощи семье', role: null, email: 'info@example.org', phone: null }],
    links: [{ title: 'Сайт', url: 'https://example.org' }],
    ...overrides,
  };
}

export async function createPractice(
  db: Database,
  overrides: Partial<PassportInput> = {},
  extra: { status?: PracticeStatus; statusChangedAt?: Date; isDemo?: boolean } = {},
) {
  const data = passport(overrides);
  await db.prisma.practice.create({
    data: passportToCreateInput(data, {
      status: extra.status ?? 'published',
      isDemo: extra.isDemo ?? false,
      ...(extra.statusChangedAt ? { statusChangedAt: extra.statusChangedAt } : {}),
    }),
    select: { id: true },
  });
  return data;
}
