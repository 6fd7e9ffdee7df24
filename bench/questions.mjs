// First-time questions for `pnpm bench`: every call returns a catalogue URL not returned before
// in this run, so neither the response cache nor PostgreSQL's caches of a repeated plan and rows
// can answer it from a previous identical request. Filters are drawn from the real reference
// data; search words from the field's vocabulary (some match many practices, some few, some none).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const catalogue = JSON.parse(readFileSync(join(root, 'prisma/seed/catalogue-reference.json'), 'utf8'));
const regionSeed = JSON.parse(readFileSync(join(root, 'prisma/seed/regions.json'), 'utf8'));

const themes = catalogue.themes.map((t) => t.code);
const groups = catalogue.targetGroups.map((g) => g.code);
const evidence = catalogue.evidenceLevels.map((e) => e.code);
const regions = regionSeed.regions.map((r) => r.code);
const districts = regionSeed.federalDistricts.map((d) => d.code);

/** Words people type when looking for a practice: topics, audiences, forms of work, places. */
export const VOCABULARY =
  `семья семьи семьям семей дети детей ребёнок ребенка подростки подростков молодёжь сироты сирот
сиротства приёмная приемные приёмных замещающих замещающие опека опекунов попечительство усыновление патронат
наставничество наставники наставников реабилитация реабилитации инвалидностью инвалидность аутизм ОВЗ КДН СОНКО НКО
профилактика профилактики насилие насилия жестокого обращения безопасность безопасного травматизма зависимость
зависимостью алкогольной наркотической медиация медиации примирения школа школы клуб центр центра служба службы
мобильная бригада волонтёры добровольцы психолог психологическая консультирование помощь помощи поддержка
поддержки сопровождение сопровождения выпускники выпускников интернатных кризисная кризисной беременные
многодетные малоимущих ранняя ранней вмешательство развития досуг спорт лагерь туризм правонарушений
несовершеннолетних кровной кровную реинтеграция межведомственное взаимодействия горячая линия телефон доверия
онлайн дистанционное сельских села деревни родители родителей родительства отцов матерей бабушек ответственного
просвещение ценностей трудной ситуации неблагополучия выявления раннего коррекция поведения буллинг травля
социализация трудоустройство жильё жилья адаптация игровая терапия арт-терапия тренинг обучение специалистов
методика модель технология программа проект`
    .split(/\s+/)
    .filter(Boolean);

const SORTS = ['newest', 'title', 'evidence'];
const LIMITS = [10, 12, 20, 20, 20, 24, 30, 50];

export function questionSource({ seed = 1, nominations = [] } = {}) {
  let state = seed >>> 0;
  const rnd = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const some = (list, max) => {
    const n = 1 + Math.floor(rnd() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const seen = new Set();

  function filters(params, howMany) {
    const add = (name, values) => {
      for (const value of values) params.append(name, value);
    };
    const dims = [
      () => add('theme', some(themes, 3)),
      () => add('targetGroup', some(groups, 2)),
      () => add('region', some(regions, 3)),
      () => add('district', some(districts, 2)),
      () => add('evidence', some(evidence, 2)),
      () => add('status', [pick(['published', 'recommended'])]),
      () => params.set('yearFrom', String(2008 + Math.floor(rnd() * 15))),
      () => params.set('yearTo', String(2018 + Math.floor(rnd() * 8))),
      () => params.set('internship', 'true'),
      () => add('nomination', nominations.length ? some(nominations, 2) : []),
      () => params.set('award', pick(['winner', 'finalist', 'any'])),
    ];
    for (const i of new Set(Array.from({ length: howMany }, () => Math.floor(rnd() * dims.length))))
      dims[i]();
    const from = params.get('yearFrom');
    const to = params.get('yearTo');
    if (from && to && Number(from) > Number(to)) {
      params.set('yearFrom', to);
      params.set('yearTo', from);
    }
  }

  function unique(make) {
    for (;;) {
      const url = make();
      if (!seen.has(url)) {
        seen.add(url);
        return url;
      }
    }
  }

  return {
    /** A filter combination with a sort and a page size. */
    catalogue: () =>
      unique(() => {
        const params = new URLSearchParams();
        filters(params, 1 + Math.floor(rnd() * 4));
        if (rnd() < 0.5) params.set('sort', pick(SORTS));
        params.set('limit', String(pick(LIMITS)));
        return `/api/practices?${params}`;
      }),
    /** One or two words, half the time with filters. */
    search: () =>
      unique(() => {
        const params = new URLSearchParams();
        const words = rnd() < 0.5 ? [pick(VOCABULARY)] : [pick(VOCABULARY), pick(VOCABULARY)];
        params.set('q', words.join(' '));
        if (rnd() < 0.5) filters(params, 1 + Math.floor(rnd() * 3));
        if (rnd() < 0.2) params.set('sort', pick(SORTS));
        params.set('limit', String(pick(LIMITS)));
        return `/api/practices?${params}`;
      }),
    get asked() {
      return seen.size;
    },
  };
}
