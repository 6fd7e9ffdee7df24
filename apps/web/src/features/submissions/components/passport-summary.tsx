// A plain, readable passport for staff: every field by step, empty ones marked, codes as names.
import {
  costBandLabels,
  organisationTypeLabels,
  replicationReadinessLabels,
} from '@registry/contracts/practice-enums';
import type { ManagedPractice } from '@registry/contracts/submissions';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  evidenceLevelsQueryOptions,
  targetGroupsQueryOptions,
  themesQueryOptions,
} from '../../../lib/reference-queries';
import { EDITOR_STEPS, fieldLabels, type PassportField } from '../lib/steps';
import { submissionMessages as m } from '../messages';

const namesOf = (codes: readonly string[] | undefined, items: { code: string; nameRu: string }[]) =>
  codes?.length ? codes.map((code) => items.find((i) => i.code === code)?.nameRu ?? code).join(', ') : null;

const text = (value: string | undefined | null) =>
  value?.trim() ? <p className="prose-pre">{value}</p> : null;

export function PassportSummary({ practice }: { practice: ManagedPractice }) {
  const p = practice.passport;
  const { data: themes } = useSuspenseQuery(themesQueryOptions());
  const { data: groups } = useSuspenseQuery(targetGroupsQueryOptions());
  const { data: levels } = useSuspenseQuery(evidenceLevelsQueryOptions());
  const support = p.support
    ? [
        p.support.methodicalMaterials && m.supportMaterials,
        p.support.training && m.supportTraining,
        p.support.internship && m.supportInternship,
      ].filter(Boolean)
    : [];
  const values: Record<PassportField, ReactNode> = {
    slug: null,
    title: p.title,
    summary: text(p.summary),
    problem: text(p.problem),
    goals: text(p.goals),
    methods: text(p.methods),
    resultsNarrative: text(p.resultsNarrative),
    indicators: p.indicators?.length ? (
      <ul className="plain-list">
        {p.indicators.map((i) => (
          <li key={`${i.name}:${i.year}`}>
            {i.name}: {i.baseline ?? '—'} → {i.achieved ?? '—'} {i.unit} {i.year ? `(${i.year})` : ''}
          </li>
        ))}
      </ul>
    ) : null,
    themeCodes: namesOf(p.themeCodes, themes.items),
    targetGroupCodes: namesOf(p.targetGroupCodes, groups.items),
    evidenceLevel: p.evidenceLevel ? namesOf([p.evidenceLevel], levels.items) : null,
    replicationReadiness: p.replicationReadiness ? replicationReadinessLabels[p.replicationReadiness] : null,
    costBand: p.costBand ? costBandLabels[p.costBand] : null,
    resources:
      p.resources && (p.resources.staff || p.resources.budget || p.resources.duration)
        ? [p.resources.staff, p.resources.budget, p.resources.duration].filter(Boolean).join('; ')
        : null,
    organisation: p.organisation
      ? `${p.organisation.name}${p.organisation.type ? ` (${organisationTypeLabels[p.organisation.type]})` : ''}`
      : null,
    partners: text(p.partners),
    startYear: p.startYear ?? null,
    endYear: p.endYear === null ? m.ongoing : (p.endYear ?? null),
    support: support.length ? support.join(', ') : null,
    contacts: p.contacts?.length
      ? p.contacts.map((c) => [c.name, c.role, c.email, c.phone].filter(Boolean).join(', ')).join('; ')
      : null,
    links: p.links?.length ? (
      <ul className="plain-list">
        {p.links.map((link) => (
          <li key={link.url}>
            <a href={link.url} rel="noreferrer noopener" target="_blank">
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    ) : null,
  };
  return (
    <div className="passport-summary">
      {EDITOR_STEPS.filter((step) => step.fields.length > 0).map((step) => (
        <section key={step.id} className="passport-summary__section" aria-labelledby={`summary-${step.id}`}>
          <h3 id={`summary-${step.id}`}>{step.title}</h3>
          <dl className="summary-list">
            {step.fields
              .filter((field) => field !== 'slug')
              .map((field) => (
                <div key={field} className="summary-list__row">
                  <dt>{fieldLabels[field]}</dt>
                  <dd>{values[field] ?? <span className="muted">{m.emptyValue}</span>}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
