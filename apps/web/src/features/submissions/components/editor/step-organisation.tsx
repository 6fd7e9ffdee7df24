// Step 6: resources, the organisation behind the practice, partners, period and support offered.
import {
  ORGANISATION_TYPES,
  type OrganisationType,
  organisationTypeLabels,
} from '@registry/contracts/practice-enums';
import type { PassportInput } from '@registry/contracts/practice-passport';
import { Choice, ChoiceFieldset } from '../../../../components/choice';
import { FormField } from '../../../../components/form-field';
import type { AutosaveForm } from '../../hooks/use-autosave';
import { submissionMessages as m } from '../../messages';
import { NumberInput, TextArea, TextInput } from './fields';

type Resources = PassportInput['resources'];
type Support = PassportInput['support'];
const noResources: Resources = { staff: '', budget: '', duration: '' };
const noSupport: Support = { methodicalMaterials: false, training: false, internship: false };

export function StepOrganisation({ form }: { form: AutosaveForm }) {
  const { values, errors, change } = form;
  const resources = values.resources ?? noResources;
  const organisation = values.organisation ?? { name: '', type: undefined };
  const support = values.support ?? noSupport;
  const ongoing = values.endYear === null;
  const setOrganisation = (patch: { name?: string; type?: OrganisationType }) =>
    change('organisation', { ...organisation, ...patch } as PassportInput['organisation']);
  const supportItems: [keyof Support, string][] = [
    ['methodicalMaterials', m.supportMaterials],
    ['training', m.supportTraining],
    ['internship', m.supportInternship],
  ];
  return (
    <>
      <fieldset id="field-resources" tabIndex={-1} className="fieldset form-group">
        <legend className="fieldset__legend">{m.resourcesLegend}</legend>
        {errors.resources ? <p className="error-message">{errors.resources}</p> : null}
        <TextArea
          id="resources-staff"
          label={m.resourcesStaff}
          rows={3}
          value={resources.staff}
          onChange={(staff) => change('resources', { ...resources, staff })}
        />
        <TextArea
          id="resources-budget"
          label={m.resourcesBudget}
          rows={3}
          value={resources.budget}
          onChange={(budget) => change('resources', { ...resources, budget })}
        />
        <TextArea
          id="resources-duration"
          label={m.resourcesDuration}
          rows={2}
          value={resources.duration}
          onChange={(duration) => change('resources', { ...resources, duration })}
        />
      </fieldset>
      <fieldset
        id="field-organisation"
        tabIndex={-1}
        className={errors.organisation ? 'fieldset form-group form-group--error' : 'fieldset form-group'}
      >
        <legend className="fieldset__legend">{m.organisationLegend}</legend>
        {errors.organisation ? (
          <p className="error-message">
            <span className="visually-hidden">{m.errorPrefix}</span> {errors.organisation}
          </p>
        ) : null}
        <TextInput
          id="organisation-name"
          label={m.organisationName}
          wide
          value={organisation.name ?? ''}
          onChange={(name) => setOrganisation({ name })}
        />
        <FormField id="organisation-type" label={m.organisationType}>
          <select
            id="organisation-type"
            className="select"
            value={organisation.type ?? ''}
            onChange={(event) => setOrganisation({ type: event.target.value as OrganisationType })}
          >
            <option value="" disabled>
              {m.choose}
            </option>
            {ORGANISATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {organisationTypeLabels[type]}
              </option>
            ))}
          </select>
        </FormField>
      </fieldset>
      <TextArea
        id="field-partners"
        label={m.partnersLabel}
        rows={3}
        value={values.partners ?? ''}
        error={errors.partners}
        onChange={(value) => change('partners', value)}
      />
      <fieldset className="fieldset form-group">
        <legend className="fieldset__legend">{m.periodLegend}</legend>
        <div className="row-card__fields">
          <NumberInput
            id="field-startYear"
            label={m.startYear}
            value={values.startYear}
            error={errors.startYear}
            onChange={(year) => change('startYear', year ?? (undefined as unknown as number))}
          />
          {ongoing ? null : (
            <NumberInput
              id="field-endYear"
              label={m.endYear}
              value={values.endYear}
              error={errors.endYear}
              onChange={(year) => change('endYear', year)}
            />
          )}
        </div>
        <Choice
          id="field-ongoing"
          type="checkbox"
          name="ongoing"
          label={m.ongoing}
          checked={ongoing}
          onChange={(on) => change('endYear', on ? null : (undefined as unknown as number))}
        />
      </fieldset>
      <ChoiceFieldset id="field-support" legend={m.supportLegend} error={errors.support}>
        {supportItems.map(([key, label]) => (
          <Choice
            key={key}
            id={`support-${key}`}
            type="checkbox"
            name="support"
            label={label}
            checked={support[key]}
            onChange={(on) => change('support', { ...support, [key]: on })}
          />
        ))}
      </ChoiceFieldset>
    </>
  );
}
