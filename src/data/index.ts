/** The data layer: the scenario format and its loader. */
export { loadScenario } from './loadScenario';
export type { LoadOptions, LoadResult } from './loadScenario';
export { formatProblem, formatPath, ROOT_PATH } from './problems';
export { fileText, fileTooLarge } from './fileText';
export * from './limits';
export type { Problem, PathSegment } from './problems';
export { quoteOccursIn } from './checkQuotes';
export { glossaryKey, tagsWithoutGlossary } from './glossaryTags';
export type { SourceLookup } from './checkQuotes';
export * from './schema';
