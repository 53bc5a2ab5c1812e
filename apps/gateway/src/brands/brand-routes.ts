/** The 10DLC brand routes as fastify names them (`routeOptions.url`). */
export const BRANDS_PATH = 'v1/accounts/:accountId/campaignManagement/10dlc/brands';
const BRANDS_URL = `/${BRANDS_PATH}`;

export type BrandRoute = 'brands' | 'brand' | 'revet' | 'vetting';

const ROUTES: Readonly<Record<string, BrandRoute>> = {
  [BRANDS_URL]: 'brands',
  [`${BRANDS_URL}/:brandId`]: 'brand',
  [`${BRANDS_URL}/:brandId/revet`]: 'revet',
  [`${BRANDS_URL}/:brandId/vetting`]: 'vetting',
};

export function brandRouteOf(routeUrl: string | undefined): BrandRoute | null {
  return routeUrl === undefined ? null : (ROUTES[routeUrl] ?? null);
}
