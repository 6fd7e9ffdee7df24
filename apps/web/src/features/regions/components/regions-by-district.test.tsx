import type { FederalDistrict, Region } from '@registry/contracts/regions';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { referenceKeys } from '../../../lib/reference-queries';
import { RegionsByDistrict } from './regions-by-district';
import { RegionsDirectory } from './regions-directory';

const central: FederalDistrict = {
  code: 'central',
  nameRu: 'Центральный федеральный округ',
  nameEn: 'Central Federal District',
  shortRu: 'ЦФО',
};
const ural: FederalDistrict = {
  code: 'ural',
  nameRu: 'Уральский федеральный округ',
  nameEn: 'Ural Federal District',
  shortRu: 'УФО',
};

// In the API's order: by district, then by name.
const regions: Region[] = [
  {
    code: '31',
    nameRu: 'Белгородская область',
    nameEn: 'Belgorod Oblast',
    district: central,
    practiceCount: 0,
  },
  { code: '77', nameRu: 'Москва', nameEn: 'Moscow', district: central, practiceCount: 0 },
  { code: '45', nameRu: 'Курганская область', nameEn: 'Kurgan Oblast', district: ural, practiceCount: 0 },
  {
    code: '66',
    nameRu: 'Свердловская область',
    nameEn: 'Sverdlovsk Oblast',
    district: ural,
    practiceCount: 4,
  },
  { code: '72', nameRu: 'Тюменская область', nameEn: 'Tyumen Oblast', district: ural, practiceCount: 0 },
];

const inRouter = (ui: ReactNode) => render(<MemoryRouter>{ui}</MemoryRouter>);

describe('RegionsByDistrict', () => {
  it('puts each district under its own heading, in the order the API gave', () => {
    inRouter(<RegionsByDistrict regions={regions} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Центральный федеральный округ', 'Уральский федеральный округ']);
  });

  it('says how many regions a district has, with the Russian plural', () => {
    inRouter(<RegionsByDistrict regions={regions} />);
    expect(screen.getByText('ЦФО · 2 региона')).toBeInTheDocument();
    expect(screen.getByText('УФО · 3 региона')).toBeInTheDocument();
  });

  it('links every region to its page and shows its count of practices, not a code that reads like one', () => {
    inRouter(<RegionsByDistrict regions={regions} />);
    const uralSection = screen.getByRole('region', { name: 'Уральский федеральный округ' });
    const link = within(uralSection).getByRole('link', { name: /Тюменская область/ });
    expect(link).toHaveAttribute('href', '/regions/72');
    expect(link).toHaveTextContent('Тюменская область, нет практик');
    expect(link).not.toHaveTextContent('72');
    expect(within(uralSection).getByRole('link', { name: /Свердловская область/ })).toHaveTextContent(
      '4 практики',
    );
    expect(within(uralSection).getAllByRole('link')).toHaveLength(3);
  });
});

describe('RegionsDirectory', () => {
  function renderDirectory(district?: string) {
    const client = new QueryClient();
    client.setQueryData(referenceKeys.regions(), { items: regions });
    return inRouter(
      <QueryClientProvider client={client}>
        <RegionsDirectory district={district} />
      </QueryClientProvider>,
    );
  }

  it('shows only the district chosen in the URL', () => {
    renderDirectory('ural');
    expect(screen.getByRole('heading', { name: 'Уральский федеральный округ' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Центральный федеральный округ' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Федеральный округ' })).toHaveValue('ural');
  });

  it('explains an unknown district instead of showing an empty page', () => {
    renderDirectory('atlantis');
    expect(screen.getByRole('status')).toHaveTextContent('Такого федерального округа нет');
    expect(screen.getByRole('link', { name: 'Показать все регионы' })).toHaveAttribute('href', '/regions');
  });
});
