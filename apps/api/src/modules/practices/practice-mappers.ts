// Database rows → contract shapes. Only what the contracts name leaves the server.
import type { PracticeCard, PracticePassport } from '@registry/contracts/practices';
import type { CardRow, PassportRow } from './practices.repository';

export function toCard(row: CardRow): PracticeCard {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    snippet: row.snippet ?? null,
    titleHighlight: row.title_highlight ?? null,
    organisationHighlight: row.organisation_highlight ?? null,
    region: { code: row.region_code, nameRu: row.region_name, districtShortRu: row.district_short },
    organisationName: row.organisation_name,
    themes: row.themes,
    evidenceLevel: { code: row.ev_code, nameRu: row.ev_name, rank: row.ev_rank },
    status: row.status,
    startYear: row.start_year,
    endYear: row.end_year,
    canHostInternship: row.can_host_internship,
    isDemo: row.is_demo,
  };
}

const iso = (value: Date) => value.toISOString();

export function toPassport(row: PassportRow): PracticePassport {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    problem: row.problem,
    goals: row.goals,
    methods: row.methods,
    resultsNarrative: row.results_narrative,
    indicators: row.indicators,
    themes: row.themes,
    targetGroups: row.target_groups,
    evidenceLevel: {
      code: row.ev_code,
      nameRu: row.ev_name,
      rank: row.ev_rank,
      descriptionRu: row.ev_description,
    },
    replicationReadiness: row.replication_readiness,
    costBand: row.cost_band,
    resources: { staff: row.resources_staff, budget: row.resources_budget, duration: row.resources_duration },
    organisation: {
      name: row.organisation_name,
      type: row.organisation_type,
    },
    region: {
      code: row.region_code,
      nameRu: row.region_name,
      district: { code: row.district_code, nameRu: row.district_name, shortRu: row.district_short },
    },
    partners: row.partners,
    period: { startYear: row.start_year, endYear: row.end_year },
    support: {
      methodicalMaterials: row.has_methodical_materials,
      training: row.offers_training,
      internship: row.can_host_internship,
    },
    contacts: row.contacts,
    links: row.links,
    status: row.status,
    statusChangedAt: iso(row.status_changed_at),
    isDemo: row.is_demo,
    updatedAt: iso(row.updated_at),
    review: {
      // The justification is public only while the practice is recommended.
      recommendationText: row.status === 'recommended' ? row.recommendation_text : null,
      recommendedAt: row.status === 'recommended' && row.recommended_at ? iso(row.recommended_at) : null,
      lastReviewedAt: row.last_reviewed_at ? iso(row.last_reviewed_at) : null,
      nextReviewDueAt:
        row.status === 'recommended' && row.next_review_due_at ? iso(row.next_review_due_at) : null,
    },
  };
}
