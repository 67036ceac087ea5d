/**
 * Tiny structural validators for data crossing a boundary (messages, imported files, policy).
 * A library like zod would triple the size of what we inject into Microsoft's page.
 */
export class Invalid extends Error {}

export type Check<T> = (value: unknown, path: string) => T;

export const string =
  (options: { max?: number; min?: number } = {}): Check<string> =>
  (value, path) => {
    if (typeof value !== 'string') throw new Invalid(`${path} must be text`);
    if (options.min !== undefined && value.length < options.min) throw new Invalid(`${path} is too short`);
    if (options.max !== undefined && value.length > options.max)
      throw new Invalid(`${path} is longer than ${options.max} characters`);
    return value;
  };

export const boolean: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new Invalid(`${path} must be true or false`);
  return value;
};

export const integer =
  (options: { min?: number; max?: number } = {}): Check<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Invalid(`${path} must be a whole number`);
    if (options.min !== undefined && value < options.min) throw new Invalid(`${path} must be at least ${options.min}`);
    if (options.max !== undefined && value > options.max) throw new Invalid(`${path} must be at most ${options.max}`);
    return value;
  };

/** Epoch milliseconds between 2000 and 2200: anything else is a corrupt or hostile value. */
// Pure: a module that imports validate.ts without using it (the content script) drops it.
export const timestamp: Check<number> = /* @__PURE__ */ integer({ min: 946_684_800_000, max: 7_258_118_400_000 });

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) =>
    value === null ? null : check(value, path);

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : check(value, path);

export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value, path) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value))
      throw new Invalid(`${path} must be one of ${values.join(', ')}`);
    return value as T;
  };

export const array =
  <T>(check: Check<T>, options: { max?: number } = {}): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) throw new Invalid(`${path} must be a list`);
    if (options.max !== undefined && value.length > options.max)
      throw new Invalid(`${path} has more than ${options.max} items`);
    return value.map((item, index) => check(item, `${path}[${index}]`));
  };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

type Shape = Record<string, Check<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** Unknown keys are rejected so that nothing unexpected (a password field, say) can ride along. */
export const object =
  <S extends Shape>(shape: S): Check<FromShape<S>> =>
  (value, path) => {
    if (!isPlainObject(value)) throw new Invalid(`${path} must be an object`);
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) throw new Invalid(`${path}.${key.slice(0, 60)} is not expected`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const checked = check(value[key], `${path}.${key}`);
      if (checked !== undefined) out[key] = checked;
    }
    return out as FromShape<S>;
  };

export function attempt<T>(check: Check<T>, value: unknown, path = 'value'): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: check(value, path) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, message: error.message };
    throw error;
  }
}
