// The culture instrument on the Competing Values Framework (K. S. Cameron & R. E. Quinn,
// "Diagnosing and Changing Organizational Culture"): four culture types across six dimensions.
// For each dimension a respondent splits 100 points over one statement per type, once for "now"
// and once for "preferred" (ipsative). The statements are Mekar's own wording for local government,
// in messages/<locale>/culture.json under culture.instrument.v<version>; a new wording is a new
// version, and results of different versions are never mixed.

/** The four culture types, in the framework's quadrant order (clan, adhocracy, market, hierarchy). */
export const CULTURE_TYPES = ["clan", "adhocracy", "market", "hierarchy"] as const;
export type CultureType = (typeof CULTURE_TYPES)[number];

/** The six dimensions every respondent rates. */
export const CULTURE_DIMENSIONS = ["dominant", "leadership", "people", "glue", "strategy", "success"] as const;
export type CultureDimension = (typeof CULTURE_DIMENSIONS)[number];

/** Points split over the four statements of one dimension. */
export const POINTS_PER_DIMENSION = 100;
/** Answers per set ("now" or "preferred"): one per dimension and type, dimension-major. */
export const POINTS_PER_SET = CULTURE_DIMENSIONS.length * CULTURE_TYPES.length;

/** The wording new surveys and activities use; older versions stay readable. */
export const CURRENT_INSTRUMENT_VERSION = 1;
export const INSTRUMENT_VERSIONS = [1] as const;

/** Where the points of (dimension, type) sit in a 24-value set. */
export const pointIndex = (dimension: number, type: number) => dimension * CULTURE_TYPES.length + type;

/** The message key of one statement of one version. */
export const statementKey = (version: number, dimension: CultureDimension, type: CultureType) =>
  `culture.instrument.v${version}.${dimension}.${type}`;

/** The message key of a culture type's name ("Kolaboratif", "Inovatif", …). */
export const typeNameKey = (type: CultureType) => `culture.types.${type}`;
export const dimensionNameKey = (dimension: CultureDimension) => `culture.dimensions.${dimension}`;
