/** The data layer: the scenario format and its loader. */
export { loadScenario } from './loadScenario';
export type { LoadOptions, LoadResult } from './loadScenario';
export { formatProblem, formatPath } from './problems';
export type { Problem, PathSegment } from './problems';
export { quoteOccursIn } from './checkQuotes';
export type { SourceLookup } from './checkQuotes';
export * from './schema';
