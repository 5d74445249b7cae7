// The versioned JSON envelope every stored or exported report travels in.

import { z } from 'zod/mini';
import { reportSchema } from './report.ts';

export const documentFormat = 'nianbao-report';

/** Bumped whenever the shape of the envelope or report changes; see migrations.ts. */
export const currentSchemaVersion = 2;

/** The edition of the official format the form follows: 国办公开办函〔2021〕30号. */
export const formatEditions = ['2021'] as const;

export const reportDocumentSchema = z.object({
  format: z.literal(documentFormat),
  schemaVersion: z.literal(currentSchemaVersion),
  formatEdition: z.enum(formatEditions),
  report: reportSchema,
});

export type ReportDocument = z.infer<typeof reportDocumentSchema>;
