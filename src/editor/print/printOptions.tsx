// What gets printed: the clean report as published, or the reviewer's copy with findings marked;
// with or without the signature block for the seal. Shared by the preview and Ctrl+P.

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Flavour } from '../../export/html/context.ts';

export interface PrintOptions {
  readonly flavour: Flavour;
  readonly signature: boolean;
}

interface PrintOptionsApi extends PrintOptions {
  readonly set: (options: Partial<PrintOptions>) => void;
}

const PrintOptionsContext = createContext<PrintOptionsApi | null>(null);

export function PrintOptionsProvider({ children }: { readonly children: ReactNode }) {
  const [options, setOptions] = useState<PrintOptions>({ flavour: 'clean', signature: true });
  const api = useMemo(
    () => ({
      ...options,
      set: (next: Partial<PrintOptions>) => setOptions((o) => ({ ...o, ...next })),
    }),
    [options],
  );
  return <PrintOptionsContext.Provider value={api}>{children}</PrintOptionsContext.Provider>;
}

export function usePrintOptions(): PrintOptionsApi {
  const api = useContext(PrintOptionsContext);
  if (!api) throw new Error('usePrintOptions outside PrintOptionsProvider');
  return api;
}
