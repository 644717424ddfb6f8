// The Neo4j Browser guide: curated, parameterised queries (queries.ts) rendered as a `:play` page
// (render-guide.ts). src/api/guide-route.ts serves it; test/browser runs every query on the seed graph.
export { GUIDE_QUERIES, type GuideQuery } from './queries.js';
export { renderGuide, paramsCommand, slideFragment, type GuideOptions } from './render-guide.js';
