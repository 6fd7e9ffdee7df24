import { describe, expect, it } from 'vitest';
import { greatCircleKm, nearest } from './geo';

const moscow = { code: '77', lat: 55.76, lon: 37.62 };
const petersburg = { code: '78', lat: 59.94, lon: 30.31 };
const vladivostok = { code: '25', lat: 43.12, lon: 131.89 };
const tula = { code: '71', lat: 54.19, lon: 37.62 };

describe('distances between capitals', () => {
  it('measures the great circle: Москва – Санкт-Петербург about 635 km, Москва – Владивосток about 6 400 km', () => {
    expect(greatCircleKm(moscow, petersburg)).toBeGreaterThan(625);
    expect(greatCircleKm(moscow, petersburg)).toBeLessThan(645);
    expect(greatCircleKm(moscow, vladivostok)).toBeGreaterThan(6350);
    expect(greatCircleKm(moscow, vladivostok)).toBeLessThan(6450);
    expect(greatCircleKm(moscow, moscow)).toBe(0);
  });

  it('lists the nearest first, never the place itself, at most as many as asked', () => {
    const found = nearest(moscow, [vladivostok, petersburg, moscow, tula], 2);
    expect(found.map((f) => f.place.code)).toEqual(['71', '78']);
  });
});
