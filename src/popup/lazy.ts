/**
 * Parts of the popup that the first frame does not show (the Settings view, the add and edit forms)
 * load as their own chunks, so the browser loads and compiles fewer bytes before the list is drawn.
 * App.tsx preloads them right after the first frame is painted, so they are usually in long before
 * a click asks for them; until then the place shows `fallback` (or nothing) and fills in when ready.
 * (preact/compat's lazy + Suspense would do the same for more bytes.)
 */
import { type ComponentChildren, type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface Lazy<P> {
  (props: P & { fallback?: ComponentChildren }): ComponentChildren;
  /** Starts loading (once); resolves when the component is in. */
  preload(): Promise<unknown>;
}

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): Lazy<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<unknown> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A chunk of the package itself should not fail to load; if it does, the next use tries again.
        pending = undefined;
        throw error;
      },
    ));
  function LazyComponent({ fallback = null, ...props }: P & { fallback?: ComponentChildren }) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!loaded) preload().then(() => setReady(true), (error: unknown) => console.error('App Password Guide: a part of the popup did not load', error));
    }, []);
    return loaded ? h(loaded as ComponentType<object>, props) : fallback;
  }
  return Object.assign(LazyComponent, { preload }) as Lazy<P>;
}
