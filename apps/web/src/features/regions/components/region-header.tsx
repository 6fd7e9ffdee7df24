import type { Region } from '@registry/contracts/regions';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { regionsMessages as m } from '../messages';

/** The region's name as the page heading, with its district and code. */
export function RegionHeader({ region }: { region: Region }) {
  return (
    <header className="region-header">
      <PageTitle caption={m.regionCaption}>{region.nameRu}</PageTitle>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.districtLabel}</dt>
          <dd>
            <Link to={`/regions?district=${region.district.code}`}>{region.district.nameRu}</Link>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.codeLabel}</dt>
          <dd>{region.code}</dd>
        </div>
      </dl>
    </header>
  );
}
