// What app.ts may use of the site files for crawlers: their routes, registered at the site's
// root beside the web app (robots.txt, sitemap.xml and its split files).
export { type SeoRoutesOptions, seoRoutes } from './seo.routes';
