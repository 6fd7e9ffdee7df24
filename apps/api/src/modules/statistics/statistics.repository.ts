// The public statistics in four aggregate statements. Only public practices (published,
// recommended) and adoptions of public practices count.
import type { AdoptionFlow, DistrictStat, RegionStat, TopPractice } from '@registry/contracts/statistics';
import type { Pool } from 'pg';

const PUBLIC = `p.status IN ('published', 'recommended')`;

export async function readStatistics(pool: Pool) {
  const districts = await pool.query<DistrictStat>(`
    SELECT d.code, d.name_ru AS "nameRu", d.short_ru AS "shortRu",
           count(p.id) FILTER (WHERE ${PUBLIC})::int AS practices,
           count(p.id) FILTER (WHERE p.status = 'recommended')::int AS recommended
      FROM federal_districts d
      LEFT JOIN regions r ON r.district_code = d.code
      LEFT JOIN practices p ON p.region_code = r.code
     GROUP BY d.code, d.name_ru, d.short_ru, d.sort_order
     ORDER BY d.sort_order`);

  const regions = await pool.query<RegionStat>(`
    WITH pub AS (SELECT p.id, p.region_code, p.status FROM practices p WHERE ${PUBLIC}),
         adopt AS (SELECT a.region_code AS target, pub.region_code AS source
                     FROM adoptions a JOIN pub ON pub.id = a.practice_id)
    SELECT r.code, r.name_ru AS "nameRu", d.short_ru AS "districtShortRu",
           (SELECT count(*) FROM pub WHERE pub.region_code = r.code)::int AS practices,
           (SELECT count(*) FROM pub WHERE pub.region_code = r.code AND pub.status = 'recommended')::int AS recommended,
           (SELECT count(*) FROM adopt WHERE adopt.target = r.code)::int AS adopting,
           (SELECT count(*) FROM adopt WHERE adopt.source = r.code)::int AS "adoptedElsewhere"
      FROM regions r JOIN federal_districts d ON d.code = r.district_code
     ORDER BY d.sort_order, r.name_ru COLLATE "C", r.code`);

  const flows = await pool.query<AdoptionFlow>(`
    SELECT p.region_code AS "sourceCode", rs.name_ru AS "sourceName",
           a.region_code AS "targetCode", rt.name_ru AS "targetName", count(*)::int AS count
      FROM adoptions a
      JOIN practices p ON p.id = a.practice_id AND ${PUBLIC}
      JOIN regions rs ON rs.code = p.region_code
      JOIN regions rt ON rt.code = a.region_code
     GROUP BY p.region_code, rs.name_ru, a.region_code, rt.name_ru
     ORDER BY count(*) DESC, rs.name_ru, rt.name_ru`);

  const top = await pool.query<TopPractice>(`
    SELECT p.slug, p.title, p.region_code AS "regionCode", r.name_ru AS "regionName",
           count(a.id)::int AS adoptions
      FROM practices p
      JOIN adoptions a ON a.practice_id = p.id
      JOIN regions r ON r.code = p.region_code
     WHERE ${PUBLIC}
     GROUP BY p.id, r.name_ru
     ORDER BY count(a.id) DESC, p.title
     LIMIT 10`);

  return { districts: districts.rows, regions: regions.rows, flows: flows.rows, topPractices: top.rows };
}
