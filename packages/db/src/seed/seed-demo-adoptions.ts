// Demo adoptions between the demo practices' regions (prisma/seed/demo-adoptions.json), so the
// statistics page is not empty on a fresh start. Made-up declarations, labelled as demo in
// their narrative, with no figures and no personal contacts. Written only while no adoption
// exists at all, and only for demo practices that are public: a real installation is never touched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdoptionStatusSchema, DateOnlySchema } from '@registry/contracts/adoptions';
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client';
import { findRepoRoot } from '../repo-root';

const DemoAdoptionSchema = z.object({
  practiceSlug: z.string(),
  regionCode: z.string().regex(/^\d{2}$/),
  status: AdoptionStatusSchema,
  startedOn: DateOnlySchema.nullable(),
  finishedOn: DateOnlySchema.nullable(),
});

export function loadDemoAdoptions() {
  const path = join(findRepoRoot(), 'prisma', 'seed', 'demo-adoptions.json');
  return z.array(DemoAdoptionSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
}

const asDate = (value: string | null) => (value ? new Date(`${value}T00:00:00.000Z`) : null);

/** Returns how many demo adoptions were written (0 when there were adoptions already). */
export async function seedDemoAdoptions(prisma: PrismaClient): Promise<number> {
  if ((await prisma.adoption.count()) > 0) return 0;
  const demo = loadDemoAdoptions();
  const practices = await prisma.practice.findMany({
    where: {
      slug: { in: demo.map((a) => a.practiceSlug) },
      isDemo: true,
      status: { in: ['published', 'recommended'] },
    },
    select: { id: true, slug: true, regionCode: true },
  });
  const bySlug = new Map(practices.map((p) => [p.slug, p]));
  const rows = demo.flatMap((adoption) => {
    const practice = bySlug.get(adoption.practiceSlug);
    if (!practice || practice.regionCode === adoption.regionCode) return [];
    return [
      {
        practiceId: practice.id,
        regionCode: adoption.regionCode,
        status: adoption.status,
        startedOn: asDate(adoption.startedOn),
        finishedOn: asDate(adoption.finishedOn),
        narrative: 'Демонстрационная запись: показывает, как выглядит внедрение практики в другом регионе.',
        contactName: 'Демонстрационный контакт',
      },
    ];
  });
  const { count } = await prisma.adoption.createMany({ data: rows, skipDuplicates: true });
  return count;
}
