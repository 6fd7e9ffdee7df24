const rules = new Intl.PluralRules('ru');

/** Russian noun form for a count: pluralRu(6, ['регион', 'региона', 'регионов']) → 'регионов'. */
export function pluralRu(count: number, [one, few, many]: readonly [string, string, string]): string {
  const category = rules.select(count);
  if (category === 'one') return one;
  if (category === 'few') return few;
  return many;
}
