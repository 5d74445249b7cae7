// A finding is a value: which rule, how serious, where, both sides, and a message in plain Chinese.
// The editor highlights from it, the CLI prints it, tests assert on it.

import { z } from 'zod/mini';
import { ruleIds } from './catalogue.ts';

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

export const severityLabels: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** Where a finding belongs, in the order the report prints them. */
export const findingSections = ['header', 's1', 't2', 't3', 't4', 's5', 's6'] as const;

const sideSchema = z.union([z.number(), z.string(), z.null()]);

/** A sentence or passage of a text field, by UTF-16 offsets, for the editor to highlight. */
export const quoteSchema = z.object({
  /** The field's address: preamble, s1.requestDisclosure, s5.text, s6.items.0.text … */
  field: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
});

export const findingSchema = z.object({
  rule: z.enum(ruleIds),
  severity: z.enum(severities),
  section: z.enum(findingSections),
  /** Addresses in the README's scheme: table cells (t3.newReceived.natural) or fields (s6.processingFee). */
  cells: z.array(z.string()),
  left: sideSchema,
  right: sideSchema,
  /** left − right where both sides are numbers. */
  difference: z.nullable(z.number()),
  message: z.string(),
  /** The text a finding is about (T-TEXT's sentence, L-REPEAT's longest repeated passage). */
  quote: z.optional(quoteSchema),
  /** L-REPEAT: passages repeated from last year's text, longest first. */
  repeats: z.optional(z.array(z.string())),
});

export type Finding = z.infer<typeof findingSchema>;
export type FindingSection = Finding['section'];
export type Quote = z.infer<typeof quoteSchema>;
