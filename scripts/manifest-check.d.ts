// Types for scripts/manifest-check.js (plain CommonJS), so TypeScript tests can import it.

/** Checks an XML manifest without the network; returns the problems found, empty when it passes. */
export function checkManifest(xml: string, options?: { projectDir?: string }): string[];
/** checkManifest on a file, with the icon checks relative to the file's folder. */
export function checkManifestFile(file: string): string[];
/** Converts the XML manifest to the unified JSON manifest and validates it against Microsoft's JSON schema, offline. */
export function schemaProblems(file: string): Promise<string[]>;
export const EXPECTED_NAMESPACE: string;
export const REQUIRED_SETS: Readonly<Record<string, string>>;
export const SCHEMA_VERSION: string;
