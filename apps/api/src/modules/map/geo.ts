// Distances between federal subjects, measured between their capitals on a sphere.

export interface Place {
  code: string;
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine formula). */
export function greatCircleKm(a: Place, b: Place): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `count` places of `candidates` nearest to `from` (never `from` itself), nearest first. */
export function nearest<T extends Place>(from: Place, candidates: readonly T[], count: number) {
  return candidates
    .filter((c) => c.code !== from.code)
    .map((place) => ({ place, km: greatCircleKm(from, place) }))
    .sort((a, b) => a.km - b.km || a.place.code.localeCompare(b.place.code))
    .slice(0, count);
}
