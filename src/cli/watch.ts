/**
 * `build --watch`: run a task again whenever one of a set of files changes. Folders are watched
 * rather than the files themselves, because editors save by writing a new file and renaming it over
 * the old one, which ends a watch on the old file. Changes are debounced (an editor's save is
 * several events) and runs never overlap: a change during a run schedules one more run.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export const WATCH_DEBOUNCE_MS = 80;

export interface WatchOptions {
  /** The files to watch; asked again after every run, as a theme's extends chain can change. */
  readonly files: () => readonly string[];
  /** The rebuild. Errors are the task's to report; a throw here is reported and watching goes on. */
  readonly run: () => Promise<void>;
  readonly onError: (error: unknown) => void;
  readonly signal: AbortSignal;
  readonly debounceMs?: number;
}

/** Resolves when `signal` aborts. */
export function watchFiles(options: WatchOptions): Promise<void> {
  const debounceMs = options.debounceMs ?? WATCH_DEBOUNCE_MS;
  const watchers = new Map<string, FSWatcher>();
  let wanted = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;

  const schedule = (): void => {
    if (options.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void start(), debounceMs);
  };

  const refresh = (): void => {
    wanted = new Set(options.files().map((file) => path.resolve(file)));
    const folders = new Set([...wanted].map((file) => path.dirname(file)));
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, name) => {
          // Some platforms give no file name: then any change in the folder counts.
          if (name === null || wanted.has(path.join(folder, name))) schedule();
        });
        watcher.on('error', options.onError);
        watchers.set(folder, watcher);
      } catch (error) {
        options.onError(error);
      }
    }
  };

  const start = async (): Promise<void> => {
    if (running !== null) {
      again = true;
      return;
    }
    running = options.run().catch(options.onError);
    await running;
    running = null;
    if (options.signal.aborted) return;
    refresh();
    if (again) {
      again = false;
      schedule();
    }
  };

  return new Promise((resolve) => {
    const stop = (): void => {
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      void (running ?? Promise.resolve()).then(() => resolve());
    };
    if (options.signal.aborted) {
      stop();
      return;
    }
    options.signal.addEventListener('abort', stop, { once: true });
    refresh();
  });
}
