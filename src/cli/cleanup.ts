/**
 * What must not outlive an interrupted run: LibreOffice and its child processes, the throw-away
 * folder holding a copy of the deck and a LibreOffice profile. Whoever creates such a thing
 * registers how to undo it while it exists; process-entry.ts runs every registered undo when Ctrl-C
 * or SIGTERM arrives, before the process ends. Undos are synchronous: a signal handler cannot wait.
 */

const pending = new Set<() => void>();

/** Registers `undo` until the returned function is called (when the work ends normally). */
export function whileRunning(undo: () => void): () => void {
  pending.add(undo);
  return () => {
    pending.delete(undo);
  };
}

/** Runs and forgets every registered undo, newest first; one that fails does not stop the others. */
export function runCleanups(): void {
  for (const undo of [...pending].reverse()) {
    pending.delete(undo);
    try {
      undo();
    } catch {
      // Best effort while the process is being stopped: nothing left to report to.
    }
  }
}
