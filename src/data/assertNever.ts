/** Marks a branch that the type system proves unreachable (an exhaustive `switch`'s default). */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
