// What a draft's page does as it goes: save at once when hidden or leaving (a hidden page may be
// discarded, a closing one gets no second chance), and ask before leaving while a save is pending
// or failing, until it is saved.

export function whenPageLeaves(save: () => Promise<void>): () => void {
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void save();
  };
  const onLeave = () => void save();
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onLeave);
  return () => {
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onLeave);
  };
}

/** Asks the browser to confirm leaving while `hasUnsaved()` says changes are not yet stored. */
export function warnBeforeLeaving(hasUnsaved: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsaved()) return;
    event.preventDefault();
    // Older Chromium and Safari show the dialog only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
