import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageTitle } from '../../components/page-title';
import { PrivacyNotice } from '../../features/adopt-requests/components/privacy-notice';

export function Component() {
  return (
    <>
      <Breadcrumbs items={[{ label: layoutMessages.navHome, to: '/' }, { label: 'Персональные данные' }]} />
      <PageTitle>Обработка персональных данных</PageTitle>
      <PrivacyNotice />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
