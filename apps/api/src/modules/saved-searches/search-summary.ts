// A saved selection in words («Темы: Семья и дети», «Регионы: Тюменская область»), for the
// subscriber's page and the messages: codes are named from the reference tables.
import { practiceStatusLabels } from '@registry/contracts/practice-enums';
import type { SavedSearchFilters } from '@registry/contracts/saved-searches';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

type Tx = Prisma.TransactionClient | PrismaClient;

const AWARDS = { winner: 'победители', finalist: 'призёры', any: 'победители и призёры' } as const;

async function names(tx: Tx, search: SavedSearchFilters) {
  const [themes, groups, regions, districts, levels, nominations] = await Promise.all([
    search.theme
      ? tx.theme.findMany({ where: { code: { in: search.theme } }, select: { code: true, nameRu: true } })
      : [],
    search.targetGroup
      ? tx.targetGroup.findMany({
          where: { code: { in: search.targetGroup } },
          select: { code: true, nameRu: true },
        })
      : [],
    search.region
      ? tx.region.findMany({ where: { code: { in: search.region } }, select: { code: true, nameRu: true } })
      : [],
    search.district
      ? tx.federalDistrict.findMany({
          where: { code: { in: search.district } },
          select: { code: true, nameRu: true },
        })
      : [],
    search.evidence
      ? tx.evidenceLevel.findMany({
          where: { code: { in: search.evidence } },
          select: { code: true, nameRu: true },
        })
      : [],
    search.nomination
      ? tx.nomination.findMany({
          where: { id: { in: search.nomination.map(Number) } },
          select: { id: true, title: true, contest: { select: { title: true } } },
        })
      : [],
  ]);
  const byCode = (rows: { code: string; nameRu: string }[]) => new Map(rows.map((r) => [r.code, r.nameRu]));
  return {
    theme: byCode(themes),
    targetGroup: byCode(groups),
    region: byCode(regions),
    district: byCode(districts),
    evidence: byCode(levels),
    nomination: new Map(nominations.map((n) => [String(n.id), `${n.contest.title} — ${n.title}`])),
  };
}

/** One line per filter that is set; «Все новые практики реестра» when none is. */
export async function summariseSearch(tx: Tx, search: SavedSearchFilters): Promise<string[]> {
  const known = await names(tx, search);
  const list = (values: string[] | undefined, map: Map<string, string>) =>
    (values ?? []).map((v) => map.get(v) ?? v).join(', ');
  const lines: string[] = [];
  if (search.q) lines.push(`Поиск: «${search.q}»`);
  if (search.theme) lines.push(`Темы: ${list(search.theme, known.theme)}`);
  if (search.targetGroup) lines.push(`Целевые группы: ${list(search.targetGroup, known.targetGroup)}`);
  if (search.district) lines.push(`Федеральные округа: ${list(search.district, known.district)}`);
  if (search.region) lines.push(`Регионы: ${list(search.region, known.region)}`);
  if (search.evidence) lines.push(`Уровень доказанности: ${list(search.evidence, known.evidence)}`);
  if (search.status)
    lines.push(`Статус: ${search.status.map((s) => practiceStatusLabels[s as 'published'] ?? s).join(', ')}`);
  if (search.yearFrom !== undefined || search.yearTo !== undefined) {
    const from = search.yearFrom !== undefined ? `с ${search.yearFrom}` : '';
    const to = search.yearTo !== undefined ? `по ${search.yearTo}` : '';
    lines.push(`Год начала: ${[from, to].filter(Boolean).join(' ')}`);
  }
  if (search.internship) lines.push('Можно пройти стажировку');
  if (search.nomination) lines.push(`Номинации: ${list(search.nomination, known.nomination)}`);
  if (search.award) lines.push(`Награды: ${AWARDS[search.award]}`);
  return lines.length > 0 ? lines : ['Все новые практики реестра'];
}
